package org.smpng.sim.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.smpng.sim.SimObserver;
import org.smpng.sim.compile.CompiledScenario;

/** Observers the engine tests share: an invariant checker, a trace hash and an event recorder. */
final class Observers {

    private Observers() {
    }

    /**
     * Checks, on every event, that no lock is owned exclusively by two threads (or exclusively and shared at once)
     * and that no thread is on two CPUs, nor a CPU running two threads, and that interrupt context neither nests
     * nor lets its CPU switch threads. Records the first violation.
     */
    static final class InvariantChecker implements SimObserver {
        int[] owner;
        int[] sharers;
        int[] cpuOf;
        int[] threadOn;
        /** Per CPU: a fast handler or filter runs there (started, not yet finished). */
        boolean[] inInterrupt;
        String violation;
        long acquisitions, switches;
        long lastTime;

        @Override
        public void attached(RunInfo info) {
            owner = new int[info.locks().size()];
            sharers = new int[info.locks().size()];
            Arrays.fill(owner, -1);
            cpuOf = new int[info.threads().size()];
            Arrays.fill(cpuOf, -1);
            threadOn = new int[info.cpus().size()];
            Arrays.fill(threadOn, -1);
            inInterrupt = new boolean[info.cpus().size()];
        }

        private void violated(String what) {
            if (violation == null) {
                violation = what;
            }
        }

        private void time(long t) {
            if (t < lastTime) {
                violated("time went backwards: " + t + " < " + lastTime);
            }
            lastTime = t;
        }

        @Override
        public void lockAcquired(long t, int thread, int lock, boolean shared, int site) {
            time(t);
            acquisitions++;
            if (shared) {
                if (owner[lock] >= 0) {
                    violated("thread " + thread + " got lock " + lock + " shared while " + owner[lock] + " owns it");
                }
                sharers[lock]++;
            } else {
                if (owner[lock] >= 0 || sharers[lock] > 0) {
                    violated("thread " + thread + " got lock " + lock + " owned by " + owner[lock] + " / "
                            + sharers[lock] + " sharers at " + t);
                }
                owner[lock] = thread;
            }
        }

        @Override
        public void lockReleased(long t, int thread, int lock, int site) {
            time(t);
            if (owner[lock] == thread) {
                owner[lock] = -1;
            } else if (sharers[lock] > 0) {
                sharers[lock]--;
            } else {
                violated("thread " + thread + " released lock " + lock + " it does not hold");
            }
        }

        @Override
        public void contextSwitch(long t, int cpu, int from, int to) {
            time(t);
            switches++;
            if (inInterrupt[cpu]) {
                violated("context switch on cpu " + cpu + " in interrupt context at " + t);
            }
            if (threadOn[cpu] != from) {
                violated("cpu " + cpu + " switched from " + from + " but ran " + threadOn[cpu]);
            }
            if (from >= 0) {
                cpuOf[from] = -1;
            }
            if (to >= 0) {
                if (cpuOf[to] >= 0) {
                    violated("thread " + to + " dispatched on cpu " + cpu + " while on cpu " + cpuOf[to]);
                }
                cpuOf[to] = cpu;
            }
            threadOn[cpu] = to;
        }

        @Override
        public void interruptHandlerStarted(long t, int source, int cpu, int kind, long latency) {
            time(t);
            if (kind == CompiledScenario.HANDLER_ITHREAD) {
                return;
            }
            if (inInterrupt[cpu]) {
                violated("interrupt context nested on cpu " + cpu + " at " + t);
            }
            inInterrupt[cpu] = true;
        }

        @Override
        public void interruptHandlerFinished(long t, int source, int cpu) {
            time(t);
            inInterrupt[cpu] = false; // interrupt context never migrates, so a finish there ends it
        }

        @Override
        public void preempted(long t, int cpu, int thread) {
            if (threadOn[cpu] != thread) {
                violated("preempted thread " + thread + " not on cpu " + cpu);
            }
        }
    }

    /** A 64-bit FNV-style hash over every observer event and its arguments, for determinism checks. */
    static final class TraceHash implements SimObserver {
        long hash = 0xcbf29ce484222325L;
        long events;

        private void mix(long... values) {
            events++;
            for (long v : values) {
                hash = (hash ^ v) * 0x100000001b3L;
            }
        }

        @Override
        public void lockAttempt(long t, int thread, int lock, int site) {
            mix(1, t, thread, lock);
        }

