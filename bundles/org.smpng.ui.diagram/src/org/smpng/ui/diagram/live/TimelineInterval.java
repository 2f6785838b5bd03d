package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.smpng.sim.diag.Timeline;

/**
 * An interval of virtual time selected in the Timeline view, with what ran in it; Properties shows the summary.
 * A value: immutable, any thread (its property source is for the UI thread).
 */
public record TimelineInterval(String source, long startNs, long endNs, Timeline.IntervalSummary summary)
        implements IAdaptable {

    /** The interval as the view's summary heading writes it, e.g. {@code 12.500 – 14.000 ms (1.500 ms)}. */
    public String label() {
        return String.format(Locale.ROOT, "%.3f – %.3f ms (%.3f ms)", startNs / 1e6, endNs / 1e6,
                (endNs - startNs) / 1e6);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySource.class) {
            return adapter.cast(new Properties());
        }
        return null;
    }

    /** The interval's summary as read-only properties. */
    private final class Properties implements IPropertySource {

        private final List<String[]> rows = new ArrayList<>();

        Properties() {
            rows.add(new String[] {"timeline", source});
            rows.add(new String[] {"interval", label()});
            summary.threads().stream().findFirst().ifPresent(t -> rows.add(new String[] {"ran most",
                String.format(Locale.ROOT, "%s (%.3f ms)", t.thread(), t.cpuNs() / 1e6)}));
            rows.add(new String[] {"threads that ran", String.valueOf(summary.threads().size())});
            for (Timeline.CpuTime c : summary.cpus()) {
                rows.add(new String[] {c.cpu() + " busy", String.format(Locale.ROOT, "%.0f%%", 100 * c.busyShare())});
            }
            rows.add(new String[] {"lock events", String.valueOf(summary.lockEvents())});
            summary.contended().stream().findFirst().ifPresent(l -> rows.add(new String[] {"contended most",
                l.lock() + " (" + l.contentions() + ")"}));
        }

        @Override
        public Object getEditableValue() {
            return TimelineInterval.this;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            IPropertyDescriptor[] d = new IPropertyDescriptor[rows.size()];
            for (int i = 0; i < d.length; i++) {
                PropertyDescriptor p = new PropertyDescriptor(i, rows.get(i)[0]);
                p.setCategory("interval");
                d[i] = p;
            }
            return d;
        }

        @Override
        public Object getPropertyValue(Object id) {
            return rows.get((Integer) id)[1];
        }

        @Override
        public boolean isPropertySet(Object id) {
            return false;
        }

        @Override
        public void resetPropertyValue(Object id) {
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
        }
    }
}
