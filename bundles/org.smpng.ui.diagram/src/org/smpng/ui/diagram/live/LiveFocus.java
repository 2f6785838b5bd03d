package org.smpng.ui.diagram.live;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.Snapshots.CpuSnapshot;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.IrqSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.Snapshots.ThreadSnapshot;

/**
 * What a selection in one view means to the others: the threads, lock instances, lock types and CPUs to select.
 * A thread brings the CPU it runs on and the locks it holds or waits for; a lock instance brings its type and its
 * holders; a lock type (from the lock graph) brings its instances and their holders; a CPU brings the thread it
 * runs; an IRQ line brings its interrupt threads and the CPU its last interrupt went to, and an interrupt thread
 * brings its IRQ line. This is how the views stay linked without knowing each other.
 */
public record LiveFocus(Set<String> threads, Set<String> locks, Set<String> lockTypes, Set<Integer> cpus,
        Set<Integer> irqs) {

    /** Nothing to select. */
    public static final LiveFocus NONE = new LiveFocus(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public boolean isEmpty() {
        return threads.isEmpty() && locks.isEmpty() && lockTypes.isEmpty() && cpus.isEmpty() && irqs.isEmpty();
    }

    /** The focus of {@code selection} in {@code snapshot} (which may be null: then only the names selected). */
    public static LiveFocus of(ISelection selection, EngineSnapshot snapshot) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return NONE;
        }
        Set<String> threads = new HashSet<>(), locks = new HashSet<>(), types = new HashSet<>();
        Set<Integer> cpus = new HashSet<>(), irqs = new HashSet<>();
        for (Object o : structured.toList()) {
            LiveElement e = LiveElement.of(o);
            if (e instanceof LiveElement.ThreadElement t) {
                threads.add(t.name());
                ThreadSnapshot ts = snapshot == null ? null : snapshot.thread(t.name());
                if (ts != null && ts.cpu() >= 0) {
                    cpus.add(ts.cpu());
                }
                if (snapshot != null) {
                    snapshot.irqs().stream().filter(i -> i.irq() >= 0 && t.name().equals(i.thread()))
                            .forEach(i -> irqs.add(i.irq()));
                }
                if (snapshot != null) {
                    for (LockSnapshot l : snapshot.locks()) {
                        if (t.name().equals(l.owner()) || l.sharers().contains(t.name())
                                || l.waiters().contains(t.name()) || l.spinners().contains(t.name())) {
                            locks.add(l.name());
                            types.add(LiveElement.lockTypeOf(l.name()));
                        }
                    }
                }
            } else if (e instanceof LiveElement.LockElement l) {
                locks.add(l.name());
                types.add(l.lockType());
                LockSnapshot ls = snapshot == null ? null : snapshot.lock(l.name());
                if (ls != null) {
                    addHolders(ls, threads);
                }
            } else if (e instanceof LiveElement.CpuElement c) {
                cpus.add(c.cpuId());
                CpuSnapshot cs = snapshot == null ? null
                        : snapshot.cpus().stream().filter(x -> x.cpuId() == c.cpuId()).findFirst().orElse(null);
                if (cs != null && cs.current() != null) {
                    threads.add(cs.current());
                }
            } else if (e instanceof LiveElement.IrqElement irq) {
                irqs.add(irq.irq());
                if (snapshot != null) {
                    for (IrqSnapshot i : snapshot.irqs()) {
                        if (i.irq() == irq.irq()) {
                            threads.add(i.thread());
                            if (i.cpu() >= 0) {
                                cpus.add(i.cpu());
                            }
                        }
                    }
                }
            } else if (o instanceof LockType type && type.getName() != null) {
                types.add(type.getName());
                if (snapshot != null) {
                    for (LockSnapshot l : snapshot.locks()) {
                        if (LiveElement.lockTypeOf(l.name()).equals(type.getName())) {
                            locks.add(l.name());
                            addHolders(l, threads);
                        }
                    }
                }
            }
        }
        return new LiveFocus(Set.copyOf(threads), Set.copyOf(locks), Set.copyOf(types), Set.copyOf(cpus),
                Set.copyOf(irqs));
    }

    /** A lock brings the threads that hold it, the way a lock in the run queues is seen: through its holders. */
    private static void addHolders(LockSnapshot lock, Set<String> threads) {
        if (lock.owner() != null) {
            threads.add(lock.owner());
        }
        threads.addAll(lock.sharers());
    }
}
