package org.smpng.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.cli.internal.Cli;
import org.smpng.io.witness.OrderListImporter;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The command-line verbs: what they write, what they print and the exit code they return. */
class CliTest {

    @TempDir
    Path dir;

    /** What one run of the command line produced. */
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
    void exportLockGraphWritesAnSvgWithOneGroupPerLockType() throws Exception {
        Path svg = dir.resolve("lock-graph.svg");
        Run run = run("export-lock-graph", "--model", "builtin:freebsd-5x", "--format", "svg", "-o", svg.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertTrue(run.out().startsWith("wrote " + svg + " (SVG image): 75 lock types"), run.out());

        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<Element> nodes = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if ("lock-node".equals(group.getAttribute("class"))) {
                nodes.add(group);
            }
        }
        assertEquals(75, nodes.size());
        assertTrue(nodes.stream().anyMatch(n -> "Giant".equals(n.getAttribute("data-lock-id"))));
    }

    @Test
    void exportLockGraphDefaultsToSvg() {
        Path svg = dir.resolve("default.svg");
        Run run = run("export-lock-graph", "--model=builtin:freebsd-5.0", "-o", svg.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertTrue(Files.exists(svg));
    }

    @Test
    void unknownVerbIsAUsageError() {
        Run run = run("frobnicate");
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().startsWith("smpng: unknown verb 'frobnicate'"), run.err());
        assertTrue(run.err().contains("Usage: smpng <verb> [options]"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void noVerbShowsTheUsage() {
        Run run = run();
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().startsWith("Usage: smpng"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("export-lock-graph", "--model", "builtin:freebsd-5x", "--colour", "red", "-o", "x.svg");
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().startsWith("smpng: unknown option --colour"), run.err());
        assertTrue(run.err().contains("Usage:"), run.err());
    }

    @Test
    void missingModelIsAUsageError() {
        Run run = run("export-lock-graph", "-o", dir.resolve("x.svg").toString());
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().startsWith("smpng: missing option --model"), run.err());
        assertFalse(Files.exists(dir.resolve("x.svg")));
    }

    @Test
    void optionWithoutValueIsAUsageError() {
        Run run = run("validate", "--model");
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().startsWith("smpng: option --model needs a value"), run.err());
    }

    @Test
    void unknownBuiltinFailsNamingTheKnownOnes() {
        Path svg = dir.resolve("x.svg");
        Run run = run("export-lock-graph", "--model", "builtin:freebsd-4", "-o", svg.toString());
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().startsWith("smpng: there is no built-in model 'freebsd-4'"), run.err());
        assertTrue(run.err().contains("builtin:freebsd-head"), run.err());
        assertFalse(run.err().contains("Usage:"), "a bad model is not a usage error");
        assertFalse(Files.exists(svg));
    }

