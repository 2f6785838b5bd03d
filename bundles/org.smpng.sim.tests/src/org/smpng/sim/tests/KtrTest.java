package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.diag.ChromeTraceWriter;
import org.smpng.sim.diag.Ktr;
import org.smpng.sim.diag.KtrDumpWriter;
import org.smpng.sim.diag.ObserverTee;

/** KTR: the rings and their losses, the ktrdump text against schedgraph.py's grammar, streaming, Chrome JSON. */
class KtrTest {

    /**
     * schedgraph.py's (2009+ KTRGRAPH) line grammar, as the formats doc gives it: hdrexp, groupexp, idexp, typeexp
     * and attribexp, and the attribute grammar it applies to what follows "attributes: ".
     */
    private static final String QUOTE = "\"([^\"]*)\"";
    private static final String COMMA = "(?:" + QUOTE + "|([^,]+))";
    private static final String COLON = "(?:" + QUOTE + "|([^:]+))";
    private static final Pattern KTR_LINE = Pattern.compile("\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+"
            + "KTRGRAPH group:" + QUOTE + ", " + "id:" + QUOTE + ", " + "([^:]+):" + COMMA + ", "
            + "attributes: (.*)");
    private static final Pattern ATTRIBUTE = Pattern.compile(COLON + "\\s*:\\s*(?:" + COMMA + ", (.*)|" + QUOTE
            + "|(.*))");
    /** schedgraph's eventcolors: the event names it knows. */
    private static final Set<String> KNOWN = Set.of("count", "running", "idle", "spinning", "yielding", "swapped",
            "suspended", "iwait", "sleep", "blocked", "runq add", "runq rem", "thread exit", "proc exit",
            "lock acquire", "lock contest", "failed lock try", "lock release", "statclock", "prio", "lend prio",
            "wokeup");

    private static CompiledScenario syscallMix(int cpus, long durationNs) throws Exception {
        return builtin("builtin:syscall-mix-5.3", cpus, durationNs);
    }

    private static CompiledScenario builtin(String spec, int cpus, long durationNs) throws Exception {
        Scenario s = KernelModels.load(spec, Scenario.class);
        return Simulation.compile(s, Simulation.Options.DEFAULT.withCpus(cpus).withDuration(durationNs).withSeed(5));
    }

    private static String dump(Ktr ktr) throws IOException {
        StringWriter w = new StringWriter();
        try (KtrDumpWriter out = new KtrDumpWriter(w)) {
            ktr.dump(out);
        }
        return w.toString();
    }

