package org.smpng.ui.diagram.live;

import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;
import org.smpng.sim.Snapshots.CpuSnapshot;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.IrqSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.Snapshots.ThreadSnapshot;
import org.smpng.ui.diagram.internal.properties.ReadOnlyProperties;

/**
 * What the live views select: a modeled thread, a lock instance, a CPU or an IRQ line of the run, named the way the
 * engine's snapshots name them. Elements are values (equal by name), so a selection survives new snapshots; the
 * Properties view shows the element as the session's latest snapshot has it.
 */
public sealed interface LiveElement extends IAdaptable {

    /** The text the views and Properties show for the element. */
    String label();

    /** A modeled thread, e.g. {@code syscall-mix/reader#3}. */
    record ThreadElement(String name) implements LiveElement {
        @Override
        public String label() {
            return "thread " + name;
        }
    }

    /** A lock instance: the lock type's name, or {@code type#k} for the k-th instance of a multi-instance type. */
    record LockElement(String name) implements LiveElement {
        @Override
        public String label() {
            return "lock " + name;
        }

        /** The lock type's name of this instance. */
        public String lockType() {
            return lockTypeOf(name);
        }
    }

    /** A CPU by its cpuid. */
    record CpuElement(int cpuId) implements LiveElement {
        @Override
        public String label() {
            return "CPU " + cpuId;
        }
    }

    /** An IRQ line by its number (the interrupt routing editor's lines, the interrupt threads' sources). */
    record IrqElement(int irq) implements LiveElement {
        @Override
        public String label() {
            return "IRQ " + irq;
        }
    }

    /**
     * The lock type of a lock instance name: instance names are the type's name, or the type's name, '#' and the
     * instance number.
     */
    static String lockTypeOf(String instanceName) {
        int hash = instanceName.lastIndexOf('#');
        if (hash > 0 && hash < instanceName.length() - 1
                && instanceName.substring(hash + 1).chars().allMatch(Character::isDigit)) {
            return instanceName.substring(0, hash);
        }
        return instanceName;
    }

    /** The element {@code o} is or adapts to, or null. */
    static LiveElement of(Object o) {
        if (o instanceof LiveElement e) {
            return e;
        }
        if (o instanceof IAdaptable a) {
            return a.getAdapter(LiveElement.class);
        }
        return null;
    }

    @Override
    default <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySource.class) {
            return adapter.cast(new Properties(this).rows);
        }
        if (adapter == LiveElement.class) {
            return adapter.cast(this);
        }
        return null;
    }

    /** Writes the element's properties in the session's latest snapshot, read-only. UI thread only. */
    final class Properties {

        private final ReadOnlyProperties rows;

        Properties(LiveElement element) {
            rows = new ReadOnlyProperties(element, element.label());
            EngineSnapshot s = LiveSession.get().snapshot();
            if (s == null) {
                rows.row("state", "no run loaded");
                return;
            }
            row("time", String.format("%.3f ms", s.timeNs() / 1e6));
            switch (element) {
            case ThreadElement t -> thread(s.thread(t.name()));
            case LockElement l -> lock(s.lock(l.name()));
            case CpuElement c -> cpu(s, c.cpuId());
            case IrqElement i -> irq(s, i.irq());
            }
        }

        private void row(String name, Object value) {
            rows.row(name, value);
        }

        private void thread(ThreadSnapshot t) {
            if (t == null) {
                row("thread", "not in this run");
                return;
            }
            row("thread", t.name());
            row("state", t.state());
            row("priority", t.priority());
            row("base priority", t.basePriority());
            row("lent priority", t.priority() < t.basePriority() ? "yes, " + t.priority() + " lent" : "no");
            row("CPU", t.cpu() < 0 ? "none" : t.cpu());
            row("last CPU", t.lastCpu() < 0 ? "never ran" : t.lastCpu());
            row("waiting for", t.waitingFor() == null ? "nothing" : t.waitingFor());
        }

        private void lock(LockSnapshot l) {
            if (l == null) {
                row("lock", "not in this run");
                return;
            }
            row("lock", l.name());
            row("lock type", LiveElement.lockTypeOf(l.name()));
            row("class", l.lockClass());
            row("owner", l.owner() == null ? (l.sharers().isEmpty() ? "free" : "shared") : l.owner());
            row("recursion", l.recursion());
            row("sharers", String.join(", ", l.sharers()));
            row("waiters", l.waiters().size() + (l.waiters().isEmpty() ? "" : ": " + String.join(", ", l.waiters())));
            row("spinners",
                    l.spinners().size() + (l.spinners().isEmpty() ? "" : ": " + String.join(", ", l.spinners())));
            row("lent priority", l.lentPriority() == LockSnapshot.NONE ? "none" : l.lentPriority());
        }

        private void cpu(EngineSnapshot s, int cpuId) {
            CpuSnapshot c = s.cpus().stream().filter(x -> x.cpuId() == cpuId).findFirst().orElse(null);
            if (c == null) {
                row("CPU", "not in this run");
                return;
            }
            row("CPU", c.cpuId());
            row("doing", c.state());
            row("running", c.current() == null ? "idle" : c.current());
            row("priority", c.current() == null ? "" : c.priority());
            row("preemption pending", c.owepreempt() ? "yes" : "no");
            row("own run queue", c.runQueue().size());
        }

        private void irq(EngineSnapshot s, int irq) {
            List<IrqSnapshot> sources = s.irqs().stream().filter(x -> x.irq() == irq).toList();
            if (sources.isEmpty()) {
                row("IRQ", irq + ": no source on this line in this run");
                return;
            }
            row("IRQ", irq);
            for (IrqSnapshot i : sources) {
                String prefix = sources.size() == 1 ? "" : i.name() + ": ";
                row(prefix + "source", i.name());
                row(prefix + "interrupt event", i.thread());
                row(prefix + "handler kind", i.handlerKind());
                row(prefix + "last delivered to", i.cpu() < 0 ? "no CPU yet" : "CPU " + i.cpu());
                row(prefix + "pending", i.pending());
                row(prefix + "arrivals", i.arrivals());
            }
        }
    }
}
