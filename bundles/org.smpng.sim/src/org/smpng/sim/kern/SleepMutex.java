package org.smpng.sim.kern;

import java.util.List;

import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;

/**
 * A sleep mutex ({@code MTX_DEF}), Giant included: a contended acquire spins while the owner runs on another CPU
 * (adaptive spinning) and otherwise blocks on the mutex's {@link Turnstile}, lending the owner its priority.
 * Holders may be preempted but must not sleep (msleep) with it held, except as msleep's interlock; Giant alone is
 * dropped across sleeps and picked up again (see {@link Engine}).
 *
 * <p>Usage: {@code acquire process lock; work ...; release process lock}.
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/kern_mutex.c of the 5.x era (_mtx_lock_sleep, _mtx_unlock_sleep) with subr_turnstile.c.
 * _mtx_lock_sleep loops: if the lock is free, take it (claiming the turnstile if waiters remain); if the owner is
 * running on another CPU and ADAPTIVE_MUTEXES is on, spin until the owner releases it or stops running; otherwise
 * turnstile_wait(). A woken thread does not own the lock: it retries, and may lose to a thread that was spinning or
 * arrived meanwhile, as in FreeBSD. _mtx_unlock_sleep wakes the best turnstile waiter (turnstile_signal) and
 * recomputes the releasing thread's lent priority; if threads were adaptively spinning, the lock goes to the first
 * of them (the one that would win the race for the line; deterministic FIFO here) after a cache-line transfer.
 * When an owner leaves its CPU (blocks, sleeps, is preempted) its adaptive spinners stop and retry, which sends them
 * to the turnstile — the "owner not running" exit of the spin loop.
 *
 * Recursion is allowed only for types initialised MTX_RECURSE (Giant); otherwise it is reported as a panic, like
 * "recursing on non-recursive mutex".
 * </pre>
 */
public final class SleepMutex extends LockObject {

    final Turnstile turnstile = new Turnstile(this);

    SleepMutex(int id, LockTypeInfo type, String name, Engine engine) {
        super(id, type, name, engine);
    }

    /**
     * Entry: td runs outside any critical section and spin lock ("acquiring blockable sleep lock with spinlock or
     * critical section held"). Exit: td owns this mutex (once more if recursing).
     */
    @Override
    void lock(SimThread td, boolean shared) {
        engine.assertRunning(td);
        engine.observer.lockAttempt(engine.now, td.tid, id, td.site); // before the panic, so WITNESS reports it
        if (td.critnest > 0) {
            engine.panic("acquiring blockable sleep lock " + name + " with spinlock or critical section held by " + td);
        }
        if (owner == td) {
            if (!type.recursable()) {
                engine.panic("recursing on non-recursive mutex " + name + " by " + td);
            }
            recursion++;
            return;
        }
        long t0 = engine.now;
        boolean contended = false;
        while (owner != null) {
            if (!contended) {
                contended = true;
                contentions++;
                engine.observer.lockContended(engine.now, td.tid, id, owner.tid, td.site);
            }
            td.waitingFor = this;
            if (engine.checkDeadlock(td, this)) {
                return; // the run is over; never reached in practice (checkDeadlock parks the thread)
            }
            if (engine.adaptiveSpinning && owner.state == SimThread.TDS_RUNNING) {
                addSpinner(td);
                if (engine.spinWait(td) == SimThread.SPIN_GRANTED) {
                    td.waitingFor = null;
                    waitNs += engine.now - t0;
                    assert owner == td;
                    return;
                }
                continue; // the owner stopped running or we were preempted: look again
            }
            turnstileWait(td);
        }
        td.waitingFor = null;
        long cost = take(td);
        waitNs += engine.now - t0;
        engine.consume(td, cost, Cpu.KERNEL);
    }

    @Override
    long take(SimThread td) {
        long cost = super.take(td);
        if (!turnstile.isEmpty()) { // turnstile_claim()
            turnstile.owner = td;
            td.addContested(turnstile);
            if (turnstile.bestPriority() < td.priority) {
                engine.setPriority(td, turnstile.bestPriority());
            }
        }
        return cost;
    }

    /** turnstile_wait(): blocks td (running, lock owned by someone else) until turnstile_signal() wakes it. */
    private void turnstileWait(SimThread td) {
        if (turnstile.owner == null) {
            turnstile.owner = owner;
            owner.addContested(turnstile);
        }
        assert turnstile.owner == owner;
        turnstile.add(td);
        td.blockedOn = turnstile;
        engine.observer.threadBlocked(engine.now, td.tid, id, -1);
        propagatePriority(td);
        engine.block(td, SimThread.TDI_LOCK);
        assert td.blockedOn == null;
    }

    /** propagate_priority(): lends td's priority along the chain of owners blocked on turnstiles. */
    private void propagatePriority(SimThread td) {
        int pri = td.priority;
        Turnstile ts = td.blockedOn;
        while (ts != null) {
            SimThread o = ts.owner;
            if (o == null || o.priority <= pri) {
                return;
            }
            engine.observer.priorityPropagated(engine.now, td.tid, o.tid, pri);
            engine.setPriority(o, pri);
            if (o.state != SimThread.TDI_LOCK) {
                return;
            }
            ts = o.blockedOn;
        }
    }

    @Override
    boolean tryLock(SimThread td, boolean shared) {
        engine.assertRunning(td);
        engine.observer.lockAttempt(engine.now, td.tid, id, td.site);
        if (owner == td && type.recursable()) {
            recursion++;
            return true;
        }
        if (owner != null) {
            return false;
        }
        engine.consume(td, take(td), Cpu.KERNEL);
        return true;
    }

    /**
     * Entry: td owns this mutex. Exit: one hold fewer; when the last, the mutex is free or handed to a spinner, the
     * best turnstile waiter is runnable, and td's lent priority is recomputed.
     */
    @Override
    void unlock(SimThread td) {
        engine.assertRunning(td);
        if (owner != td) {
            engine.panic("releasing mutex " + name + " not owned by " + td + " (owner " + owner + ")");
        }
        if (recursion > 0) {
            recursion--;
            return;
        }
        endHold(td);
        owner = null;
        if (!turnstile.isEmpty()) { // turnstile_signal() + turnstile_unpend()
            turnstile.owner = null;
            td.removeContested(turnstile);
            SimThread w = turnstile.removeFirst();
            w.blockedOn = null;
            engine.unlendPriority(td);
            engine.wakeup(w, td);
        }
        if (spinnerCount > 0) {
            SimThread next = removeFirstSpinner();
            engine.grantSpin(next, take(next));
        }
    }

    @Override
    String className() {
        return "sleep mutex";
    }

    @Override
    List<String> waiterNames() {
        return turnstile.waiterNames();
    }

    @Override
    int lentPriority() {
        return turnstile.isEmpty() ? LockSnapshot.NONE : turnstile.bestPriority();
    }
}
