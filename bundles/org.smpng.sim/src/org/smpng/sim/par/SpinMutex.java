package org.smpng.sim.par;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;

/**
 * A spin mutex ({@code MTX_SPIN}) that really spins: {@code mtx_lock_spin()} enters a critical section, then spins
 * on the lock word until a compare-and-set takes it; the holder cannot be preempted and must never block or sleep.
 *
 * <p>Usage, from a modeled thread on a CPU: {@code s.lock(td, false); ...; s.unlock(td);}
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/kern_mutex.c (_mtx_lock_spin_flags, _mtx_lock_spin) and spinlock_enter/spinlock_exit. The word
 * is 0 or the owner's tid + 1. spinlock_enter() (critnest++) comes first, also when recursing, so every hold is in a
 * critical section: a preemption asked for meanwhile waits for critical_exit(), and blocking with it held panics.
 * A waiter spins with Thread.onSpinWait reading the word (test-and-test-and-set) and only retries the CAS when the
 * word reads free; who wins after a release is up to the host's cache coherency, as on real hardware. A spinner
 * never parks: its modeled CPU stays busy (its time counts as spin), exactly the cost spin mutexes have. Spinners
 * do poll for the engine's shutdown so that a spin deadlock in a model ends the run instead of the process.
 * </pre>
 *
 * <p>Locking key: {@link #word} is the lock; (o) {@link #recursion} and the statistics belong to the owner.
 */
final class SpinMutex extends ParLock {

    private static final VarHandle WORD;

    static {
        try {
            WORD = MethodHandles.lookup().findVarHandle(SpinMutex.class, "word", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    volatile int word;
    int recursion; // (o)

    SpinMutex(int id, LockTypeInfo type, String name, ParEngine engine) {
        super(id, type, name, engine);
    }

    /** Entry: td runs on a CPU. Exit: td owns the mutex, critnest one higher. */
    @Override
    void lock(KThread td, boolean shared) {
        engine.assertOnCpu(td);
        td.critnest++; // spinlock_enter()
        engine.observeAttempt(td, this);
        int me = td.tid + 1;
        int v = word;
        if (v == me) {
            if (!type.recursable()) {
                engine.panic("recursing on non-recursive spin mutex " + name + " by " + td);
            }
            recursion++;
            return;
        }
        long waitStart = -1;
        if (!WORD.compareAndSet(this, 0, me)) {
            waitStart = engine.clock.now();
            engine.observeContended(td, this, v > 0 ? engine.threads[v - 1] : null);
            td.waitSeq++;
            td.waitingFor = this;
            td.cpu.account(waitStart, Pcpu.SPIN);
            int spins = 0;
            do {
                while (word != 0) {
                    engine.checkShutdown();
                    ParEngine.relax(++spins);
                }
            } while (!WORD.compareAndSet(this, 0, me));
            td.waitingFor = null;
            td.cpu.account(engine.clock.now(), Pcpu.KERNEL);
        }
        engine.consume(td, acquired(td, false, waitStart), Pcpu.KERNEL);
    }

    @Override
    boolean tryLock(KThread td, boolean shared) {
        engine.assertOnCpu(td);
        int v = word;
        if (v != 0 && v != td.tid + 1) {
            return false;
        }
        lock(td, shared);
        return true;
    }

    /** Entry: td owns the mutex. Exit: one hold fewer, critnest one lower (a pending preemption may be taken). */
    @Override
    void unlock(KThread td) {
        if (word != td.tid + 1) {
            engine.panic("releasing spin mutex " + name + " not owned by " + td);
        }
        if (recursion > 0) {
            recursion--;
        } else {
            releasing(td);
            WORD.setRelease(this, 0);
        }
        engine.criticalExit(td); // spinlock_exit()
    }

    @Override
    boolean recursed(KThread td) {
        return recursion > 0;
    }

    @Override
    boolean isHeld() {
        return word != 0;
    }

    @Override
    void holders(List<KThread> out) {
        int v = word;
        if (v != 0) {
            out.add(engine.threads[v - 1]);
        }
    }

    @Override
    LockSnapshot snapshot() {
        int v = word;
        return new LockSnapshot(name, className(), v == 0 ? null : engine.threads[v - 1].name, v == 0 ? 0 : recursion,
                List.of(), List.of(), List.of(), LockSnapshot.NONE);
    }

    @Override
    String className() {
        return "spin mutex";
    }
}
