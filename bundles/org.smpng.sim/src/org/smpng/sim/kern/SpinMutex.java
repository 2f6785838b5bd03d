package org.smpng.sim.kern;

import java.util.List;

import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;

/**
 * A spin mutex ({@code MTX_SPIN}): {@code mtx_lock_spin()} enters a critical section and spins until the lock is
 * free; the holder is never preempted and must never block or sleep.
 *
 * <p>Usage (as a code path step list): {@code acquire sched lock; work ...; release sched lock}.
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/kern_mutex.c (_mtx_lock_spin_flags, _mtx_lock_spin, _mtx_unlock_spin_flags) and
 * sys/mutex.h (spinlock_enter/spinlock_exit). Acquiring always does spinlock_enter() first, also on recursion, so
 * every hold is inside a critical section: the engine will not preempt the holder, and a holder that tries to block
 * or sleep is a bug the engine reports ("blocking with a spin mutex held").
 *
 * A contended acquire spins: the thread stays on its CPU (the CPU's time counts as spin) until the lock is handed
 * to it. Real spinners race for the line when it is released; the simulator hands the lock to the longest spinner
 * (FIFO), which is deterministic and, for the short holds spin mutexes have, close to what the cache coherency
 * protocol does on a small SMP box. The handoff costs the spinner one cache-line transfer from the releasing CPU,
 * by topology (CacheLineCosts). No turnstile: the owner's priority is never raised.
 * </pre>
 */
public final class SpinMutex extends LockObject {

    SpinMutex(int id, LockTypeInfo type, String name, Engine engine) {
        super(id, type, name, engine);
    }

    /** Entry: td runs, may hold other locks. Exit: td owns this lock, critnest raised by one. */
    @Override
    void lock(SimThread td, boolean shared) {
        engine.assertRunning(td);
        td.critnest++; // spinlock_enter
        engine.observer.lockAttempt(engine.now, td.tid, id, td.site);
        if (owner == td) {
            if (!type.recursable()) {
                engine.panic("recursing on non-recursive spin mutex " + name + " by " + td);
            }
            recursion++;
            return;
        }
        if (owner == null) {
            engine.consume(td, take(td), Cpu.KERNEL);
        } else {
            long t0 = engine.now;
            contentions++;
            engine.observer.lockContended(engine.now, td.tid, id, owner.tid, td.site);
            td.waitingFor = this;
            engine.checkDeadlock(td, this);
            addSpinner(td);
            int r = engine.spinWait(td);
            td.waitingFor = null;
            if (r != SimThread.SPIN_GRANTED) {
                throw new IllegalStateException(td + " stopped spinning on " + name + " without the lock");
            }
            waitNs += engine.now - t0;
        }
        assert owner == td;
    }

    @Override
    boolean tryLock(SimThread td, boolean shared) {
        engine.assertRunning(td);
        if (owner != null && owner != td) {
            return false;
        }
        lock(td, shared);
        return true;
    }

    /** Entry: td owns this lock. Exit: one hold fewer, critnest lowered by one (a pending preemption may run). */
    @Override
    void unlock(SimThread td) {
        engine.assertRunning(td);
        if (owner != td) {
            engine.panic("releasing spin mutex " + name + " not owned by " + td);
        }
        if (recursion > 0) {
            recursion--;
        } else {
            endHold(td);
            owner = null;
            if (spinnerCount > 0) {
                SimThread next = removeFirstSpinner();
                long cost = take(next);
                engine.grantSpin(next, cost);
            }
        }
        engine.criticalExit(td); // spinlock_exit
    }

    @Override
    String className() {
        return "spin mutex";
    }

    @Override
    List<String> waiterNames() {
        return List.of();
    }
}