    @Test
    void unsupportedFormatIsAUsageErrorNamingTheFormats() {
        Path jpeg = dir.resolve("x.jpeg");
        Run run = run("export-lock-graph", "--model", "builtin:freebsd-5x", "--format", "jpeg", "-o", jpeg.toString());
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().startsWith("smpng: unknown export format 'jpeg'; the formats are svg, png, pdf, dot,"
                + " graphml"), run.err());
        assertFalse(Files.exists(jpeg));
    }

    @Test
    void exportLockGraphWritesEveryFormatItsExtensionNames() throws Exception {
        java.util.Map<String, String> starts = java.util.Map.of("png", "\u0089PNG", "pdf", "%PDF-", "dot",
                "digraph lock_order {", "graphml", "<?xml", "svg", "<?xml");
        for (var e : starts.entrySet()) {
            Path file = dir.resolve("order." + e.getKey());
            Run run = run("export-lock-graph", "--model", "builtin:freebsd-5.0", "-o", file.toString());
            assertEquals(Cli.OK, run.exit(), run.err());
            String head = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith(e.getValue()), e.getKey() + ": " + head.substring(0, 20));
            assertTrue(run.out().contains("33 lock types"), run.out());
        }
        String graphml = Files.readString(dir.resolve("order.graphml"));
        assertTrue(graphml.contains("<graphml") && graphml.contains("Giant"), graphml.substring(0, 200));
        // --format wins over the extension.
        Path odd = dir.resolve("order.txt");
        assertEquals(Cli.OK, run("export-lock-graph", "--model", "builtin:freebsd-5.0", "--format", "DOT", "-o",
                odd.toString()).exit());
        assertTrue(Files.readString(odd).startsWith("digraph"));
    }

    @Test
    void missingOutputFolderFails() {
        Path folder = dir.resolve("no-such-folder");
        Run run = run("export-lock-graph", "--model", "builtin:freebsd-5x", "-o", folder.resolve("x.svg").toString());
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().startsWith("smpng: no such file or folder: "), run.err());
        assertTrue(run.err().contains(folder.toString()), run.err());
        assertFalse(Files.exists(folder));
    }

    @Test
    void listModelsListsEveryBuiltinWithItsKind() {
        Run run = run("list-models");
        assertEquals(Cli.OK, run.exit(), run.err());
        List<String> lines = run.out().lines().filter(line -> line.startsWith("builtin:")).toList();
        List<String> specs = lines.stream().map(line -> line.split("\\s+")[0]).toList();
        assertEquals(List.of("builtin:freebsd-5.0", "builtin:freebsd-5x", "builtin:freebsd-7-current",
                "builtin:freebsd-head", "builtin:freebsd-4x", "builtin:freebsd-5.3", "builtin:freebsd-5x-target",
                "builtin:i386-smp-4cpu-2004", "builtin:amd64-2x2-2006", "builtin:amd64-16cpu", "builtin:syscall-mix",
                "builtin:net-forwarding", "builtin:desktop-mix", "builtin:syscall-mix-4x", "builtin:syscall-mix-5.3",
                "builtin:syscall-mix-target"), specs);
        assertEquals(BuiltinModels.all().size(), specs.size());
        assertEquals(List.of("kernel", "machine", "workload", "scenario"), lines.stream()
                .map(line -> line.split("\\s+")[1]).distinct().toList());
    }

    @Test
    void listModelsTakesNoArguments() {
        assertEquals(Cli.USAGE, run("list-models", "extra").exit());
    }

    @Test
    void validateAcceptsABuiltinModel() {
        Run run = run("validate", "--model", "builtin:freebsd-5x");
        assertEquals(Cli.OK, run.exit(), run.err());
        assertEquals("builtin:freebsd-5x: valid (75 lock types, 13 order chains)", run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void validateRefusesASavedModelWithACycleAndPrintsIt() throws Exception {
        KernelModel cyclic = new OrderListImporter().importFrom(new ByteArrayInputStream("""
                proctree\tlock_class_sx
                Giant\tlock_class_mtx_sleep

                Giant\tlock_class_mtx_sleep
                proctree\tlock_class_sx
                """.getBytes(StandardCharsets.UTF_8)), new OrderListImporter.Origin("cyclic", "cyclic.txt", "test"));
        Path file = dir.resolve("cyclic.xmi");
        KernelModels.save(cyclic, file);

        Run run = run("validate", "--model", file.toString());
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().contains(file + ": error: "), run.err());
        assertTrue(run.err().contains("proctree -> Giant -> proctree"), run.err());
        assertEquals("", run.out());

        Run positional = run("validate", file.toString());
        assertEquals(Cli.FAILED, positional.exit());
        assertEquals(run.err(), positional.err());
    }

    @Test
    void validateTakesOneModelEitherWay() {
        assertEquals(Cli.OK, run("validate", "builtin:freebsd-head").exit());
        assertEquals(Cli.USAGE, run("validate").exit());
        assertEquals(Cli.USAGE, run("validate", "builtin:freebsd-5x", "builtin:freebsd-head").exit());
        assertEquals(Cli.USAGE, run("validate", "--model", "builtin:freebsd-5x", "extra.xmi").exit());
    }

    @Test
    void validateOfAHostileFileSaysWhereAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("hostile.xmi");
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n";
        Files.writeString(file, text);
        Run run = run("validate", file.toString());
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().contains("line 2"), run.err());
        assertFalse(run.err().contains("root:"), run.err());
        assertEquals(text, Files.readString(file));
    }

    @Test
    void importOrderListWritesALoadableModel() throws Exception {
        Path data = dir.resolve("witness_order_lists_5x.txt");
        try (InputStream in = BuiltinModels.find("freebsd-5x").orElseThrow().dataUrl().openStream()) {
            Files.copy(in, data);
        }
        Path output = dir.resolve("imported.xmi");
        Run run = run("import-order-list", data.toString(), "-o", output.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertEquals("wrote " + output + ": 75 lock types in 13 chains, 0 blessed pairs", run.out().strip());
        assertEquals("", run.err(), "a valid list draws no diagnostics");

        KernelModel model = KernelModels.load(output.toString());
        assertEquals("witness_order_lists_5x", model.getName(), "named after the file without extension");
        assertEquals(75, model.getLockTypes().size());
        assertEquals(data.toString(), model.getProvenance().getDataFile());
    }

    @Test
    void importOrderListTakesTheNameOption() throws Exception {
        Path data = Files.writeString(dir.resolve("tiny.txt"), "a\tlock_class_sx\nb\tlock_class_sx\n");
        Path output = dir.resolve("tiny.xmi");
        Run run = run("import-order-list", "--name", "my kernel", data.toString(), "-o", output.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertEquals("my kernel", KernelModels.load(output.toString()).getName());
    }

    @Test
    void importOrderListReportsTheBadLine() throws Exception {
        Path data = Files.writeString(dir.resolve("bad.txt"), "a\tlock_class_sx\nb lock_class_sx\n");
        Path output = dir.resolve("bad.xmi");
        Run run = run("import-order-list", data.toString(), "-o", output.toString());
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().startsWith("smpng: " + data + ":2: "), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void importOrderListNeedsExactlyOneFile() {
        Run run = run("import-order-list", "-o", dir.resolve("x.xmi").toString());
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().contains("exactly one order list file"), run.err());
    }

    @Test
    void regenerateBuiltinsRefusesAFolderThatIsNotARepository() throws Exception {
        Run run = run("regenerate-builtins", "--repo", dir.toString());
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().startsWith("smpng: " + dir.toAbsolutePath() + " is not an SMPng Workbench repository"),
                run.err());
        assertTrue(run.err().contains("bundles/org.smpng.model"), run.err());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "nothing is written");
        }
    }

    @Test
    void helpPrintsTheUsageToStandardOutput() {
        Run run = run("help");
        assertEquals(Cli.OK, run.exit());
        assertTrue(run.out().contains("export-lock-graph --model SPEC"), run.out());
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void simulateRunsABuiltinScenarioPrintsASummaryAndWritesJson() throws Exception {
        Path json = dir.resolve("run.json");
        Run run = run("simulate", "builtin:syscall-mix-target", "--cpus", "2", "--duration", "20ms", "--seed", "3",
                "--json", json.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertTrue(run.out().contains("2 CPUs, seed 3, 20.000 ms of virtual time, completed"), run.out());
        assertTrue(run.out().contains("throughput"), run.out());
        assertTrue(run.out().contains("Giant: held 0.0% of the time"), run.out());
        assertTrue(run.out().contains("machine rebuilt with 2 CPUs"), run.out());
        // The target kernel's clkintr is INTR_FAST on irq0, routed to cpu0; the disk's ata0 ithread on irq14 to cpu1.
        assertTrue(run.out().contains("interrupts by source"), run.out());
        assertTrue(run.out().matches("(?s).*\n    clock +irq0: clock0 +fast +1000 /s  cpu 0 +no ithread\n      fast"
                + " +latency mean .*, p99 .*, max .*\\(\\d+ handled\\).*"), run.out());
        String text = Files.readString(json);
        assertTrue(text.contains("\"cpus\": 2,") && text.contains("\"seed\": 3,")
                && text.contains("\"outcome\": \"completed\""), text);
        assertTrue(text.contains("{\"name\": \"clock\", \"thread\": \"irq0: clock0\", \"priority\": -1,"
                + " \"handlerKind\": \"fast\", \"irq\": 0, \"routing\": \"fixed\", \"cpus\": {\"0\": "), text);
        assertTrue(text.contains("\"latencies\": [{\"handlerKind\": \"fast\", \"count\": "), text);

        Path again = dir.resolve("again.json");
        Run second = run("simulate", "--model", "builtin:syscall-mix-target", "--cpus=2", "--duration", "20000000",
                "--seed", "3", "--json", again.toString(), "--mode", "deterministic");
        assertEquals(Cli.OK, second.exit(), second.err());
        assertEquals(text, Files.readString(again), "the same seed gives the same results");
    }

    @Test
    void simulateWithWitnessPrintsItsFindingsAndWritesThemWithTheGraphsToJson() throws Exception {
        Path json = dir.resolve("witness.json");
        Run run = run("simulate", "builtin:syscall-mix-5.3", "--duration", "20ms", "--witness", "--witness-format",
                "5x", "--witness-bless", "so_rcv,so_snd; uipc_socket.c:123", "--json", json.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertTrue(run.out().contains("WITNESS (5x format): 0 finding(s)"), run.out());
        String text = Files.readString(json);
        assertTrue(text.contains("\"witness\": {\"era\": \"5x\", \"lockTypes\": "), text);
        assertTrue(text.contains("\"findings\": [],"), text);
        assertTrue(text.contains("\"fullgraph\": \"\\n") && text.contains("\\\"Giant\\\",\\\""),
                "fullgraph lists Giant's children: " + text);
        assertTrue(text.contains("\"badstacks\": \"Number of known direct relationships is "), text);
        assertTrue(text.trim().endsWith("}"), text);
    }

    @Test
    void simulateRefusesBadWitnessOptionsAsUsageErrors() {
        Run format = run("simulate", "builtin:syscall-mix-5.3", "--witness", "--witness-format", "4x");
        assertEquals(Cli.USAGE, format.exit());
        assertTrue(format.err().contains("--witness-format: unknown WITNESS format '4x'; expected one of 5x, 11x,"
                + " modern"), format.err());
        Run bless = run("simulate", "builtin:syscall-mix-5.3", "--witness", "--witness-bless", "Giant");
        assertEquals(Cli.USAGE, bless.exit());
        assertTrue(bless.err().contains("--witness-bless: 'Giant' is neither a pair of lock types 'A,B' nor an"
                + " acquisition point 'file:line'"), bless.err());
        Run alone = run("simulate", "builtin:syscall-mix-5.3", "--witness-format", "5x");
        assertEquals(Cli.USAGE, alone.exit());
        assertTrue(alone.err().contains("--witness-format and --witness-bless need --witness"), alone.err());
    }

    @Test
    void simulateRunsTheParallelModeWithItsScaleAndWritesJson() throws Exception {
        Path json = dir.resolve("parallel.json");
        Run run = run("simulate", "builtin:syscall-mix-5.3", "--mode", "parallel", "--duration", "200ms", "--json",
                json.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertTrue(run.out().contains("completed; parallel run at scale 1 (virtual ns per wall ns), results vary"),
                run.out());
        assertTrue(run.out().contains("throughput") && run.out().contains("Giant: held"), run.out());
        String text = Files.readString(json);
        assertTrue(text.contains("\"outcome\": \"completed\"") && text.contains("parallel run at scale 1 "), text);

        Run slow = run("simulate", "builtin:syscall-mix-5.3", "--mode", "parallel", "--scale", "0.5", "--duration",
                "10ms", "--cpus", "2");
        assertEquals(Cli.OK, slow.exit(), slow.err());
        assertTrue(slow.out().contains("2 CPUs") && slow.out().contains("parallel run at scale 0.5 "), slow.out());
    }

    @Test
    void simulateWithUleReportsMigrationsStealsAndIpis() throws Exception {
        Path json = dir.resolve("ule.json");
        Run run = run("simulate", "builtin:syscall-mix-target", "--cpus", "4", "--duration", "20ms", "--scheduler",
                "ule", "--json", json.toString());
        assertEquals(Cli.OK, run.exit(), run.err());
        assertTrue(run.out().contains("SCHED_ULE after FreeBSD 7.0"), run.out());
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("migrations (\\d+) \\((\\d+) stolen by idle CPUs\\), IPIs (\\d+)").matcher(run.out());
        assertTrue(m.find(), run.out());
        assertTrue(Long.parseLong(m.group(1)) > 0 && Long.parseLong(m.group(3)) > 0, m.group());
        String text = Files.readString(json);
        assertTrue(text.contains("\"migrations\": " + m.group(1) + ",") && text.contains("\"steals\": " + m.group(2)
                + ",") && text.contains("\"ipis\": " + m.group(3) + ","), text);
        Run bsd = run("simulate", "builtin:syscall-mix-target", "--cpus", "4", "--duration", "20ms", "--scheduler",
                "4BSD");
        assertEquals(Cli.OK, bsd.exit(), bsd.err());
        assertTrue(bsd.out().contains("SCHED_4BSD: one global run queue") && bsd.out().contains("(0 stolen"),
                bsd.out());
        Run bad = run("simulate", "builtin:syscall-mix-target", "--scheduler", "cfs");
        assertEquals(Cli.USAGE, bad.exit());
        assertTrue(bad.err().contains("unknown scheduler 'cfs'; use 4bsd or ule"), bad.err());
    }

    @Test
    void simulateRefusesBadOptionsAsUsageErrors() {
        Run mode = run("simulate", "builtin:syscall-mix-5.3", "--mode", "sideways");
        assertEquals(Cli.USAGE, mode.exit());
        assertTrue(mode.err().contains("unknown mode 'sideways'; use deterministic or parallel"), mode.err());
        Run scale = run("simulate", "builtin:syscall-mix-5.3", "--mode", "parallel", "--scale", "fast");
        assertEquals(Cli.USAGE, scale.exit());
        assertTrue(scale.err().contains("--scale takes a number"), scale.err());
        assertEquals(Cli.USAGE, run("simulate", "builtin:syscall-mix-5.3", "--mode", "parallel", "--scale", "0").exit());
        Run deterministicScale = run("simulate", "builtin:syscall-mix-5.3", "--scale", "2");
        assertEquals(Cli.USAGE, deterministicScale.exit());
        assertTrue(deterministicScale.err().contains("--scale only applies to --mode parallel"),
                deterministicScale.err());
        assertEquals(Cli.USAGE, run("simulate", "builtin:syscall-mix-5.3", "--duration", "soon").exit());
        assertEquals(Cli.USAGE, run("simulate", "builtin:syscall-mix-5.3", "--cpus", "0").exit());
        assertEquals(Cli.USAGE, run("simulate").exit());
        Run missing = run("simulate", "builtin:no-such-scenario");
        assertEquals(Cli.FAILED, missing.exit());
    }
}
