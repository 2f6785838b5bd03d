package org.smpng.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the packaged product through its own launch script, as a user would after {@code ./smpng}: the headless
 * verbs without a display, and the workbench itself when a display is available.
 */
class ProductTest {

    private static final Path PRODUCT = Path.of(System.getProperty("smpng.product.dir", "missing"));

    /** The outcome of one run of the product. */
    private record Run(int exitCode, String output) {
    }

    private static Run run(Path workingDirectory, boolean withDisplay, String... args) throws Exception {
        Path script = PRODUCT.resolve("smpng-workbench");
        assertTrue(Files.isExecutable(script), "the product has no executable launch script at " + script);
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        if (!withDisplay) {
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
        }
        builder.environment().put("SMPNG_WORKSPACE", workingDirectory.resolve("workspace").toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the product did not finish");
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void exportsTheFreeBsd5xLockGraphAsSvgWithoutADisplay(@TempDir Path folder) throws Exception {
        Run run = run(folder, false, "export-lock-graph", "--model", "builtin:freebsd-5x", "--format", "svg",
                "-o", "lock-graph.svg");

        assertEquals(0, run.exitCode(), run.output());
        Path svg = folder.resolve("lock-graph.svg");
        assertTrue(Files.size(svg) > 10_000, "suspiciously small SVG");
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName() == null ? root.getNodeName() : root.getLocalName());
        assertTrue(root.getAttribute("viewBox").matches("0 0 [0-9.]+ [0-9.]+"), root.getAttribute("viewBox"));
        assertEquals(75, countByClass(document, "lock-node"), "one node per lock type of the 5.x order list");
        assertEquals(69, countByClass(document, "lock-edge"), "one edge per declared order pair");
        assertTrue(Files.readString(svg).contains(">Giant<"), "Giant is labelled");
    }

    @Test
    void exportsPdfAndGraphmlWithTheBundlesThePackagedProductCarries(@TempDir Path folder) throws Exception {
        // JFreePDF, JGraphT's io and its ANTLR runtime come into the product only through package imports.
        for (String file : new String[] { "lock-graph.pdf", "lock-graph.graphml" }) {
            Run run = run(folder, false, "export-lock-graph", "--model", "builtin:freebsd-5.0", "-o", file);
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(Files.size(folder.resolve(file)) > 2_000, file + " suspiciously small");
        }
        assertTrue(Files.readString(folder.resolve("lock-graph.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(Files.readString(folder.resolve("lock-graph.graphml")).contains("<graphml"));
    }

    @Test
    void helpListsTheContributedExportDiagramVerbAndWithoutADisplayItSaysWhatItNeeds(@TempDir Path folder)
            throws Exception {
        Run help = run(folder, false, "help");
        assertEquals(0, help.exitCode(), help.output());
        assertTrue(help.output().contains("  export-diagram --diagram routing|topology|run-queues|timeline --model SPEC"),
                help.output());

        Run run = run(folder, false, "export-diagram", "--diagram", "routing", "--model",
                "builtin:i386-smp-4cpu-2004", "-o", "routing.svg");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("needs an X display"), run.output());
        assertTrue(run.output().contains("xvfb-run"), run.output());
        assertTrue(!Files.exists(folder.resolve("routing.svg")), "nothing written");
    }

    @Test
    void exportsTheRunQueuesAndTheRoutingDiagramWithADisplay(@TempDir Path folder) throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display (./smpng test provides one with xvfb-run)");
        Run queues = run(folder, true, "export-diagram", "--diagram", "run-queues", "--model",
                "builtin:syscall-mix-5.3", "--at", "20ms", "-o", "queues.svg");
        assertEquals(0, queues.exitCode(), queues.output());
        String svg = Files.readString(folder.resolve("queues.svg"));
        assertTrue(svg.contains(">global run queue<") && svg.contains(">CPU 0  "), svg.substring(0, 400));
        assertTrue(svg.split("<text ").length > 10, "the lanes' texts are SVG text");

        Run routing = run(folder, true, "export-diagram", "--diagram", "routing", "--model",
                "builtin:i386-smp-4cpu-2004", "-o", "routing.pdf");
        assertEquals(0, routing.exitCode(), routing.output());
        assertTrue(Files.readString(folder.resolve("routing.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void reportsAMistypedVerbWithUsageAndExitCodeTwo(@TempDir Path folder) throws Exception {
        Run run = run(folder, false, "export-lock-grpah");

        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("unknown verb 'export-lock-grpah'"), run.output());
        assertTrue(run.output().contains("Usage: smpng"), run.output());
    }

    @Test
    void validatesEveryBuiltinModel(@TempDir Path folder) throws Exception {
        for (String id : List.of("freebsd-5.0", "freebsd-5x", "freebsd-7-current", "freebsd-head")) {
            Run run = run(folder, false, "validate", "--model", "builtin:" + id);
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains("builtin:" + id + ": valid"), run.output());
        }
    }

    @Test
    void opensTheWorkbenchWithTheBuiltinScenarioReadyToRunAndTheLockGraphOnItsKernel(@TempDir Path folder)
            throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display (./smpng test provides one with xvfb-run)");
        Path report = folder.resolve("smoke.txt");
        String previous = System.getenv("SMPNG_VMARGS");
        assumeTrue(previous == null || previous.isBlank(), "SMPNG_VMARGS is set; not overriding it");

        ProcessBuilder builder = new ProcessBuilder(PRODUCT.resolve("smpng-workbench").toString())
                .directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("SMPNG_WORKSPACE", folder.resolve("workspace").toString());
        builder.environment().put("SMPNG_VMARGS", "-Dsmpng.smoketest=" + report);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the workbench did not close after the smoke test");

        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.exists(report), "no smoke test report; workbench output:\n" + output);
        String text = Files.readString(report);
        assertTrue(text.contains("perspective\torg.smpng.ui.perspective"), text);
        assertTrue(text.contains("view\torg.smpng.ui.diagram.lockGraphView\tLock Graph: freebsd-5.3\t"
                + "org.smpng.ui.diagram.LockGraphView"), text);
        assertTrue(text.contains("view\torg.smpng.ui.diagram.simulationView\tSimulation\t"
                + "org.smpng.ui.diagram.live.SimulationView\tsyscall-mix-5.3"), text);
        assertTrue(text.contains("view\torg.eclipse.ui.views.PropertySheet"), text);
        assertTrue(!output.contains("Exception"), "the workbench logged an exception:\n" + output);
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    private static int countByClass(Document document, String cssClass) throws IOException {
        NodeList groups = document.getElementsByTagNameNS("*", "g");
        int count = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            if (cssClass.equals(((Element) groups.item(i)).getAttribute("class"))) {
                count++;
            }
        }
        return count;
    }
}
