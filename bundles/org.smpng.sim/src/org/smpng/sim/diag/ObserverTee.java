package org.smpng.sim.diag;

import java.util.List;

import org.smpng.sim.SimObserver;

/**
 * Several observers on the engine's one seam: every event goes to each, in the order given. The engine calls
 * observers from one thread at a time, so the tee adds no locking.
 *
 * <p>Every callback of the seam is forwarded (a test checks that none is left to its empty default).
 */
public final class ObserverTee implements SimObserver {

    private final SimObserver[] observers;

    public ObserverTee(List<? extends SimObserver> observers) {
        this.observers = observers.toArray(SimObserver[]::new);
    }

    /** The observer itself when there is one, a tee when there are several, {@link SimObserver#NONE} for none. */
    public static SimObserver of(List<? extends SimObserver> observers) {
        return observers.isEmpty() ? SimObserver.NONE
                : observers.size() == 1 ? observers.get(0) : new ObserverTee(observers);
    }

    @Override
    public void attached(RunInfo info) {
        for (SimObserver o : observers) {
            o.attached(info);
        }
    }

    @Override
    public void lockAttempt(long timeNs, int thread, int lock, int site) {
        for (SimObserver o : observers) {
            o.lockAttempt(timeNs, thread, lock, site);
        }
    }

    @Override
    public void lockContended(long timeNs, int thread, int lock, int owner, int site) {
        for (SimObserver o : observers) {
            o.lockContended(timeNs, thread, lock, owner, site);
        }
    }

    @Override
    public void lockAcquired(long timeNs, int thread, int lock, boolean shared, int site) {
        for (SimObserver o : observers) {
            o.lockAcquired(timeNs, thread, lock, shared, site);
        }
    }

    @Override
    public void lockReleased(long timeNs, int thread, int lock, int site) {
        for (SimObserver o : observers) {
            o.lockReleased(timeNs, thread, lock, site);
        }
    }

    @Override
    public void threadBlocked(long timeNs, int thread, int lock, int channel) {
        for (SimObserver o : observers) {
            o.threadBlocked(timeNs, thread, lock, channel);
        }
    }

    @Override
    public void threadWoken(long timeNs, int thread, int waker) {
        for (SimObserver o : observers) {
            o.threadWoken(timeNs, thread, waker);
        }
    }

    @Override
    public void channelWakeup(long timeNs, int waker, int channel, int woken) {
        for (SimObserver o : observers) {
            o.channelWakeup(timeNs, waker, channel, woken);
        }
    }

    @Override
    public void priorityPropagated(long timeNs, int from, int owner, int priority) {
        for (SimObserver o : observers) {
            o.priorityPropagated(timeNs, from, owner, priority);
        }
    }

    @Override
    public void priorityChanged(long timeNs, int thread, int priority) {
        for (SimObserver o : observers) {
            o.priorityChanged(timeNs, thread, priority);
        }
    }

    @Override
    public void cpuStateChanged(long timeNs, int cpu, int state) {
        for (SimObserver o : observers) {
            o.cpuStateChanged(timeNs, cpu, state);
        }
    }

    @Override
    public void contextSwitch(long timeNs, int cpu, int from, int to) {
        for (SimObserver o : observers) {
            o.contextSwitch(timeNs, cpu, from, to);
        }
    }

    @Override
    public void preempted(long timeNs, int cpu, int thread) {
        for (SimObserver o : observers) {
            o.preempted(timeNs, cpu, thread);
        }
    }

    @Override
    public void enqueued(long timeNs, int thread, int priority) {
        for (SimObserver o : observers) {
            o.enqueued(timeNs, thread, priority);
        }
    }

    @Override
    public void operationCompleted(long timeNs, int thread, int operation, long latencyNs) {
        for (SimObserver o : observers) {
            o.operationCompleted(timeNs, thread, operation, latencyNs);
        }
    }

    @Override
    public void lockReleasing(long timeNs, int thread, int lockType, int lock, int site) {
        for (SimObserver o : observers) {
            o.lockReleasing(timeNs, thread, lockType, lock, site);
        }
    }

    @Override
    public void sleeping(long timeNs, int thread, int channel, int interlock, int site) {
        for (SimObserver o : observers) {
            o.sleeping(timeNs, thread, channel, interlock, site);
        }
    }

    @Override
    public void criticalSection(long timeNs, int thread, boolean enter) {
        for (SimObserver o : observers) {
            o.criticalSection(timeNs, thread, enter);
        }
    }

    @Override
    public void codePathEntered(long timeNs, int thread, int path) {
        for (SimObserver o : observers) {
            o.codePathEntered(timeNs, thread, path);
        }
    }

    @Override
    public void codePathReturned(long timeNs, int thread, int path) {
        for (SimObserver o : observers) {
            o.codePathReturned(timeNs, thread, path);
        }
    }

    @Override
    public void interruptAsserted(long timeNs, int source, int cpu) {
        for (SimObserver o : observers) {
            o.interruptAsserted(timeNs, source, cpu);
        }
    }

    @Override
    public void interruptHandlerStarted(long timeNs, int source, int cpu, int kind, long latencyNs) {
        for (SimObserver o : observers) {
            o.interruptHandlerStarted(timeNs, source, cpu, kind, latencyNs);
        }
    }

    @Override
    public void interruptHandlerFinished(long timeNs, int source, int cpu) {
        for (SimObserver o : observers) {
            o.interruptHandlerFinished(timeNs, source, cpu);
        }
    }

    @Override
    public void upcall(long timeNs, int blocked, int to) {
        for (SimObserver o : observers) {
            o.upcall(timeNs, blocked, to);
        }
    }

    @Override
    public void userThreadSwitch(long timeNs, int thread, int from, int to) {
        for (SimObserver o : observers) {
            o.userThreadSwitch(timeNs, thread, from, to);
        }
    }

    @Override
    public void threadMigrated(long timeNs, int thread, int fromCpu, int toCpu, boolean steal) {
        for (SimObserver o : observers) {
            o.threadMigrated(timeNs, thread, fromCpu, toCpu, steal);
        }
    }

    @Override
    public void ipiSent(long timeNs, int fromCpu, int toCpu, int kind) {
        for (SimObserver o : observers) {
            o.ipiSent(timeNs, fromCpu, toCpu, kind);
        }
    }
}
