package org.smpng.ui.diagram.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.smpng.cli.Verb;
import org.smpng.cli.VerbUsageException;
import org.smpng.io.export.ExportFormat;
import org.smpng.io.ktr.KtrFormatException;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.machine.Machine;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Durations;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.ui.diagram.MachineDiagram;
import org.smpng.ui.diagram.live.RunQueuesDiagram;
import org.smpng.ui.diagram.live.TimelineDiagram;

/**
 * {@code ./smpng export-diagram --diagram routing|topology|run-queues|timeline --model SPEC [--at 20ms]
 * [--format svg|png|pdf] [--scale N] -o FILE} (a timeline also {@code [--span 5ms] [--width 1400]}, or
 * {@code --ktr TRACE [--from T]} instead of a model): draws a diagram exactly as the workbench draws it — the machine
 * editors' viewer and edit parts, the Run Queues view's figure on a scenario run to {@code --at}, the Timeline view's
 * figure on the last {@code --span} of such a run or of a KTR trace — on a hidden
 * shell, and writes it through {@link DiagramExporter}, the same code as the views' and editors' Export Diagram.
 * Contributed to the command line through {@code org.smpng.cli.verbs} because it needs SWT, which the headless
 * command-line bundle must not use; SWT needs an X display ({@code ./smpng} starts one with {@code xvfb-run} when
 * there is none).
 */
public final class ExportDiagramVerb implements Verb {

    /** The instant drawn for run-queues when {@code --at} is not given. */
    static final String DEFAULT_AT = "20ms";

    /** The window a timeline shows when {@code --span} is not given, and its width in pixels. */
    static final String DEFAULT_SPAN = "5ms";
    static final int DEFAULT_WIDTH = 1400;

    private static final List<String> OPTIONS = List.of("--diagram", "--model", "--at", "--format", "--scale",
            "--output", "--ktr", "--span", "--from", "--width");
    private static final Map<String, String> ALIASES = Map.of("-o", "--output", "-d", "--diagram", "-m", "--model",
            "-f", "--format");
    private static final List<String> DIAGRAMS = List.of("routing", "topology", "run-queues", "timeline");

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws VerbUsageException {
        Map<String, String> options = parse(args);
        String diagram = required(options, "--diagram");
        if (!DIAGRAMS.contains(diagram)) {
            throw new VerbUsageException("unknown diagram '" + diagram + "'; the diagrams are "
                    + String.join(", ", DIAGRAMS));
        }
        boolean timeline = diagram.equals("timeline");
        String trace = options.get("--ktr");
        if (trace != null && !timeline) {
            throw new VerbUsageException("--ktr is for the timeline diagram");
        }
        for (String o : List.of("--span", "--from", "--width")) {
            if (options.containsKey(o) && !timeline) {
                throw new VerbUsageException(o + " is for the timeline diagram");
            }
        }
        if (trace != null && (options.containsKey("--model") || options.containsKey("--at"))) {
            throw new VerbUsageException("--ktr draws a trace file: give it without --model and --at");
        }
        if (options.containsKey("--from") && trace == null) {
            throw new VerbUsageException("--from is for a --ktr trace; a run is drawn up to --at");
        }
        String spec = trace != null ? null : required(options, "--model");
        Path output = Path.of(required(options, "--output"));
        ExportFormat format = format(options.get("--format"), output);
        double scale = scale(options.get("--scale"));
        if (options.containsKey("--at") && !diagram.equals("run-queues") && !timeline) {
            throw new VerbUsageException("--at is for the run-queues and timeline diagrams; the " + diagram
                    + " diagram draws a model, not a run");
        }
        long atNs = duration("--at", options.getOrDefault("--at", DEFAULT_AT));
        long spanNs = duration("--span", options.getOrDefault("--span", DEFAULT_SPAN));
        if (spanNs <= 0) {
            throw new VerbUsageException("--span: the timeline's window must be longer than 0");
        }
        long fromNs = options.containsKey("--from") ? duration("--from", options.get("--from")) : -1;
        int width = width(options.get("--width"));

        Display display = Display.getCurrent();
        boolean ownDisplay = display == null;
        if (ownDisplay) {
            try {
                display = new Display();
            } catch (SWTError | UnsatisfiedLinkError e) {
                err.println("smpng: export-diagram draws the diagram with SWT, which needs an X display, and none"
                        + " could be opened (DISPLAY=" + (System.getenv("DISPLAY") == null ? "unset"
                                : System.getenv("DISPLAY")) + ": " + e.getMessage() + "). Run it through ./smpng,"
                        + " which starts a virtual display with xvfb-run, or under xvfb-run -a.");
                return FAILED;
            }
        }
        Shell shell = new Shell(display);
        try {
            IFigure figure;
            String title;
            if (timeline) {
                TimelineDiagram t = trace != null
                        ? TimelineDiagram.ofTrace(shell, Path.of(trace), fromNs, spanNs, width)
                        : TimelineDiagram.at(shell, KernelModels.load(spec, Scenario.class), atNs, spanNs, width);
                figure = t.figure();
                title = String.format(Locale.ROOT, "Timeline: %s, %.3f to %.3f ms", trace != null
                        ? Path.of(trace).getFileName() : spec, t.figure().visibleStart() / 1e6,
                        (t.figure().visibleStart() + t.figure().visibleSpan()) / 1e6);
            } else if (diagram.equals("run-queues")) {
                Scenario scenario = KernelModels.load(spec, Scenario.class);
                RunQueuesDiagram runQueues = RunQueuesDiagram.at(shell, scenario, atNs);
                figure = runQueues.figure();
                title = String.format(Locale.ROOT, "Run Queues: %s at %.3f ms", scenario.getName(),
                        runQueues.snapshot().timeNs() / 1e6);
            } else {
                MachineDiagram kind = diagram.equals("routing") ? MachineDiagram.ROUTING : MachineDiagram.TOPOLOGY;
                Machine machine = machine(spec, kind);
                GraphicalViewer viewer = kind.show(shell, machine);
                figure = DiagramSource.printableLayers(viewer);
                title = machine.getName() + " (" + kind.title() + ")";
            }
            DiagramExporter exporter = new DiagramExporter(DiagramExporter.DEFAULT_MARGIN, scale);
            Rectangle extent = DiagramExporter.extent(figure);
            exporter.write(figure, format, output, title);
            Dimension size = exporter.pictureSize(extent, format);
            out.printf(Locale.ROOT, "wrote %s (%s): %s, %d x %d%s%n", output, format.description(), title,
                    size.width, size.height, format == ExportFormat.PNG ? " pixels" : "");
            return OK;
        } catch (ModelLoadException | UnsupportedFeatureException | KtrFormatException e) {
            err.println("smpng: " + e.getMessage());
        } catch (NoSuchFileException e) {
            err.println("smpng: cannot write " + output + ": the folder " + e.getFile() + " does not exist");
        } catch (IOException e) {
            err.println("smpng: cannot write " + output + ": " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("smpng: " + e.getMessage());
        } finally {
            shell.dispose();
            if (ownDisplay) {
                display.dispose();
            }
        }
        return FAILED;
    }

    /** The machine a diagram draws: the model itself, or the machine a scenario runs on. */
    private static Machine machine(String spec, MachineDiagram kind) throws ModelLoadException {
        EObject root = KernelModels.load(spec, EObject.class);
        if (root instanceof Machine m) {
            return m;
        }
        if (root instanceof Scenario s && s.getMachine() != null) {
            return s.getMachine();
        }
        throw new ModelLoadException(spec + " is a " + root.eClass().getName() + " model; the " + kind.word()
                + " diagram draws a machine (e.g. builtin:i386-smp-4cpu-2004) or the machine of a scenario");
    }

    private static Map<String, String> parse(List<String> args) throws VerbUsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg, value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            name = ALIASES.getOrDefault(name, name);
            if (!OPTIONS.contains(name)) {
                throw new VerbUsageException(arg.startsWith("-") ? "unknown option " + arg
                        : "unexpected argument '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new VerbUsageException("option " + arg + " needs a value");
                }
                value = args.get(++i);
            }
            if (options.put(name, value) != null) {
                throw new VerbUsageException("option " + name + " is given twice");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) throws VerbUsageException {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new VerbUsageException("missing option " + name);
        }
        return v;
    }

