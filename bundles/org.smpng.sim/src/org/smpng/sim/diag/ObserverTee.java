package org.smpng.sim.diag;

import java.util.List;

import org.smpng.sim.SimObserver;

/**
 * Several observers on the engine's one seam: every event goes to each, in the order given. The engine calls
 * observers from one thread at a time, so the tee adds no locking.
 *
 * <p>When the seam gains callbacks (interrupts, migration), they are forwarded here in one line each.
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
}
