package org.smpng.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.cli.internal.Cli;

/** {@code simulate}'s diagnostics: --lockprof, --ktr, --trace-json, --report and the scaling table. */
class SimulateDiagnosticsCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(args, o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void simulateWritesLockProfileKtrChromeTraceAndReport() throws Exception {
        Path prof = dir.resolve("prof.txt"), ktr = dir.resolve("ktr.out"), chrome = dir.resolve("trace.json"),
                report = dir.resolve("report.txt"), reportJson = dir.resolve("report.json"),
                csv = dir.resolve("prof.csv");
        Run run = run("simulate", "builtin:syscall-mix-5.3", "--cpus", "4", "--duration", "5ms", "--seed", "2",
                "--lockprof", prof.toString(), "--ktr", ktr.toString(), "--ktr-mask", "sched,lock",
                "--trace-json", chrome.toString(), "--report", report.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertTrue(run.out().contains("wrote " + prof + ": LOCK_PROFILING"), run.out());
        assertTrue(run.out().contains("wrote " + ktr + ": ktrdump -ct"), run.out());
        assertTrue(run.out().contains("none lost"), run.out());
        assertTrue(run.out().contains("wrote " + chrome + ": Chrome trace"), run.out());

        List<String> stats = Files.readAllLines(prof);
        assertEquals("", stats.get(0));
        assertEquals("     max  wait_max       total  wait_total       count    avg wait_avg cnt_hold cnt_lock name",
                stats.get(1));
        assertTrue(stats.stream().anyMatch(l -> l.endsWith("(sleep mutex:Giant)")), stats.toString());

        List<String> trace = Files.readAllLines(ktr);
        assertEquals("index  cpu timestamp        trace", trace.get(0));
        assertTrue(trace.size() > 100);
        assertTrue(trace.stream().skip(2).allMatch(l -> l.contains("KTRGRAPH group:\"thread\"")
                || l.contains("KTRGRAPH group:\"load\"") || l.contains("KTRGRAPH group:\"lock\"")),
                "only KTR_SCHED and KTR_LOCK records");
        String json = Files.readString(chrome);
        assertTrue(json.startsWith("{\"displayTimeUnit\": \"ns\", \"traceEvents\": [") && json.strip().endsWith("}"));

        String text = Files.readString(report);
        assertTrue(text.startsWith("Run report: syscall-mix-5.3, 4 CPUs, seed 2"), text);
        for (String section : List.of("Top contended locks", "Giant: held", "Priority inversion",
                "Interrupt latency", "CPU utilisation", "Lock wait, by total wait time",
                "Lock contention, by contested acquisitions")) {
            assertTrue(text.contains(section), section + " missing:\n" + text);
        }

        Run again = run("simulate", "builtin:syscall-mix-5.3", "--cpus", "4", "--duration", "5ms", "--seed", "2",
                "--lockprof", csv.toString(), "--lockprof-mode", "contested", "--report", reportJson.toString(),
                "--ktr", dir.resolve("ring.out").toString(), "--ktr-entries", "8");
        assertEquals(Cli.OK, again.exit(), again.err());
        assertTrue(Files.readString(csv).startsWith("file,line,lock,class,count,cnt_hold,cnt_lock"));
        assertTrue(again.out().contains("contested acquisitions only"), again.out());
        assertTrue(again.out().contains("entries lost when the rings of 8 entries per CPU wrapped (per CPU: cpu0 "),
                "ring losses are reported: " + again.out());
        assertEquals(2 + 4 * 8, Files.readAllLines(dir.resolve("ring.out")).size());
        String rj = Files.readString(reportJson);
        assertTrue(rj.contains("\"priorityInversion\"") && rj.contains("\"lockProfile\""), rj);
    }

    @Test
    void theReportListsTheBlockedByChainsAtTheEndAndTheWitnessFindings() throws Exception {
        Path text = dir.resolve("end.txt");
        Path json = dir.resolve("end.json");
        Run run = run("simulate", "builtin:syscall-mix-5.3", "--cpus", "4", "--duration", "7ms", "--witness",
                "--report", text.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        String report = Files.readString(text);
        assertTrue(report.contains("Blocked-by chains at the end of the run:"), report);
        assertTrue(report.contains("WITNESS: 0 finding(s)"), report);
        // The 5.3 mix keeps threads queued for Giant: the chains name the waiter, Giant and its owner.
        java.util.regex.Matcher chain = java.util.regex.Pattern.compile("\\n  (\\S+) \\(pri \\d+[^)]*\\) (spins on|"
                + "blocked on) Giant -> (\\S+) \\(pri").matcher(report);
        assertTrue(chain.find(), "a chain through Giant:\n" + report);
        Run again = run("simulate", "builtin:syscall-mix-5.3", "--cpus", "4", "--duration", "7ms", "--report",
                json.toString());
        assertEquals(Cli.OK, again.exit(), again.err());
        String j = Files.readString(json);
        assertTrue(j.contains("\"blockedBy\": [\n    \"") && !j.contains("\"witness\""), j);
    }

    @Test
    void lockProfileGoesToStandardOutputWithADash() {
        Run run = run("simulate", "builtin:syscall-mix-5.3", "--cpus", "2", "--duration", "1ms", "--lockprof", "-");
        assertEquals(Cli.OK, run.exit(), run.err());
        assertTrue(run.out().contains("\n     max  wait_max       total"), run.out());
        assertTrue(run.out().contains("printed above: LOCK_PROFILING"), run.out());
    }

    @Test
    void aListOfCpuCountsPrintsAScalingTable() throws Exception {
        Path json = dir.resolve("scaling.json");
        Run run = run("simulate", "builtin:syscall-mix-4x", "--cpus", "1,2,4", "--duration", "3ms", "--json",
                json.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertTrue(run.out().contains("scaling with the number of CPUs"), run.out());
        assertTrue(run.out().contains("cpus   operations/s  speedup efficiency"), run.out());
        assertEquals(3, Files.readString(json).split("\"cpus\": ").length - 1);
    }

    @Test
    void badDiagnosticsOptionsAreUsageErrorsWithAClearMessage() {
        for (String[] bad : List.of(
                new String[] { "--ktr-mask", "sched" },
                new String[] { "--ktr", "x.out", "--ktr-mask", "vfs" },
                new String[] { "--ktr", "x.out", "--ktr-entries", "0" },
                new String[] { "--ktr", "x.out", "--ktr-entries", "many" },
                new String[] { "--ktr", "-" },
                new String[] { "--lockprof-mode", "contested" },
                new String[] { "--lockprof", "p.txt", "--lockprof-mode", "some" },
                new String[] { "--cpus", "1,x" },
                new String[] { "--cpus", "1,2,2" },
                new String[] { "--cpus", "1,2", "--lockprof", "p.txt" })) {
            String[] args = new String[bad.length + 2];
            args[0] = "simulate";
            args[1] = "builtin:syscall-mix-5.3";
            System.arraycopy(bad, 0, args, 2, bad.length);
            Run run = run(args);
            assertEquals(Cli.USAGE, run.exit(), String.join(" ", bad) + ": " + run.err());
            String first = run.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith("smpng: --") || first.startsWith("smpng: traces"), first);
        }
        Run mask = run("simulate", "builtin:syscall-mix-5.3", "--ktr", dir.resolve("k").toString(), "--ktr-mask",
                "vfs");
        assertTrue(mask.err().contains("unknown KTR class 'vfs'; use lock, sched, intr, proc or all"), mask.err());
        assertFalse(Files.exists(dir.resolve("k")), "nothing written when the command line is wrong");
    }
}
