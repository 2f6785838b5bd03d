package org.smpng.sim.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** runq_add / runq_choose / runq_remove semantics: 64 queues of 4 priorities, status bitmap, FIFO per queue. */
class RunQueueTest {

    private static SimThread thread(int tid, int priority) {
        return new SimThread(tid, "t" + tid, priority, false, 0, -1, new Rng(0, tid));
    }

    @Test
    void chooseTakesTheBestNonEmptyQueueAndTheStatusBitmapTracksQueues() {
        RunQueue rq = new RunQueue();
        assertNull(rq.choose());
        assertEquals(0L, rq.status());
        SimThread a = thread(0, 180), b = thread(1, 181), c = thread(2, 20), d = thread(3, 255);
        rq.add(a, false);
        rq.add(b, false);
        rq.add(c, false);
        rq.add(d, false);
        // 180 and 181 share queue 45 (180/4 = 181/4); 20 is queue 5; 255 is queue 63
        assertEquals((1L << 45) | (1L << 5) | (1L << 63), rq.status());
        assertSame(c, rq.choose());
        rq.remove(c);
        assertEquals((1L << 45) | (1L << 63), rq.status());
        assertSame(a, rq.choose(), "FIFO within a queue: 180 was added before 181");
        rq.remove(a);
        assertSame(b, rq.choose());
        rq.remove(b);
        assertEquals(1L << 63, rq.status(), "the bit clears when its queue empties");
        assertSame(d, rq.choose());
        rq.remove(d);
        assertEquals(0, rq.size());
        assertEquals(0L, rq.status());
    }

    @Test
    void priorityWithinAQueueDoesNotReorderButAHeadInsertDoes() {
        RunQueue rq = new RunQueue();
        SimThread worse = thread(0, 163), better = thread(1, 160), preempted = thread(2, 162);
        rq.add(worse, false);
        rq.add(better, false);
        assertSame(worse, rq.choose(), "same queue (40): FIFO, as FreeBSD's runq, not by exact priority");
        rq.add(preempted, true);
        assertSame(preempted, rq.choose(), "a preempted thread goes to the head of its queue");
        rq.remove(worse);
        assertSame(preempted, rq.choose());
        rq.remove(preempted);
        assertSame(better, rq.choose());
        assertEquals(1, rq.size());
    }

    @Test
    void allSixtyFourQueuesWork() {
        RunQueue rq = new RunQueue();
        SimThread[] ts = new SimThread[64];
        for (int q = 63; q >= 0; q--) {
            ts[q] = thread(q, q * 4 + 3);
            rq.add(ts[q], false);
        }
        assertEquals(-1L, rq.status());
        for (int q = 0; q < 64; q++) {
            assertSame(ts[q], rq.choose());
            rq.remove(ts[q]);
        }
        assertEquals(0L, rq.status());
    }
}