    @Test
    void maskParsesNamesAndNumbersAndRefusesUnknownClasses() {
        assertEquals(Ktr.KTR_SCHED | Ktr.KTR_LOCK, Ktr.parseMask("sched,lock"));
        assertEquals(Ktr.KTR_SCHED | Ktr.KTR_LOCK, Ktr.parseMask("KTR_SCHED|KTR_LOCK"));
        assertEquals(0x20000008, Ktr.parseMask("0x20000008"));
        assertEquals(Ktr.KTR_ALL, Ktr.parseMask("all"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ktr.parseMask("sched,vfs"));
        assertTrue(e.getMessage().contains("'vfs'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ktr.parseMask("0x40000000"));
        assertThrows(IllegalArgumentException.class, () -> new Ktr(Ktr.KTR_SCHED, 0));
    }

    @Test
    void aSmallRingWrapsAndCountsEveryLostEntry() throws Exception {
        Ktr ktr = new Ktr(Ktr.KTR_ALL, 16);
        Fixtures.run(syscallMix(2, 2_000_000), 5, ktr);
        assertTrue(ktr.logged() > 1000, "logged " + ktr.logged());
        assertEquals(2 * 16, ktr.buffered(), "both rings full");
        assertEquals(ktr.logged() - ktr.buffered(), ktr.totalLost(), "every overwritten entry is counted");
        String text = dump(ktr);
        assertEquals(2 + 32, text.split("\n").length, "header, dashes and the 32 surviving entries");
        StringWriter chrome = new StringWriter();
        ktr.dump(new ChromeTraceWriter(chrome));
        assertTrue(chrome.toString().contains("\"lostEntries\": " + ktr.totalLost()), "the loss is in the trace");
    }

    @Test
    void ktrdumpOutputPassesSchedgraphsGrammar() throws Exception {
        // 4.x's Giant on four CPUs: interrupt threads block on Giant held by user threads and lend them priority.
        Ktr ktr = new Ktr(Ktr.KTR_ALL, 1 << 17);
        Fixtures.run(builtin("builtin:syscall-mix-4x", 4, 20_000_000), 5, ktr);
        assertEquals(0, ktr.totalLost());
        String[] lines = dump(ktr).split("\n");
        assertEquals("index  cpu timestamp        trace", lines[0]);
        assertTrue(lines[1].startsWith("------ --- ---------------- "), lines[1]);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> types = new HashMap<>();
        long last = Long.MAX_VALUE;
        for (int i = 2; i < lines.length; i++) {
            Matcher m = KTR_LINE.matcher(lines[i]);
            assertTrue(m.matches(), "schedgraph cannot parse line " + (i + 1) + ": " + lines[i]);
            long ts = Long.parseLong(m.group(3));
            // checkstamp(): a timestamp more than 2048 ticks after the previous line's is rejected: newest first.
            assertTrue(ts - 2048 <= last, "timestamp goes up at line " + (i + 1));
            last = ts;
            String type = m.group(6);
            assertTrue(Set.of("state", "counter", "point").contains(type), "type " + type);
            String dat = m.group(7) != null ? m.group(7) : m.group(8);
            assertNotNull(dat);
            types.merge(type, 1, Integer::sum);
            if (type.equals("counter")) {
                Integer.parseInt(dat); // CountEvent does int(count)
            } else {
                seen.add(dat);
            }
            String attributes = m.group(9);
            if (!attributes.equals("none")) {
                int parsed = 0;
                String rest = attributes;
                while (rest != null) {
                    Matcher a = ATTRIBUTE.matcher(rest.strip());
                    assertTrue(a.matches(), "attribute list of line " + (i + 1) + ": " + rest);
                    parsed++;
                    rest = a.group(5);
                }
                assertTrue(parsed >= 1);
            }
        }
        for (String needed : List.of("running", "idle", "runq add", "blocked", "sleep", "iwait", "spinning",
                "lock acquire", "lock contest", "lock release", "wokeup", "lend prio", "prio")) {
            assertTrue(seen.contains(needed), "no '" + needed + "' record; seen " + seen);
        }
        assertTrue(types.get("counter") > 0, "run queue load");
        Set<String> ours = new HashSet<>(seen);
        ours.removeAll(KNOWN);
        assertEquals(Set.of("mi_switch", "syscall", "schedule"), ours,
                "the only names schedgraph colours at random are KTR_PROC's and KTR_INTR's");
    }

    @Test
    void theMaskSelectsClasses() throws Exception {
        Ktr ktr = new Ktr(Ktr.KTR_LOCK, 1 << 14);
        Fixtures.run(syscallMix(2, 500_000), 5, ktr);
        String[] lines = dump(ktr).split("\n");
        assertTrue(lines.length > 100);
        for (int i = 2; i < lines.length; i++) {
            assertTrue(lines[i].contains("KTRGRAPH group:\"lock\""), lines[i]);
        }
    }

    /** Counts characters without keeping them: the streamed trace's size, in constant memory. */
    private static final class CountingWriter extends Writer {
        long chars, lines;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void write(String s, int off, int len) {
            chars += len;
            for (int i = off; i < off + len; i++) {
                if (s.charAt(i) == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aLongRunStreamsEveryEntryThroughSmallRingsInBoundedMemory() throws Exception {
        CompiledScenario c = syscallMix(2, 100_000_000);
        CountingWriter text = new CountingWriter();
        Ktr ktr = new Ktr(Ktr.KTR_ALL, 64, new KtrDumpWriter(text));
        int maxBuffered = 0;
        try (Simulation sim = Simulation.of(c, ktr)) {
            for (long t = 1_000_000; !sim.finished(); t += 1_000_000) {
                sim.runUntil(t);
                maxBuffered = Math.max(maxBuffered, ktr.buffered());
            }
        }
        ktr.close();
        assertTrue(ktr.logged() > 100 * 2 * 64, "a long run: " + ktr.logged() + " entries");
        assertTrue(maxBuffered <= 2 * 64, "never more than the rings in memory: " + maxBuffered);
        assertEquals(0, ktr.totalLost(), "streaming loses nothing");
        assertEquals(ktr.logged() + 2, text.lines, "every entry written, plus the header");
    }

    @Test
    void streamedTracesEqualTheInMemoryOnes() throws Exception {
        CompiledScenario c = syscallMix(2, 2_000_000);
        Ktr memory = new Ktr(Ktr.KTR_ALL, 1 << 16);
        StringWriter streamedText = new StringWriter(), streamedChrome = new StringWriter();
        Ktr streamed = new Ktr(Ktr.KTR_ALL, 32, new KtrDumpWriter(streamedText));
        Ktr chrome = new Ktr(Ktr.KTR_ALL, 32, new ChromeTraceWriter(streamedChrome));
        Fixtures.run(c, 5, new ObserverTee(List.of(memory, streamed, chrome)));
        streamed.close();
        chrome.close();
        assertEquals(0, memory.totalLost());
        assertEquals(dump(memory), streamedText.toString());
        StringWriter memoryChrome = new StringWriter();
        memory.dump(new ChromeTraceWriter(memoryChrome));
        assertEquals(memoryChrome.toString(), streamedChrome.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void chromeTraceIsValidJsonWithThreadTracksBalancedSlicesAndLockFlows() throws Exception {
        Ktr ktr = new Ktr(Ktr.KTR_ALL, 1 << 16);
        CompiledScenario c = syscallMix(2, 2_000_000);
        Fixtures.run(c, 5, ktr);
        StringWriter w = new StringWriter();
        ktr.dump(new ChromeTraceWriter(w));
        Map<String, Object> trace = (Map<String, Object>) MiniJson.parse(w.toString());
        List<Map<String, Object>> events = (List<Map<String, Object>>) trace.get("traceEvents");
        Set<String> threadNames = new HashSet<>();
        Map<String, Integer> depth = new HashMap<>();
        Set<Object> flowStarts = new HashSet<>();
        int flowEnds = 0;
        double lastTs = 0;
        for (Map<String, Object> e : events) {
            String ph = (String) e.get("ph");
            String track = e.get("pid") + "/" + e.get("tid");
            switch (ph) {
            case "M" -> {
                if (e.get("name").equals("thread_name")) {
                    threadNames.add((String) ((Map<String, Object>) e.get("args")).get("name"));
                }
            }
            case "B" -> depth.merge(track, 1, Integer::sum);
            case "E" -> {
                int d = depth.merge(track, -1, Integer::sum);
                assertTrue(d >= 0, "E without B on " + track);
            }
            case "s" -> flowStarts.add(e.get("id"));
            case "f" -> {
                assertTrue(flowStarts.contains(e.get("id")), "flow end without start " + e);
                assertEquals("e", e.get("bp"));
                flowEnds++;
            }
            default -> {
            }
            }
            if (e.get("ts") != null) {
                double ts = (Double) e.get("ts");
                assertTrue(ts >= lastTs, "events in time order");
                lastTs = ts;
            }
        }
        Simulation probe = Simulation.of(c, null);
        List<String> threads = probe.engine().runInfo().threads();
        probe.close();
        assertTrue(threadNames.containsAll(threads), "a track per thread");
        assertTrue(threadNames.contains("cpu0") && threadNames.contains("cpu1"), "a track per CPU");
        depth.forEach((track, d) -> assertEquals(0, d, "unbalanced slices on " + track));
        assertTrue(flowEnds > 10, "lock handoffs as flows: " + flowEnds);
        assertEquals(0.0, ((Map<String, Object>) trace.get("otherData")).get("lostEntries"));
    }
}
