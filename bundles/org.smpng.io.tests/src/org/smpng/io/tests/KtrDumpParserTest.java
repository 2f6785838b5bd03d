package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpng.io.ktr.KtrDumpParser;
import org.smpng.io.ktr.KtrFormatException;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Simulation;
import org.smpng.sim.diag.Ktr;
import org.smpng.sim.diag.KtrDumpWriter;
import org.smpng.sim.diag.ObserverTee;
import org.smpng.sim.diag.Timeline;
import org.smpng.sim.diag.TimelineRecorder;

/** The KTR trace parser: a run's trace rebuilds the run's timeline, and bad traces are refused with the line. */
class KtrDumpParserTest {

    private static Timeline parse(String name) throws Exception {
        return KtrDumpParser.parse(Path.of("testfiles/ktr", name));
    }

    @Test
    void aSmallTraceGivesItsLanesAndMarks() throws Exception {
        Timeline tl = parse("small.ktr");
        assertEquals(2, tl.cpuCount());
        assertEquals(List.of("proc/a", "proc/b"), tl.names().threads());
        assertEquals(9000, tl.endNs());
        assertTrue(!tl.splitsUserKernel());
        Timeline.Lane cpu1 = tl.lane(1);
        assertEquals("1000 -1 4|2000 1 5|3000 1 2|9000 -1 4", lane(cpu1));
        assertEquals("Giant", tl.names().lock(cpu1.detail(2)));
        assertEquals("1000 0 5", lane(tl.lane(0)));
        Timeline.Marks m1 = tl.marks(1), m0 = tl.marks(0);
        assertEquals(2, m1.size());
        assertEquals(Timeline.CONTENDED, m1.kind(0));
        assertEquals("proc/a", tl.names().thread(m1.other(0)));
        assertEquals("kern_sysctl.c:1000", tl.names().site(m1.site(0)));
        assertEquals(Timeline.ACQUIRED, m1.kind(1));
        assertEquals(1, m0.size());
        assertEquals(Timeline.HANDOFF, m0.kind(0));
        assertEquals(6000, tl.stateTime(1, 0, 9000)[Timeline.SPIN], "spinning from 3000 until the CPU idles at 9000");
    }

    private static String lane(Timeline.Lane l) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            out.add(l.start(i) + " " + l.thread(i) + " " + l.state(i));
        }
        return String.join("|", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "no-header.ktr; no-header.ktr:1: expected the header of 'ktrdump -ct' output",
        "bad-row.ktr; bad-row.ktr:4: expected '<index> <cpu> <timestamp> <trace>'",
        "bad-record.ktr; bad-record.ktr:4: a KTRGRAPH record needs group:",
        "plain-ctr-only.ktr; plain-ctr-only.ktr: no KTRGRAPH records",
        "time-backwards.ktr; time-backwards.ktr:3: timestamp 1000000 of index 2 is earlier than 2000000",
        "../empty.txt; empty.txt: the file is empty" })
    void badTracesAreRefusedNamingTheLine(String file, String message) {
        KtrFormatException e = assertThrows(KtrFormatException.class, () -> parse(file));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    /**
     * Round trip: a run recorded by the timeline recorder and traced by KTR at once; the parsed trace has the same
     * thread on each CPU at every moment, and the same contentions.
     */
    @Test
    void aRunsTraceRebuildsTheRunsTimeline() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        TimelineRecorder rec = new TimelineRecorder();
        StringWriter text = new StringWriter();
        Timeline recorded;
        try (KtrDumpWriter writer = new KtrDumpWriter(text)) {
            Ktr ktr = new Ktr(Ktr.KTR_ALL, 1024, writer);
            try (Simulation sim = Simulation.load(s, Simulation.Options.DEFAULT.withCpus(4).withDuration(20_000_000L)
                    .withSeed(5), ObserverTee.of(List.of(rec, ktr)))) {
                sim.run();
                recorded = rec.copy(sim.now());
            }
            ktr.close();
        }
        Timeline parsed = KtrDumpParser.parse(new BufferedReader(new StringReader(text.toString())), "run.ktr");
        assertEquals(recorded.cpuCount(), parsed.cpuCount());
        long compared = 0;
        for (int c = 0; c < recorded.cpuCount(); c++) {
            List<String> a = occupancy(recorded, c, parsed.lane(c).start(0)), b = occupancy(parsed, c, 0);
            // The trace ends at its last event; the recording at the run's end.
            int n = Math.min(a.size(), b.size());
            assertTrue(n > 20, "CPU " + c + " ran threads: " + n);
            assertEquals(a.subList(0, n - 1), b.subList(0, n - 1), "CPU " + c);
            compared += n;
        }
        assertTrue(compared > 100);
        assertEquals(contentions(recorded), contentions(parsed));
        assertTrue(parsed.stateTime(0, 0, parsed.endNs())[Timeline.SPIN] > 0
                || parsed.stateTime(1, 0, parsed.endNs())[Timeline.SPIN] > 0, "spinning shows in the trace");
    }

    /** Which thread occupies CPU c from {@code from} on: "start thread" per change (idle as "idle"). */
    private static List<String> occupancy(Timeline tl, int c, long from) {
        List<String> out = new ArrayList<>();
        Timeline.Lane l = tl.lane(c);
        String last = null;
        for (int i = 0; i < l.size(); i++) {
            String who = l.thread(i) < 0 ? "idle" : tl.names().thread(l.thread(i));
            long t = Math.max(from, l.start(i));
            if (l.end(i) <= from || who.equals(last)) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).startsWith(t + " ")) {
                out.remove(out.size() - 1); // a zero-length stretch: only the last thread at a time counts
            }
            out.add(t + " " + who);
            last = who;
        }
        return out;
    }

    private static List<String> contentions(Timeline tl) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < tl.cpuCount(); c++) {
            Timeline.Marks m = tl.marks(c);
            for (int i = 0; i < m.size(); i++) {
                if (m.kind(i) == Timeline.CONTENDED || m.kind(i) == Timeline.ACQUIRED) {
                    out.add(c + " " + m.time(i) + " " + m.kind(i) + " " + tl.names().lock(m.lock(i)) + " "
                            + tl.names().thread(m.thread(i)) + " " + tl.names().site(m.site(i)));
                }
            }
        }
        return out;
    }
}