    /** The format given, else the file's extension, else SVG; only pictures. */
    private static ExportFormat format(String name, Path output) throws VerbUsageException {
        ExportFormat f;
        if (name == null) {
            f = ExportFormat.ofFile(output);
            return f != null && f.isPicture() ? f : ExportFormat.SVG;
        }
        try {
            f = ExportFormat.parse(name);
        } catch (IllegalArgumentException e) {
            f = null;
        }
        if (f == null || !f.isPicture()) {
            throw new VerbUsageException("--format: a diagram exports as " + Arrays.stream(ExportFormat.values())
                    .filter(ExportFormat::isPicture).map(ExportFormat::extension).collect(Collectors.joining(", "))
                    + ", not '" + name + "'");
        }
        return f;
    }

    private static int width(String value) throws VerbUsageException {
        if (value == null) {
            return DEFAULT_WIDTH;
        }
        try {
            int w = Integer.parseInt(value.strip());
            if (w >= 300 && w <= 20_000) {
                return w;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new VerbUsageException("--width: a width in pixels from 300 to 20000, not '" + value + "'");
    }

    private static double scale(String value) throws VerbUsageException {
        if (value == null) {
            return 1;
        }
        try {
            double s = Double.parseDouble(value);
            if (s > 0 && s <= 8) {
                return s;
            }
        } catch (NumberFormatException e) {
            // Reported below with the allowed range.
        }
        throw new VerbUsageException("--scale takes PNG pixels per screen pixel, above 0 and at most 8, not '"
                + value + "'");
    }

    /** Parses 20ms, 1.5s, 500us, 1000ns or a plain number of nanoseconds. */
    static long duration(String option, String value) throws VerbUsageException {
        try {
            double d = Durations.parseNs(value);
            if (d >= 0 && d <= 3.6e12) {
                return Math.round(d);
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new VerbUsageException(option + " takes a time of the run such as 20ms, 1.5s or 500us (at most 1 hour),"
                + " not '" + value + "'");
    }
}
