package org.smpng.sim.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * ULE's sched_interact_score(), sched_interact_update() and sched_priority() on hand-set run and sleep histories,
 * checked against values worked out by hand from the formulas in SchedULE's overview.
 */
class SchedULEInteractivityTest {

    private static SimThread timeshare(int nice, long runNs, long sleepNs) {
        SimThread td = new SimThread(0, "t", 180 + nice, false, 0, -1, new Rng(0, 0));
        td.runtimeNs = runNs;
        td.slptimeNs = sleepNs;
        return td;
    }

    @Test
    void scoreIsRunOverSleepBelowHalfAndMirroredAbove() {
        // 1 s run, 4 s asleep: 1e9 / (4e9 / 50) = 12.5 -> 12 (interactive)
        assertEquals(12, SchedULE.interactScore(timeshare(0, 1_000_000_000L, 4_000_000_000L)));
        // 4 s run, 1 s asleep: 50 + (50 - 1e9 / (4e9 / 50)) = 88 (batch)
        assertEquals(88, SchedULE.interactScore(timeshare(0, 4_000_000_000L, 1_000_000_000L)));
        assertEquals(50, SchedULE.interactScore(timeshare(0, 7, 7)));
        assertEquals(0, SchedULE.interactScore(timeshare(0, 0, 0)));
        assertEquals(100, SchedULE.interactScore(timeshare(0, 3_000_000_000L, 0)));
    }

    @Test
    void priorityIsInteractiveBelowTheThresholdElseBatchByCpuShareAndNice() {
        SchedULE ule = new SchedULE(null, new Cpu[0]);
        // PRI_INTERACT_RANGE (64 - 40) / 2 = 12: interactive 160..171; SCHED_PRI_MIN 172 + 20 = 192, range 12
        assertEquals(171, SchedULE.PRI_MAX_INTERACT);
        assertEquals(192, SchedULE.SCHED_PRI_MIN);
        assertEquals(12, SchedULE.SCHED_PRI_RANGE);
        assertEquals(160, ule.userPriority(timeshare(0, 1_000_000_000L, 4_000_000_000L)));
        // score 88: batch; share 4/5 of 12 = 9 -> 192 + 9
        assertEquals(201, ule.userPriority(timeshare(0, 4_000_000_000L, 1_000_000_000L)));
        // nice 10 adds to the score (12 + 10 < 30: still interactive) ...
        assertEquals(160, ule.userPriority(timeshare(10, 1_000_000_000L, 4_000_000_000L)));
        // ... nice 20 makes it batch: share 1/5 of 12 = 2 -> 192 + 2 + 20
        assertEquals(214, ule.userPriority(timeshare(20, 1_000_000_000L, 4_000_000_000L)));
        // a CPU hog: share capped at SCHED_PRI_RANGE - 1
        assertEquals(203, ule.userPriority(timeshare(0, 3_000_000_000L, 0)));
    }

    @Test
    void historyIsScaledBackIntoFiveSecondsKeepingItsRatio() {
        SimThread td = timeshare(0, 4_000_000_000L, 1_500_000_000L); // 5.5 s: scaled by 4/5
        SchedULE.interactUpdate(td);
        assertEquals(3_200_000_000L, td.runtimeNs);
        assertEquals(1_200_000_000L, td.slptimeNs);
        td = timeshare(0, 5_000_000_000L, 2_000_000_000L); // 7 s > 6 s: halved
        SchedULE.interactUpdate(td);
        assertEquals(2_500_000_000L, td.runtimeNs);
        assertEquals(1_000_000_000L, td.slptimeNs);
        td = timeshare(0, 1_000_000_000L, 20_000_000_000L); // a 20 s sleep alone decides
        SchedULE.interactUpdate(td);
        assertEquals(1, td.runtimeNs);
        assertEquals(SchedULE.SCHED_SLP_RUN_MAX, td.slptimeNs);
    }
}
