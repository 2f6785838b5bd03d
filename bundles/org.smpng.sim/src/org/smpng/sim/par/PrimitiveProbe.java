package org.smpng.sim.par;

import org.smpng.sim.SimObserver;
import org.smpng.sim.compile.CompiledScenario;

/**
 * The parallel engine's primitives driven directly by the caller's own Java threads, outside a run: the engine is
 * built but never started, and each {@link Bound} modeled thread is put on a CPU by hand and run by the Java thread
 * that bound it. For micro-benchmarks (releng/org.smpng.bench) and tests of the real concurrent locks themselves:
 * what a lock costs without the interpreter, the scheduler's pacing or the clock thread around it.
 *
 * <pre>{@code
 * PrimitiveProbe probe = new PrimitiveProbe(compiledScenario);
 * PrimitiveProbe.Bound td = probe.bind(0, 0); // modeled thread 0 on CPU 0, run by this Java thread
 * td.lock("proc"); td.unlock("proc");
 * }</pre>
 *
 * <p>Everything a modeled thread does still follows the engine's rules: a thread that blocks on a turnstile leaves
 * its CPU (which goes idle, since no other thread is runnable) and parks its Java thread until a release makes it
 * runnable and puts it back on an idle CPU. Thread context: {@link #bind} and each Bound's methods from the Java
 * thread that runs that modeled thread; {@link #ownerOf} from any thread.
 */
public final class PrimitiveProbe {

    private final ParEngine engine;

    /** An engine for {@code scenario} (adaptive spinning as the scenario says), with its clock running at scale 1. */
    public PrimitiveProbe(CompiledScenario scenario) {
        engine = new ParEngine(scenario, SimObserver.NONE, ParEngine.DEFAULT_SCALE);
        engine.pauseRequested = false;
        engine.clock.resume();
    }

    /**
     * Puts modeled thread {@code tid} on CPU {@code cpu}, run from now on by the calling Java thread. Entry: the CPU
     * is idle and the thread has never been bound.
     */
    public Bound bind(int tid, int cpu) {
        KThread td = engine.threads[tid];
        Pcpu c = engine.cpus[cpu];
        engine.schedLock.lock();
        try {
            if (c.current != null || td.javaThread != null) {
                throw new IllegalStateException("cpu" + c.cpuId + " is busy or " + td.name + " is bound already");
            }
            td.javaThread = Thread.currentThread();
            td.state = KThread.TDS_RUNNING;
            td.lastCpu = cpu;
            c.current = td;
            td.cpu = c;
        } finally {
            engine.schedLock.unlock();
        }
        return new Bound(td);
    }

    /** The tid owning the sleep or spin mutex named {@code lockName} exclusively, or -1; any thread. */
    public int ownerOf(String lockName) {
        ParLock l = find(lockName);
        if (l instanceof SleepMutex m) {
            return SleepMutex.ownerTid(m.word);
        }
        if (l instanceof SpinMutex s) {
            return s.word - 1;
        }
        throw new IllegalArgumentException(lockName + " is not a mutex");
    }

    private ParLock find(String lockName) {
        for (ParLock l : engine.allLocks) {
            if (l.name.equals(lockName)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no lock instance named " + lockName);
    }

    /** A modeled thread bound to a CPU; its methods run on the Java thread that bound it. */
    public final class Bound {
        private final KThread td;

        Bound(KThread td) {
            this.td = td;
        }

        /** Acquires the lock instance named {@code lockName} exclusively (mtx_lock, mtx_lock_spin, sx_xlock). */
        public void lock(String lockName) {
            find(lockName).lock(td, false);
        }

        /** Releases it. */
        public void unlock(String lockName) {
            find(lockName).unlock(td);
        }

        /** Acquires the lock instance {@code lock} (from {@link #resolve}) exclusively; no name lookup. */
        public void acquire(Object lock) {
            ((ParLock) lock).lock(td, false);
        }

        /** Acquires the sx lock instance {@code lock} (from {@link #resolve}) shared (sx_slock); release frees it. */
        public void acquireShared(Object lock) {
            ((ParLock) lock).lock(td, true);
        }

        /**
         * One exclusive attempt (mtx_trylock, sx_try_xlock) on the lock instance {@code lock}; true if the thread now
         * holds it (release it then). It never waits for a holder; a spin mutex's try that loses the race for a free
         * word spins until it gets it, as SpinMutex.tryLock does.
         */
        public boolean tryAcquire(Object lock) {
            return ((ParLock) lock).tryLock(td, false);
        }

        /** Releases the lock instance {@code lock} (from {@link #resolve}). */
        public void release(Object lock) {
            ((ParLock) lock).unlock(td);
        }

        /** Whether the thread is blocked on a turnstile now; any thread. */
        public boolean blockedOnTurnstile() {
            return td.state == KThread.TDI_LOCK;
        }

        public int tid() {
            return td.tid;
        }

        /** td_priority and td_base_pri; any thread (a racy read). */
        public int priority() {
            return td.priority;
        }

        public int basePriority() {
            return td.basePriority;
        }
    }

    /** The names of the lock instances of a class ("sleep mutex", "spin mutex", "sx", "lockmgr"). */
    public java.util.List<String> lockNames(String className) {
        return engine.allLocks.stream().filter(l -> l.className().equals(className)).map(l -> l.name).toList();
    }

    /** The lock instance named {@code lockName}, as an opaque handle for {@link Bound#acquire(Object)}. */
    public Object resolve(String lockName) {
        return find(lockName);
    }
}
