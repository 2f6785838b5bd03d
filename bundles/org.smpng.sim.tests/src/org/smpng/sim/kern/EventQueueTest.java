package org.smpng.sim.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.PriorityQueue;

import org.junit.jupiter.api.Test;

/** The future-event list pops events in (time, scheduling order) order and returns each field as it was given. */
class EventQueueTest {

    private record Ev(long time, long order, int type, int target, int epoch) {
    }

    @Test
    void simultaneousEventsComeOutInTheOrderTheyWereScheduled() {
        EventQueue q = new EventQueue();
        q.add(50, 2, 7, 1);
        q.add(10, 1, 3, 0);
        q.add(50, 3, 8, 2);
        q.add(50, 4, 9, 3);
        q.add(10, 5, 4, 4);
        int[] expectedTargets = { 3, 4, 7, 8, 9 };
        for (int target : expectedTargets) {
            q.poll();
            assertEquals(target, q.polledTarget);
        }
        assertTrue(q.isEmpty());
        assertEquals(Long.MAX_VALUE, q.peekTime());
    }

    /**
     * Interleaved adds and polls, as the engine does them (events scheduled at or after the last polled time), with
     * many ties and extreme field values, against the JDK's priority queue ordered by (time, scheduling order); the
     * heap grows past its first capacity.
     */
    @Test
    void matchesASortedReferenceUnderRandomInterleavedAddsAndPolls() {
        Rng rng = new Rng(42, 7);
        EventQueue q = new EventQueue();
        PriorityQueue<Ev> reference = new PriorityQueue<>(
                Comparator.comparingLong(Ev::time).thenComparingLong(Ev::order));
        long now = 0, order0 = 0;
        int largest = 0;
        int[] epochs = { 0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456 };
        for (int step = 0; step < 20_000; step++) {
            boolean add = reference.isEmpty() || rng.nextDouble() < (step < 10_000 ? 0.6 : 0.4);
            if (add) {
                long t = now + (long) (rng.nextDouble() * 8); // small range: many equal times
                int type = (int) (rng.nextDouble() * (EventQueue.MAX_TYPE + 1));
                int target = rng.nextDouble() < 0.1 ? EventQueue.MAX_TARGET : (int) (rng.nextDouble() * 300);
                int epoch = epochs[(int) (rng.nextDouble() * epochs.length)];
                q.add(t, type, target, epoch);
                reference.add(new Ev(t, order0++, type, target, epoch));
            } else {
                Ev e = reference.poll();
                assertEquals(e.time(), q.peekTime());
                q.poll();
                assertEquals(e, new Ev(q.polledTime, e.order(), q.polledType, q.polledTarget, q.polledEpoch),
                        "event " + e.order());
                now = e.time();
            }
            assertEquals(reference.size(), q.size());
            largest = Math.max(largest, q.size());
        }
        assertTrue(largest > 256, "the test must make the heap grow past its first capacity: " + largest);
    }
}
