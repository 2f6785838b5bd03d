package org.smpng.sim.par;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;

/**
 * A sleep mutex ({@code MTX_DEF}, Giant included) that modeled threads on different host cores really contend
 * for: an atomic owner word taken by compare-and-set, adaptive spinning while the owner runs on a modeled CPU, and
 * otherwise a {@link Turnstile} on which the thread really parks until it is woken, lending the owner its priority.
 *
 * <p>Usage, from a modeled thread running on a CPU: {@code m.lock(td, false); ...; m.unlock(td);}
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/kern_mutex.c (_obtain_lock, _mtx_lock_sleep, _release_lock, _mtx_unlock_sleep) of 5.x. The
 * lock word {@link #word} holds MTX_UNOWNED (0) or the owner's tid + 1 shifted left by two, with the flag bits
 * MTX_CONTESTED (waiters may be on the turnstile) and MTX_RECURSED. The fast path of lock is one CAS from unowned to
 * curthread; of unlock, one CAS from curthread to unowned, which fails when either flag is set.
 *
 * The slow path of lock loops: an unowned word is taken by CAS; a word that reads "unowned but contested" (left by a
 * release that woke one waiter while others remain) is claimed under the chain lock together with the turnstile
 * (turnstile_claim); if the owner runs on a modeled CPU and adaptive spinning is on, the thread really spins
 * (Thread.onSpinWait) until the word changes or the owner leaves its CPU, checking its own preemption points;
 * otherwise it takes the chain lock, re-checks both conditions, sets MTX_CONTESTED and blocks on the turnstile
 * (turnstile_wait: propagate_priority, then mi_switch, parking its Java thread). A woken thread does not own the
 * lock: it retries and may lose to a spinner or a newcomer, as in FreeBSD.
 *
 * The slow path of unlock (contested word) takes the chain lock and sched_lock, wakes the best waiter
 * (turnstile_signal + turnstile_unpend), leaves the word "unowned but contested" if waiters remain or unowned
 * otherwise, and recomputes the releasing thread's lent priority from the turnstiles it still owns.
 *
 * Why no lost wakeup: see Turnstile. Why mutual exclusion: every transition to an owned word is a CAS from an
 * unowned value, or a plain store of "owner|contested" over "unowned|contested" made under the chain lock, and the
 * only other writers of an unowned|contested word are the release slow path (under the chain lock too) — so two
 * threads can never both move the word from unowned to themselves.
 *
 * Recursion is allowed only for MTX_RECURSE types (Giant); anything else panics like FreeBSD's "recursing on
 * non-recursive mutex".
 * </pre>
 *
 * <p>Locking key: {@link #word} is the lock; (o) {@link #recursion} and the statistics belong to the owner; the
 * turnstile's fields are (s) sched_lock, serialized against the contested bit by the turnstile's chain lock.
 */
final class SleepMutex extends ParLock {

    static final long MTX_UNOWNED = 0, MTX_CONTESTED = 1, MTX_RECURSED = 2, MTX_FLAGS = 3;

    private static final VarHandle WORD;

