package org.smpng.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.smpng.cli.Verb;
import org.smpng.cli.VerbUsageException;
import org.smpng.cli.internal.Cli;
import org.smpng.cli.internal.ContributedVerb;

/**
 * Verbs contributed through {@code org.smpng.cli.verbs}: the command line runs them like its own, lists them in its
 * usage, treats their usage errors like its own, and reads the contributions only when a verb is not built in.
 */
class ContributedVerbTest {

    private record Run(int exit, String out, String err) {
    }

    /** A verb that echoes its arguments, or fails as asked. */
    private static final Verb ECHO = (args, out, err) -> {
        if (args.contains("--bad")) {
            throw new VerbUsageException("--bad is not an option of echo");
        }
        if (args.contains("--fail")) {
            err.println("smpng: echo failed");
            return Verb.FAILED;
        }
        out.println("echo " + String.join(" ", args));
        return Verb.OK;
    };

    private static final ContributedVerb CONTRIBUTION = new ContributedVerb("echo",
            "echo [ARGS...]\n    [--fail]\nPrints its arguments.", () -> ECHO);

    private static Run run(Supplier<List<ContributedVerb>> verbs, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(args, o, e, verbs);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aContributedVerbRunsWithItsArgumentsAndExitCode() {
        Run ok = run(() -> List.of(CONTRIBUTION), "echo", "a", "b");
        assertEquals(Cli.OK, ok.exit(), ok.err());
        assertEquals("echo a b\n", ok.out());

        Run failed = run(() -> List.of(CONTRIBUTION), "echo", "--fail");
        assertEquals(Cli.FAILED, failed.exit());
        assertTrue(failed.err().contains("echo failed"), failed.err());
    }

    @Test
    void aContributedVerbsUsageErrorPrintsTheUsageAndExitsWithTwo() {
        Run run = run(() -> List.of(CONTRIBUTION), "echo", "--bad");
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().startsWith("smpng: echo: --bad is not an option of echo"), run.err());
        assertTrue(run.err().contains("Usage: smpng"), run.err());
    }

    @Test
    void helpListsTheContributedVerbsAfterTheBuiltInOnes() {
        Run run = run(() -> List.of(CONTRIBUTION), "help");
        assertEquals(Cli.OK, run.exit());
        int builtin = run.out().indexOf("  help\n");
        int echo = run.out().indexOf("  echo [ARGS...]\n          [--fail]\n      Prints its arguments.\n");
        assertTrue(builtin > 0 && echo > builtin, run.out());
        assertFalse(run(List::of, "help").out().contains("echo"), "without the contribution there is no echo");
    }

    @Test
    void builtInVerbsDoNotReadTheContributionsAndAnUnknownVerbIsStillAUsageError() {
        List<String> reads = new ArrayList<>();
        Supplier<List<ContributedVerb>> counting = () -> {
            reads.add("read");
            return List.of(CONTRIBUTION);
        };
        Run list = run(counting, "list-models");
        assertEquals(Cli.OK, list.exit(), list.err());
        assertEquals(List.of(), reads, "a built-in verb never reads the contributions");

        Run unknown = run(counting, "ehco");
        assertEquals(Cli.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("unknown verb 'ehco'"), unknown.err());
        assertTrue(unknown.err().contains("  echo [ARGS...]"), "the usage lists the contributions: " + unknown.err());
        assertEquals(List.of("read"), reads, "read once, for the lookup and the usage");
    }

    @Test
    void aContributionThatCannotStartIsReportedNotThrown() {
        ContributedVerb broken = new ContributedVerb("broken", "broken\nNever starts.", () -> {
            throw new IllegalStateException("the verb 'broken' of org.example cannot be started: no class");
        });
        Run run = run(() -> List.of(broken), "broken");
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().contains("cannot be started: no class"), run.err());
    }
}
