package org.smpng.sim.par;

import java.util.ArrayList;
import java.util.List;

import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;

/**
 * A shared/exclusive lock, sx(9) (and lockmgr(9) locks modeled alike), shared by modeled threads on different host
 * cores: shared and exclusive holds, try, upgrade (may fail) and downgrade. Waiters really sleep on the lock's two
 * sleep queues; sleep queues have no owner, so no priority is lent.
 *
 * <p>Usage, from a modeled thread on a CPU: {@code x.lock(td, true); ... x.unlock(td);} or, to modify what it read,
 * {@code if (!x.tryUpgrade(td)) { x.unlock(td); x.lock(td, false); }}.
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD 5.x kern/kern_sx.c: an interlock (sx_lock, a pool mutex there; a host spin lock here, held for a
 * few instructions only), a count (sx_cnt: readers, or -1 when held exclusively), the exclusive holder, the number
 * of waiters of each kind and two condition variables. sx_slock() waits while a writer holds the lock; sx_xlock()
 * while anyone does. Waiting is cv_wait(): the thread joins the condition variable's sleep queue and drops the
 * interlock atomically with respect to wakers (see SleepQueue), and, as in 5.x cv_wait, drops Giant while it
 * sleeps and picks it up again before it retries. sx_xunlock() broadcasts to shared waiters if there are any, else
 * signals one exclusive waiter; the last sx_sunlock() signals one exclusive waiter. sx_try_upgrade() succeeds only
 * for the only reader; sx_downgrade() turns a writer into a reader and wakes the shared waiters.
 *
 * Lock order: interlock before the sleep queue chain lock and sched_lock (cv_wait takes them inside it); Giant is
 * released inside the interlock but picked up only after the interlock was dropped, since picking it up may block.
 * </pre>
 *
 * <p>Locking key: (i) {@link #interlock} for cnt, xholder, recursion, sharers, the waiter counts and the statistics
 * of shared holds.
 */
final class SxLock extends ParLock {

    final SpinLock interlock;
    private int cnt; // (i) readers, or -1 when held exclusively
    private KThread xholder; // (i)
    private int recursion; // (i)
    private final List<KThread> sharers = new ArrayList<>(); // (i) one entry per shared hold
    private int sharedWaiters, exclusiveWaiters; // (i)
    /** When the first of the current readers got in. */
    private long sharedSince; // (i)
    private final SleepQueue sharedCv, exclusiveCv;

    SxLock(int id, LockTypeInfo type, String name, ParEngine engine) {
        super(id, type, name, engine);
        interlock = new SpinLock("sx interlock " + name);
        sharedCv = new SleepQueue(-1, name + " (shared)");
        exclusiveCv = new SleepQueue(-1, name + " (exclusive)");
    }

    /**
     * sx_slock()/sx_xlock(). Entry: td runs on a CPU outside critical sections, no host lock. Exit: td holds the
     * lock shared or exclusively, no host lock.
     */
    @Override
    void lock(KThread td, boolean shared) {
        engine.assertOnCpu(td);
        if (td.critnest > 0) {
            engine.panic("acquiring sleepable lock " + name + " with spinlock or critical section held by " + td);
        }
        engine.observeAttempt(td, this);
        interlock.lock();
        if (xholder == td || (shared && sharers.contains(td))) {
            boolean ok = type.recursable() && !(xholder == td && shared);
            if (ok && xholder == td) {
                recursion++;
            } else if (ok) {
                sharers.add(td);
                cnt++;
            }
            interlock.unlock();
            if (!ok) {
                engine.panic("recursing on non-recursive " + className() + " " + name + " by " + td);
            }
            return;
        }
        long waitStart = -1;
        while (shared ? cnt < 0 : cnt != 0) {
            if (waitStart < 0) {
                waitStart = engine.clock.now();
                engine.observeContended(td, this, xholder);
                td.waitSeq++;
                td.waitingFor = this;
            }
            if (shared) {
                sharedWaiters++;
            } else {
                exclusiveWaiters++;
            }
            engine.cvWait(td, shared ? sharedCv : exclusiveCv, this, interlock);
            interlock.lock();
            if (shared) {
                sharedWaiters--;
            } else {
                exclusiveWaiters--;
            }
        }
        td.waitingFor = null;
        long cost;
        if (shared) {
            cnt++;
            sharers.add(td);
            if (cnt == 1) {
                sharedSince = engine.clock.now();
            }
        } else {
            cnt = -1;
            xholder = td;
        }
        cost = acquired(td, shared, waitStart); // under the interlock: shared holders' statistics are (i)
        interlock.unlock();
        engine.consume(td, cost, Pcpu.KERNEL);
    }