    static {
        try {
            WORD = MethodHandles.lookup().findVarHandle(SleepMutex.class, "word", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    volatile long word;
    int recursion; // (o)
    final Turnstile turnstile;

    SleepMutex(int id, LockTypeInfo type, String name, ParEngine engine) {
        super(id, type, name, engine);
        this.turnstile = new Turnstile(this, engine.schedLock);
    }

    static long tidWord(KThread td) {
        return (long) (td.tid + 1) << 2;
    }

    /** The tid of the owner in lock word {@code v}, or -1 when unowned. */
    static int ownerTid(long v) {
        return (int) (v >>> 2) - 1;
    }

    /**
     * mtx_lock(). Entry: td runs on a CPU, outside critical sections and spin mutexes, holding no host lock. Exit: td
     * owns the mutex (once more when recursing); it may have been switched out and back in meanwhile.
     */
    @Override
    void lock(KThread td, boolean shared) {
        engine.assertOnCpu(td);
        if (td.critnest > 0) {
            engine.panic("acquiring blockable sleep lock " + name + " with spinlock or critical section held by " + td);
        }
        engine.observeAttempt(td, this);
        long me = tidWord(td);
        if (WORD.compareAndSet(this, MTX_UNOWNED, me)) { // _obtain_lock
            engine.consume(td, acquired(td, false, -1), Pcpu.KERNEL);
            return;
        }
        lockSlow(td, me);
    }

    /** _mtx_lock_sleep(). Entry and exit as {@link #lock}. */
    private void lockSlow(KThread td, long me) {
        long v = word;
        if (ownerTid(v) == td.tid) {
            if (!type.recursable()) {
                engine.panic("recursing on non-recursive mutex " + name + " by " + td);
            }
            recursion++;
            WORD.getAndBitwiseOr(this, MTX_RECURSED); // OR, because a waiter may set MTX_CONTESTED meanwhile
            return;
        }
        long waitStart = -1;
        for (;;) {
            engine.checkShutdown();
            v = word;
            if (v == MTX_UNOWNED) {
                if (WORD.compareAndSet(this, MTX_UNOWNED, me)) {
                    break;
                }
                continue;
            }
            if (v == MTX_CONTESTED) {
                if (claim(td, me)) {
                    break;
                }
                continue;
            }
            KThread owner = engine.threads[ownerTid(v)];
            if (waitStart < 0) {
                waitStart = engine.clock.now();
                engine.observeContended(td, this, owner);
                td.waitSeq++;
                td.waitingFor = this;
            }
            if (engine.adaptiveSpinning && owner.cpu != null) {
                adaptiveSpin(td, owner);
                continue;
            }
            Turnstile ts = turnstile;
            ts.chain.lock();
            v = word;
            if (v == MTX_UNOWNED || v == MTX_CONTESTED) {
                ts.chain.unlock();
                continue;
            }
            owner = engine.threads[ownerTid(v)];
            if (engine.adaptiveSpinning && owner.cpu != null) {
                ts.chain.unlock(); // the owner got a CPU back: spin instead
                continue;
            }
            if ((v & MTX_CONTESTED) == 0 && !WORD.compareAndSet(this, v, v | MTX_CONTESTED)) {
                ts.chain.unlock();
                continue;
            }
            turnstileWait(td, owner);
        }
        td.waitingFor = null;
        engine.consume(td, acquired(td, false, waitStart), Pcpu.KERNEL);
    }

    /**
     * Spins while {@code owner} holds the mutex and runs on a CPU: the adaptive spin of _mtx_lock_sleep. The spinner
     * stays preemptible (it holds no spin lock), so it takes its preemption points while spinning. Entry and exit: td
     * runs on a CPU, no host lock held.
     */
    private void adaptiveSpin(KThread td, KThread owner) {
        Pcpu c = td.cpu;
        c.account(engine.clock.now(), Pcpu.SPIN);
        int ownerTid = owner.tid;
        int spins = 0;
        while (ownerTid(word) == ownerTid && owner.cpu != null) {
            engine.checkShutdown();
            if (td.cpu.owepreempt || engine.pauseRequested) {
                engine.preemptionPoint(td);
            }
            ParEngine.relax(++spins);
        }
        td.cpu.account(engine.clock.now(), Pcpu.KERNEL);
    }

    /**
     * turnstile_claim(): takes an "unowned but contested" mutex together with its turnstile's waiters. Entry: no host
     * lock. Exit: true and td owns the mutex, or false (the word changed; retry).
     */
    private boolean claim(KThread td, long me) {
        Turnstile ts = turnstile;
        ts.chain.lock();
        if (word != MTX_CONTESTED) {
            ts.chain.unlock();
            return false;
        }
        engine.schedLock.lock();
        if (ts.isEmpty()) {
            WORD.setVolatile(this, me);
        } else {
            WORD.setVolatile(this, me | MTX_CONTESTED);
            assert ts.owner == null;
            ts.owner = td;
            td.addContested(ts);
            if (ts.bestPriority() < td.priority) {
                engine.setPriority(td, ts.bestPriority());
            }
        }
        engine.schedLock.unlock();
        ts.chain.unlock();
        return true;
    }

    /**
     * turnstile_wait(): enqueues td, lends its priority along the chain of owners, and switches away until
     * turnstile_signal() makes it runnable and a CPU takes it. Entry: the chain lock held, the word owned by
     * {@code owner} with MTX_CONTESTED set. Exit: no host lock held; td runs again (and does not own the mutex).
     */
    private void turnstileWait(KThread td, KThread owner) {
        Turnstile ts = turnstile;
        assert ts.chain.isHeldByCurrentThread();
        engine.schedLock.lock();
        if (ts.owner == null) {
            ts.owner = owner;
            owner.addContested(ts);
        }
        assert ts.owner == owner : name + ": turnstile owner " + ts.owner + ", word owner " + owner;
        ts.add(td);
        td.blockedOn = ts;
        td.state = KThread.TDI_LOCK;
        engine.observeBlocked(td, id, -1);
        propagatePriority(td);
        ts.chain.unlock();
        engine.miSwitch(td);
        assert td.blockedOn == null;
    }

    /**
     * propagate_priority(): lends td's priority to the owner of the lock it blocks on, and on through every owner
     * that is itself blocked on a turnstile, until one already runs at that priority or better or is not blocked on a
     * turnstile. Entry and exit: sched_lock held.
     */
    private void propagatePriority(KThread td) {
        assert engine.schedLock.isHeldByCurrentThread();
        int pri = td.priority;
        Turnstile ts = td.blockedOn;
        while (ts != null) {
            KThread o = ts.owner;
            if (o == null || o.priority <= pri || o == td) {
                return;
            }
            engine.observePropagated(td, o, pri);
            engine.setPriority(o, pri);
            if (o.state != KThread.TDI_LOCK) {
                return;
            }
            ts = o.blockedOn;
        }
    }

    @Override
    boolean tryLock(KThread td, boolean shared) {
        engine.assertOnCpu(td);
        engine.observeAttempt(td, this);
        long v = word;
        if (ownerTid(v) == td.tid && type.recursable()) {
            recursion++;
            WORD.getAndBitwiseOr(this, MTX_RECURSED);
            return true;
        }
        if (WORD.compareAndSet(this, MTX_UNOWNED, tidWord(td))) {
            engine.consume(td, acquired(td, false, -1), Pcpu.KERNEL);
            return true;
        }
        return false;
    }

    /**
     * mtx_unlock(). Entry: td owns the mutex and runs on a CPU; it holds no host lock, or only a sleep queue chain
     * lock (msleep drops its interlock under it), which is why this never switches. Exit: one hold fewer; after the
     * last, the mutex is free or handed to its waiters as described above, td's lent priority recomputed; the same
     * host locks held.
     */
    @Override
    void unlock(KThread td) {
        long me = tidWord(td);
        long v = word;
        if (ownerTid(v) != td.tid) {
            engine.panic("releasing mutex " + name + " not owned by " + td + " (owner "
                    + (ownerTid(v) < 0 ? "none" : engine.threads[ownerTid(v)].name) + ")");
        }
        if (recursion > 0) {
            if (--recursion == 0) {
                WORD.getAndBitwiseAnd(this, ~MTX_RECURSED);
            }
            return;
        }
        releasing(td);
        if (WORD.compareAndSet(this, me, MTX_UNOWNED)) { // _release_lock
            return;
        }
        unlockSlow(td, me);
    }

    /** _mtx_unlock_sleep() with turnstile_signal() and turnstile_unpend(). Entry: td owns a contested word. */
    private void unlockSlow(KThread td, long me) {
        assert !engine.schedLock.isHeldByCurrentThread();
        Turnstile ts = turnstile;
        ts.chain.lock();
        engine.schedLock.lock();
        assert word == (me | MTX_CONTESTED) : name + " word " + word;
        assert !ts.isEmpty() : "contested " + name + " with an empty turnstile";
        KThread w = ts.removeFirst();
        ts.owner = null;
        td.removeContested(ts);
        WORD.setVolatile(this, ts.isEmpty() ? MTX_UNOWNED : MTX_CONTESTED);
        w.blockedOn = null;
        engine.unlendPriority(td);
        engine.setrunnable(w, td);
        engine.schedLock.unlock();
        ts.chain.unlock();
    }

    @Override
    boolean recursed(KThread td) {
        return recursion > 0;
    }

    @Override
    boolean isHeld() {
        return ownerTid(word) >= 0;
    }

    @Override
    void holders(List<KThread> out) {
        int t = ownerTid(word);
        if (t >= 0) {
            out.add(engine.threads[t]);
        }
    }

    /** Entry and exit: sched_lock held, so the turnstile and the contested word are consistent. */
    @Override
    LockSnapshot snapshot() {
        assert engine.schedLock.isHeldByCurrentThread();
        int t = ownerTid(word);
        return new LockSnapshot(name, className(), t < 0 ? null : engine.threads[t].name, t < 0 ? 0 : recursion,
                List.of(), turnstile.waiterNames(), List.of(),
                turnstile.isEmpty() ? LockSnapshot.NONE : turnstile.bestPriority());
    }

    @Override
    String className() {
        return "sleep mutex";
    }
}
