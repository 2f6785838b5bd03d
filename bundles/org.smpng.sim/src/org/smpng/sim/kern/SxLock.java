package org.smpng.sim.kern;

import java.util.ArrayList;
import java.util.List;

import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;

/**
 * A shared/exclusive lock: sx(9), and lockmgr(9) locks (vnode and buffer locks) modeled the same way. Holders may
 * sleep. Waiters sleep on the lock's sleep queues, which have no owner: no priority propagation.
 *
 * <p>Usage: {@code acquire user map shared; work ...; release user map}.
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD 5.x kern/kern_sx.c, where an sx lock was a mutex, a count (sx_cnt: readers, or -1 for a writer)
 * and two condition variables. sx_slock() waits while a writer holds the lock; sx_xlock() waits while anyone does.
 * sx_xunlock() broadcasts to shared waiters if there are any, else signals one exclusive waiter; sx_sunlock() of the
 * last reader signals one exclusive waiter. Woken threads retry. Because 5.x waited with cv_wait(), a waiter holding
 * Giant drops it while it sleeps and picks it up again before retrying, as msleep does.
 *
 * Simplified: lockmgr's own flags (LK_DRAIN, LK_SLEEPFAIL, upgrades) are not modeled; 5.x lockmgr also waited with
 * msleep, so the sleeping behaviour matches. No adaptive spinning (5.x sx had none). The sx's internal mutex is
 * folded into the engine's baton.
 * </pre>
 *
 * <p>Locking key: (b) the engine's baton for every field (FreeBSD: the sx's sx_lock mutex).
 */
public final class SxLock extends LockObject {

    private final List<SimThread> sharers = new ArrayList<>();
    private final SleepQueue sharedWaiters, exclusiveWaiters;

    SxLock(int id, LockTypeInfo type, String name, Engine engine) {
        super(id, type, name, engine);
        sharedWaiters = new SleepQueue(-1, name + " (shared)");
        exclusiveWaiters = new SleepQueue(-1, name + " (exclusive)");
    }

    /** Entry: td runs, not in a critical section. Exit: td holds the lock shared or exclusively. */
    @Override
    void lock(SimThread td, boolean shared) {
        engine.assertRunning(td);
        engine.observer.lockAttempt(engine.now, td.tid, id, td.site); // before the panic, so WITNESS reports it
        if (td.critnest > 0) {
            engine.panic("acquiring sleepable lock " + name + " with spinlock or critical section held by " + td);
        }
        if (owner == td || (shared && sharers.contains(td))) {
            if (!type.recursable() || (owner == td && shared)) {
                engine.panic("recursing on non-recursive " + className() + " " + name + " by " + td);
            }
            if (owner == td) {
                recursion++;
            } else {
                sharers.add(td);
            }
            return;
        }
        long t0 = engine.now;
        boolean contended = false;
        while (shared ? owner != null : (owner != null || !sharers.isEmpty())) {
            if (!contended) {
                contended = true;
                contentions++;
                engine.observer.lockContended(engine.now, td.tid, id, owner == null ? -1 : owner.tid, td.site);
            }
            td.waitingFor = this;
            if (engine.checkDeadlock(td, this)) {
                return;
            }
            engine.sleepOn(td, shared ? sharedWaiters : exclusiveWaiters, this, null, -1);
        }
        td.waitingFor = null;
        long cost;
        if (shared) {
            sharers.add(td);
            acquisitions++;
            if (sharers.size() == 1) {
                acquiredAt = engine.now;
            }
            engine.observer.lockAcquired(engine.now, td.tid, id, true, td.site);
            int cpu = td.cpu.index;
            cost = engine.scenario.machine.transferCost(lastCpu, cpu);
            lastCpu = cpu;
        } else {
            cost = take(td);
        }
        waitNs += engine.now - t0;
        engine.consume(td, cost, Cpu.KERNEL);
    }

    @Override
    boolean tryLock(SimThread td, boolean shared) {
        engine.assertRunning(td);
        if (shared ? owner != null && owner != td : (owner != null && owner != td) || !sharers.isEmpty()) {
            return false;
        }
        lock(td, shared);
        return true;
    }

    /** Entry: td holds the lock. Exit: one hold fewer; waiters woken as 5.x sx_xunlock/sx_sunlock do. */
    @Override
    void unlock(SimThread td) {
        engine.assertRunning(td);
        if (owner == td) {
            if (recursion > 0) {
                recursion--;
                return;
            }
            endHold(td);
            owner = null;
            if (!sharedWaiters.isEmpty()) {
                while (!sharedWaiters.isEmpty()) {
                    engine.wakeup(sharedWaiters.removeFirst(), td);
                }
            } else if (!exclusiveWaiters.isEmpty()) {
                engine.wakeup(exclusiveWaiters.removeFirst(), td);
            }
            return;
        }
        int i = sharers.lastIndexOf(td);
        if (i < 0) {
            engine.panic("releasing " + className() + " " + name + " not held by " + td);
        }
        sharers.remove(i);
        engine.observer.lockReleased(engine.now, td.tid, id, td.site);
        if (sharers.isEmpty()) {
            holdNs += engine.now - acquiredAt;
            if (td.cpu != null) {
                lastCpu = td.cpu.index;
            }
            if (!exclusiveWaiters.isEmpty()) {
                engine.wakeup(exclusiveWaiters.removeFirst(), td);
            }
        }
    }

    @Override
    long holdNsUntilNow() {
        return holdNs + (owner != null || !sharers.isEmpty() ? engine.now - acquiredAt : 0);
    }

    @Override
    int holderCount() {
        return (owner == null ? 0 : 1) + sharers.size();
    }

    @Override
    SimThread holder(int i) {
        return owner != null ? (i == 0 ? owner : sharers.get(i - 1)) : sharers.get(i);
    }

    @Override
    boolean heldBy(SimThread td) {
        return owner == td || sharers.contains(td);
    }

    @Override
    void owners(List<SimThread> out) {
        if (owner != null) {
            out.add(owner);
        }
        out.addAll(sharers);
    }

    @Override
    String className() {
        return type.kind() == CompiledScenario.LOCKMGR ? "lockmgr" : "sx";
    }

    @Override
    List<String> sharerNames() {
        return sharers.stream().map(t -> t.name).toList();
    }

    @Override
    List<String> waiterNames() {
        List<String> all = new ArrayList<>(exclusiveWaiters.names());
        all.addAll(sharedWaiters.names());
        return all;
    }
}