    /** sx_try_slock()/sx_try_xlock(): never waits. Entry: td runs on a CPU. Exit: true iff td now holds it. */
    @Override
    boolean tryLock(KThread td, boolean shared) {
        engine.assertOnCpu(td);
        engine.observeAttempt(td, this);
        interlock.lock();
        if (xholder == td && type.recursable() && !shared) {
            recursion++;
            interlock.unlock();
            return true;
        }
        if (shared ? cnt < 0 : cnt != 0) {
            interlock.unlock();
            return false;
        }
        if (shared) {
            cnt++;
            sharers.add(td);
            if (cnt == 1) {
                sharedSince = engine.clock.now();
            }
        } else {
            cnt = -1;
            xholder = td;
        }
        long cost = acquired(td, shared, -1);
        interlock.unlock();
        engine.consume(td, cost, Pcpu.KERNEL);
        return true;
    }

    /**
     * sx_try_upgrade(): a shared holder becomes the exclusive holder if it is the only reader. Entry: td holds the
     * lock shared. Exit: true and td holds it exclusively, or false and td still holds it shared.
     */
    boolean tryUpgrade(KThread td) {
        interlock.lock();
        if (cnt != 1 || !sharers.contains(td)) {
            boolean holds = sharers.contains(td);
            interlock.unlock();
            if (!holds) {
                engine.panic("upgrading " + className() + " " + name + " not held shared by " + td);
            }
            return false;
        }
        engine.observeReleased(td, this);
        sharedHoldNs += engine.clock.now() - sharedSince;
        sharers.clear();
        cnt = -1;
        xholder = td;
        acquiredAt = -1; // the exclusive part of this hold is not sampled
        engine.observeAcquired(td, this, false);
        interlock.unlock();
        return true;
    }

    /**
     * sx_downgrade(): the exclusive holder becomes a reader and lets other readers in. Entry: td holds the lock
     * exclusively, not recursed. Exit: td holds it shared; shared waiters are runnable.
     */
    void downgrade(KThread td) {
        interlock.lock();
        if (xholder != td || recursion > 0) {
            interlock.unlock();
            engine.panic("downgrading " + className() + " " + name + " not held exclusively (once) by " + td);
        }
        releasing(td);
        xholder = null;
        cnt = 1;
        sharedSince = engine.clock.now();
        sharers.add(td);
        engine.observeAcquired(td, this, true);
        if (sharedWaiters > 0) {
            engine.wakeupQueue(td, sharedCv, true);
        }
        interlock.unlock();
    }

    /** sx_sunlock()/sx_xunlock(). Entry: td holds the lock. Exit: one hold fewer, waiters woken as described. */
    @Override
    void unlock(KThread td) {
        interlock.lock();
        if (xholder == td) {
            if (recursion > 0) {
                recursion--;
                interlock.unlock();
                return;
            }
            releasing(td);
            xholder = null;
            cnt = 0;
            if (sharedWaiters > 0) {
                engine.wakeupQueue(td, sharedCv, true);
            } else if (exclusiveWaiters > 0) {
                engine.wakeupQueue(td, exclusiveCv, false);
            }
            interlock.unlock();
            return;
        }
        int i = sharers.lastIndexOf(td);
        if (i < 0) {
            interlock.unlock();
            engine.panic("releasing " + className() + " " + name + " not held by " + td);
        }
        engine.observeReleased(td, this);
        sharers.remove(i);
        cnt--;
        if (cnt == 0) {
            sharedHoldNs += engine.clock.now() - sharedSince;
            lastCpu = td.cpu.index;
            if (exclusiveWaiters > 0) {
                engine.wakeupQueue(td, exclusiveCv, false);
            }
        }
        interlock.unlock();
    }

    @Override
    boolean recursed(KThread td) {
        return xholder == td && recursion > 0;
    }

    @Override
    boolean isHeld() {
        return cnt != 0;
    }

    @Override
    void holders(List<KThread> out) {
        interlock.lock();
        try {
            if (xholder != null) {
                out.add(xholder);
            }
            out.addAll(sharers);
        } finally {
            interlock.unlock();
        }
    }

    /** Entry: sched_lock not held (the interlock comes first in the lock order). */
    @Override
    LockSnapshot snapshot() {
        assert !engine.schedLock.isHeldByCurrentThread();
        String owner;
        int rec;
        List<String> sh;
        interlock.lock();
        try {
            owner = xholder == null ? null : xholder.name;
            rec = recursion;
            sh = sharers.stream().map(t -> t.name).toList();
        } finally {
            interlock.unlock();
        }
        List<String> waiters = new ArrayList<>(exclusiveCv.names());
        waiters.addAll(sharedCv.names());
        return new LockSnapshot(name, className(), owner, rec, sh, waiters, List.of(), LockSnapshot.NONE);
    }

    @Override
    String className() {
        return type.kind() == CompiledScenario.LOCKMGR ? "lockmgr" : "sx";
    }
}
