package org.smpng.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Runs target/jcstress.jar (the jcstress tests of the parallel mode's locks, as {@code java -jar} or
 * {@code ./smpng stress} runs them) in a short configuration ({@link #QUICK}) as a subprocess, and fails if jcstress reports any FORBIDDEN
 * outcome, error or hang. A failsafe test: it needs the packaged jar, so it runs after package, in mvn verify.
 *
 * <p>The same driver runs the negative control ({@code org.smpng.stress.negative}, a counter behind two unrelated
 * mutexes) and requires jcstress to report it FAILED: a driver that cannot see a broken lock proves nothing.
 */
class JcstressQuickIT {

    /** The lock tests: every test class directly in org.smpng.stress (the negative controls are in a subpackage). */
    static final String LOCK_TESTS = "^org\\.smpng\\.stress\\.[A-Z]";
    static final String NEGATIVE_CONTROLS = "^org\\.smpng\\.stress\\.negative\\.";
    /** The lock tests; each must appear in the report. */
    static final List<String> EXPECTED = List.of("SleepMutexExclusion.AdaptiveSpinning",
            "SleepMutexExclusion.TurnstileOnly", "SpinMutexExclusion", "TurnstileHandoff",
            "SxExclusion.SharedExclusive", "SxExclusion.ExclusiveExclusive", "TryLockWhileHeld");
    /**
     * jcstress's options for the build: quick mode's strides, one iteration of one second per test, and one JVM
     * configuration (-jvmArgs turns off the probing of extra JVM flag sets, -sc false the per-actor split between
     * interpreter, C1 and C2). jcstress's sanity mode was measured first: 14 configurations per test but only 300 to
     * 450 samples per test in 95 s, too few to see anything; this gives about 7,500 samples per test in about 40 s
     * on the 2-core build host, and makes the negative control fail in about one sample in five. ./smpng stress runs
     * the full quick mode (every configuration, about 150,000 samples per test, five minutes).
     */
    static final List<String> QUICK = List.of("-m", "quick", "-iters", "1", "-time", "1000", "-sc", "false",
            "-jvmArgs", "-Xmx256m", "-v");
    /** A run that takes longer has hung: a lost wakeup leaves an actor parked for ever. */
    static final long TIMEOUT_SECONDS = 240;

    /** jcstress's progress line, the last of which sums the run up. */
    private static final Pattern SUMMARY = Pattern.compile(
            "\\(Results: (\\d+) planned; (\\d+) passed, (\\d+) failed, (\\d+) soft errs, (\\d+) hard errs\\)");

    /** What one jcstress run printed, with its final summary. */
    record Run(String output, int exitCode, int planned, int passed, int failed, int softErrors, int hardErrors) {
    }

    @Test
    void everyLockTestPassesWithoutForbiddenOutcomes() throws Exception {
        Run run = jcstress("locks", LOCK_TESTS);
        assertEquals(0, run.failed, "jcstress saw FORBIDDEN outcomes:\n" + failureSection(run.output));
        assertEquals(0, run.softErrors + run.hardErrors, "jcstress reported errors:\n" + failureSection(run.output));
        assertEquals(run.planned, run.passed, "not every planned result passed:\n" + failureSection(run.output));
        assertEquals(0, run.exitCode, "jcstress exited with " + run.exitCode + ":\n" + failureSection(run.output));
        Path results = workDir("locks").resolve("results");
        for (String test : EXPECTED) {
            assertTrue(Files.exists(results.resolve("org.smpng.stress." + test + ".html")),
                    test + " was not run; see " + results);
        }
    }

    @Test
    void theNegativeControlIsReportedForbidden() throws Exception {
        Run run = jcstress("negative", NEGATIVE_CONTROLS);
        assertTrue(run.planned > 0, "no negative control ran:\n" + run.output);
        assertTrue(run.failed > 0, "jcstress did not see the lost updates of a counter behind two unrelated mutexes:"
                + " the driver or the tests cannot detect a broken lock.\n" + run.output);
        assertTrue(run.output.contains("org.smpng.stress.negative.UnsharedMutex"),
                "the failure is not the negative control's:\n" + failureSection(run.output));
        assertEquals(0, run.softErrors + run.hardErrors, "jcstress reported errors:\n" + failureSection(run.output));
    }

    /**
     * Runs the jar on the tests matching {@code selector} with {@link #QUICK}, in a work directory
     * of its own (jcstress writes its result blob and report there). Fails on a hang.
     */
    static Run jcstress(String name, String selector) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("smpng.stress.jar", "target/jcstress.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " is missing; build the module with mvn package first");
        Path dir = workDir(name);
        Files.createDirectories(dir);
        Path log = dir.resolve("jcstress.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(QUICK);
        command.addAll(List.of("-t", selector));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("jcstress did not finish within " + TIMEOUT_SECONDS + " s (an actor parked for ever is a lost"
                    + " wakeup); its output is in " + log);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Matcher m = SUMMARY.matcher(out);
        Run run = null;
        while (m.find()) {
            run = new Run(out, p.exitValue(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        }
        if (run == null) {
            fail("jcstress printed no result summary (exit code " + p.exitValue() + "); output:\n" + out);
        }
        System.out.println("jcstress " + name + ": " + run.planned + " planned, " + run.passed + " passed, "
                + run.failed + " failed; log " + log);
        return run;
    }

    static Path workDir(String name) {
        return Path.of(System.getProperty("smpng.stress.workdir", "target/jcstress-run")).resolve(name);
    }

    /** The report's part from "RUN RESULTS" on, where jcstress lists failed and errored tests. */
    static String failureSection(String output) {
        int i = output.lastIndexOf("RUN RESULTS");
        return i < 0 ? output : output.substring(i);
    }
}
