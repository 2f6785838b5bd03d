package org.smpng.ui.diagram.live;

import java.util.Locale;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;
import org.smpng.sim.diag.Timeline;
import org.smpng.ui.diagram.internal.properties.ReadOnlyProperties;

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
            return adapter.cast(properties());
        }
        return null;
    }

    /** The interval's summary as read-only properties. */
    private ReadOnlyProperties properties() {
        ReadOnlyProperties rows = new ReadOnlyProperties(this, "interval");
        rows.row("timeline", source);
        rows.row("interval", label());
        summary.threads().stream().findFirst().ifPresent(t -> rows.row("ran most",
                String.format(Locale.ROOT, "%s (%.3f ms)", t.thread(), t.cpuNs() / 1e6)));
        rows.row("threads that ran", summary.threads().size());
        for (Timeline.CpuTime c : summary.cpus()) {
            rows.row(c.cpu() + " busy", String.format(Locale.ROOT, "%.0f%%", 100 * c.busyShare()));
        }
        rows.row("lock events", summary.lockEvents());
        summary.contended().stream().findFirst().ifPresent(l -> rows.row("contended most",
                l.lock() + " (" + l.contentions() + ")"));
        return rows;
    }
}