        @Override
        public void lockContended(long t, int thread, int lock, int owner, int site) {
            mix(2, t, thread, lock, owner);
        }

        @Override
        public void lockAcquired(long t, int thread, int lock, boolean shared, int site) {
            mix(3, t, thread, lock, shared ? 1 : 0);
        }

        @Override
        public void lockReleased(long t, int thread, int lock, int site) {
            mix(4, t, thread, lock);
        }

        @Override
        public void threadBlocked(long t, int thread, int lock, int channel) {
            mix(5, t, thread, lock, channel);
        }

        @Override
        public void threadWoken(long t, int thread, int waker) {
            mix(6, t, thread, waker);
        }

        @Override
        public void priorityPropagated(long t, int from, int owner, int priority) {
            mix(7, t, from, owner, priority);
        }

        @Override
        public void contextSwitch(long t, int cpu, int from, int to) {
            mix(8, t, cpu, from, to);
        }

        @Override
        public void preempted(long t, int cpu, int thread) {
            mix(9, t, cpu, thread);
        }

        @Override
        public void enqueued(long t, int thread, int priority) {
            mix(10, t, thread, priority);
        }

        @Override
        public void threadMigrated(long t, int thread, int fromCpu, int toCpu, boolean steal) {
            mix(17, t, thread, fromCpu, toCpu, steal ? 1 : 0);
        }

        @Override
        public void ipiSent(long t, int fromCpu, int toCpu, int kind) {
            mix(18, t, fromCpu, toCpu, kind);
        }

        @Override
        public void operationCompleted(long t, int thread, int operation, long latency) {
            mix(11, t, thread, operation, latency);
        }

        @Override
        public void interruptAsserted(long t, int source, int cpu) {
            mix(12, t, source, cpu);
        }

        @Override
        public void interruptHandlerStarted(long t, int source, int cpu, int kind, long latency) {
            mix(13, t, source, cpu, kind, latency);
        }

        @Override
        public void interruptHandlerFinished(long t, int source, int cpu) {
            mix(14, t, source, cpu);
        }
    }

    /** Records events as readable lines (for tests that look at a few events). */
    static final class Recorder implements SimObserver {
        final List<String> lines = new ArrayList<>();
        RunInfo info;

        @Override
        public void attached(RunInfo i) {
            info = i;
        }

        @Override
        public void lockAcquired(long t, int thread, int lock, boolean shared, int site) {
            lines.add(t + " acquire " + info.threads().get(thread) + " " + info.locks().get(lock));
        }

        @Override
        public void lockReleased(long t, int thread, int lock, int site) {
            lines.add(t + " release " + info.threads().get(thread) + " " + info.locks().get(lock));
        }

        @Override
        public void threadBlocked(long t, int thread, int lock, int channel) {
            lines.add(t + " block " + info.threads().get(thread) + " "
                    + (lock >= 0 ? info.locks().get(lock) : info.channels().get(channel)));
        }

        @Override
        public void threadWoken(long t, int thread, int waker) {
            lines.add(t + " woken " + info.threads().get(thread) + " by "
                    + (waker < 0 ? "-" : info.threads().get(waker)));
        }

        @Override
        public void priorityChanged(long t, int thread, int priority) {
            lines.add(t + " priority " + info.threads().get(thread) + " " + priority);
        }

        @Override
        public void priorityPropagated(long t, int from, int owner, int priority) {
            lines.add(t + " propagate " + info.threads().get(from) + " -> " + info.threads().get(owner) + " "
                    + priority);
        }
    }

    /**
     * No lost wakeup: at every wakeup of a channel, no thread that blocked on a channel (committed to sleeping) may
     * still be asleep. Meant for scenarios with one wait channel.
     */
    static final class WakeupChecker implements SimObserver {
        final Set<Integer> asleep = new HashSet<>();
        String violation;
        long wakeups, woken;
        RunInfo info;

        @Override
        public void attached(RunInfo i) {
            info = i;
        }

        @Override
        public void threadBlocked(long t, int thread, int lock, int channel) {
            if (lock < 0) {
                asleep.add(thread);
            }
        }

        @Override
        public void threadWoken(long t, int thread, int waker) {
            asleep.remove(thread);
        }

        @Override
        public void channelWakeup(long t, int waker, int channel, int n) {
            wakeups++;
            woken += n;
            if (!asleep.isEmpty() && violation == null) {
                violation = "at " + t + " wakeup by " + info.threads().get(waker) + " left " + asleep + " asleep";
            }
        }
    }
}
