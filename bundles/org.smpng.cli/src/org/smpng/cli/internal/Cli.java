package org.smpng.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.smpng.graph.AwtTextMeasurer;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphLayout;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.kernel.KernelLockGraphs;
import org.smpng.io.builtin.BuiltinModelGenerator;
import org.smpng.io.builtin.DataFormatException;
import org.smpng.io.svg.LockGraphSvgExporter;
import org.smpng.io.witness.OrderListFormatException;
import org.smpng.io.witness.OrderListImporter;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.ScenarioFactory;
import org.smpng.model.scenario.SchedulerKind;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.UnsupportedFeatureException;

/**
 * The command-line verbs of the product. Each verb prints what it did to {@code out}, problems to {@code err}, and
 * returns the exit code: 0 done, 1 the input or the output failed (message says which and why), 2 the command
 * line was wrong (message plus the verb's usage).
 */
public final class Cli {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: bad input or an I/O failure. */
    public static final int FAILED = 1;
    /** Exit code: the command line itself was wrong. */
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: smpng <verb> [options]

            Verbs:
              export-lock-graph --model SPEC [--format svg] -o FILE
                  Lays out the model's static lock order and writes it as a diagram.
              list-models
                  Lists the built-in models: kernels, machines, workloads and scenarios (use a kernel as
                  --model builtin:<id>).
              validate --model SPEC   (or: validate FILE)
                  Checks a model against its constraints (acyclic order, no sleep lock after a spin lock, ...);
                  exits with 1 and prints each problem if there are errors.
              import-order-list FILE -o OUT.xmi [--name NAME]
                  Reads a FreeBSD WITNESS order list (the format of shared/data/freebsd/witness_order_lists_*.txt)
                  and saves it as a kernel model.
              regenerate-builtins [--repo DIR]
                  Rebuilds the built-in models' XMI from the data in a repository clone (default: current folder).
              simulate MODEL [--mode deterministic] [--seed N] [--duration 1s] [--cpus N] [--scheduler 4bsd|ule]
                       [--json FILE]
                  Runs a scenario (builtin:<id> or a scenario file) in the simulation engine and prints throughput
                  per operation, CPU utilisation, context switches, preemptions, migrations, IPIs and Giant's
                  share; --json also writes them as JSON. --duration takes ns, us, ms or s (default: the
                  scenario's). --cpus N runs the scenario's machine rebuilt with N CPUs: the first N in cpuid
                  order, extra CPUs one per new package. --scheduler overrides the scenario's scheduler
                  (SCHED_4BSD or SCHED_ULE). Only the deterministic mode exists in this version.
              help
                  Shows this text.

            A model SPEC is builtin:<id> or the path of a kernel model (.xmi) file.
            """;

    private Cli() {
    }

    /** Runs the verb in {@code args[0]} with the remaining arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "export-lock-graph" -> exportLockGraph(rest, out);
                case "list-models" -> listModels(rest, out);
                case "validate" -> validate(rest, out, err);
                case "import-order-list" -> importOrderList(rest, out, err);
                case "regenerate-builtins" -> regenerateBuiltins(rest, out);
                case "simulate" -> simulate(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("unknown verb '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("smpng: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (ModelLoadException e) {
            err.println("smpng: " + e.getMessage());
            return FAILED;
        } catch (OrderListFormatException e) {
            err.println("smpng: " + e.getMessage());
            return FAILED;
        } catch (DataFormatException e) {
            err.println("smpng: " + e.getMessage());
            return FAILED;
        } catch (NoSuchFileException e) {
            err.println("smpng: no such file or folder: " + e.getFile());
            return FAILED;
        } catch (IOException e) {
            err.println("smpng: " + e.getMessage());
            return FAILED;
        }
    }

    private static int exportLockGraph(List<String> args, PrintStream out) throws UsageException,
            ModelLoadException, IOException {
        Arguments arguments = Arguments.parse(args, Set.of("--model", "--format", "--output"),
                Map.of("-o", "--output", "-f", "--format", "-m", "--model"));
        noOperands(arguments);
        KernelModel model = KernelModels.load(arguments.required("--model"));
        String format = arguments.option("--format").orElse("svg").toLowerCase(Locale.ROOT);
        if (!format.equals("svg")) {
            throw new UsageException("unknown format '" + format + "'; this version writes svg");
        }
        Path output = Path.of(arguments.required("--output"));
        LockGraphStyle style = LockGraphStyle.standard();
        LockGraph graph = KernelLockGraphs.of(model);
        LockGraphGeometry geometry = new LockGraphLayout(style).layout(graph, new AwtTextMeasurer(style));
        new LockGraphSvgExporter(style).write(geometry, output);
        out.printf(Locale.ROOT, "wrote %s: %d lock types, %d order edges, %.0f x %.0f%n", output,
                graph.nodes().size(), graph.edges().size(), geometry.width(), geometry.height());
        return OK;
    }

    private static int listModels(List<String> args, PrintStream out) throws UsageException {
        noOperands(Arguments.parse(args, Set.of(), Map.of()));
        for (BuiltinModel builtin : BuiltinModels.all()) {
            out.printf("%-27s %-8s %s%n%-36s %s%n", builtin.spec(), builtin.kind().word(), builtin.title(), "",
                    builtin.summary());
        }
        return OK;
    }

    private static int validate(List<String> args, PrintStream out, PrintStream err) throws UsageException,
            ModelLoadException {
        Arguments arguments = Arguments.parse(args, Set.of("--model"), Map.of("-m", "--model"));
        String spec = modelSpec(arguments);
        EObject root = KernelModels.loadResource(spec).getContents().get(0);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(root);
        if (diagnostic.getSeverity() < Diagnostic.WARNING) {
            out.println(spec + ": valid (" + describe(root) + ")");
            return OK;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            err.println(spec + ": " + severity(child) + ": " + child.getMessage());
        }
        return diagnostic.getSeverity() >= Diagnostic.ERROR ? FAILED : OK;
    }

    private static int importOrderList(List<String> args, PrintStream out, PrintStream err) throws UsageException,
            IOException, OrderListFormatException {
        Arguments arguments = Arguments.parse(args, Set.of("--output", "--name"), Map.of("-o", "--output"));
        if (arguments.operands().size() != 1) {
            throw new UsageException("import-order-list takes exactly one order list file");
        }
        Path input = Path.of(arguments.operands().get(0));
        Path output = Path.of(arguments.required("--output"));
        String name = arguments.option("--name").orElse(baseName(input));
        KernelModel model;
        try (InputStream in = Files.newInputStream(input)) {
            model = new OrderListImporter().importFrom(in, new OrderListImporter.Origin(name, input.toString(),
                    "smpng import-order-list"));
        }
        KernelModels.save(model, output);
        out.printf("wrote %s: %d lock types in %d chains, %d blessed pairs%n", output, model.getLockTypes().size(),
                model.getOrderChains().size(), model.getBlessedPairs().size());
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model);
        for (Diagnostic child : diagnostic.getChildren()) {
            err.println(output + ": " + severity(child) + ": " + child.getMessage());
        }
        return OK;
    }

    private static int simulate(List<String> args, PrintStream out, PrintStream err) throws UsageException,
            ModelLoadException, IOException {
        Arguments arguments = Arguments.parse(args,
                Set.of("--mode", "--seed", "--duration", "--cpus", "--scheduler", "--json", "--model"), Map.of());
        String spec = modelSpec(arguments);
        Simulation.Options options = Simulation.Options.DEFAULT;
        Optional<String> mode = arguments.option("--mode");
        if (mode.isPresent()) {
            switch (mode.get()) {
                case "deterministic" -> options = options.withMode(ExecutionMode.DETERMINISTIC);
                case "parallel" -> throw new UsageException(
                        "--mode parallel is not yet implemented in this version; use --mode deterministic");
                default -> throw new UsageException("unknown mode '" + mode.get() + "'; use deterministic");
            }
        }
        if (arguments.option("--seed").isPresent()) {
            options = options.withSeed(parseLong("--seed", arguments.option("--seed").get()));
        }
        if (arguments.option("--duration").isPresent()) {
            options = options.withDuration(parseDuration(arguments.option("--duration").get()));
        }
        if (arguments.option("--cpus").isPresent()) {
            long cpus = parseLong("--cpus", arguments.option("--cpus").get());
            if (cpus < 1 || cpus > 256) {
                throw new UsageException("--cpus must be between 1 and 256, not " + cpus);
            }
            options = options.withCpus((int) cpus);
        }
        SchedulerKind scheduler = null;
        if (arguments.option("--scheduler").isPresent()) {
            scheduler = switch (arguments.option("--scheduler").get().toLowerCase(Locale.ROOT)) {
                case "4bsd" -> SchedulerKind.FOUR_BSD;
                case "ule" -> SchedulerKind.ULE;
                default -> throw new UsageException("unknown scheduler '" + arguments.option("--scheduler").get()
                        + "'; use 4bsd or ule");
            };
        }
        Scenario scenario = KernelModels.load(spec, Scenario.class);
        if (scheduler != null) { // only the copy in memory: the scenario file is not changed
            if (scenario.getSettings() == null) {
                scenario.setSettings(ScenarioFactory.eINSTANCE.createEngineSettings());
            }
            scenario.getSettings().setScheduler(scheduler);
        }
        if (mode.isEmpty() && scenario.getSettings() != null
                && scenario.getSettings().getExecutionMode() == ExecutionMode.PARALLEL) {
            throw new UsageException("the scenario asks for the parallel mode, which is not yet implemented in this"
                    + " version; use --mode deterministic");
        }
        SimResults results;
        long start = System.nanoTime();
        try (Simulation sim = Simulation.load(scenario, options)) {
            results = sim.run();
        } catch (UnsupportedFeatureException e) {
            err.println("smpng: cannot simulate " + spec + ": " + e.getMessage());
            return FAILED;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        printSummary(out, spec, results, seconds);
        if (arguments.option("--json").isPresent()) {
            Path json = Path.of(arguments.option("--json").get());
            Files.writeString(json, results.toJson());
            out.println("wrote " + json);
        }
        if (results.failure() != null) {
            err.println("smpng: the run ended early: " + results.failure());
            return FAILED;
        }
        return OK;
    }

    private static void printSummary(PrintStream out, String spec, SimResults r, double realSeconds) {
        out.printf(Locale.ROOT, "%s (%s): %d CPUs, seed %d, %s of virtual time, %s%n", r.scenario(), spec, r.cpus(),
                r.seed(), formatNs(r.endTimeNs()), r.outcome());
        out.printf(Locale.ROOT, "  throughput %.0f operations/s (%d operations)%n", r.throughputPerSecond(),
                r.operationsCompleted());
        for (SimResults.OperationResult o : r.operations()) {
            out.printf(Locale.ROOT, "    %-12s %10.0f /s  %9d done  mean latency %s%n", o.name(), o.perSecond(),
                    o.completed(), formatNs(Math.round(o.meanLatencyNs())));
        }
        double[] u = r.utilisation();
        out.printf(Locale.ROOT, "  CPU time: user %.1f%%, kernel %.1f%%, spin %.1f%%, interrupt threads %.1f%%,"
                + " idle %.1f%%%n", 100 * u[SimResults.USER], 100 * u[SimResults.KERNEL], 100 * u[SimResults.SPIN],
                100 * u[SimResults.INTR], 100 * u[SimResults.IDLE]);
        out.printf(Locale.ROOT, "  context switches %d, preemptions %d, migrations %d (%d stolen by idle CPUs),"
                + " IPIs %d%n", r.contextSwitches(), r.preemptions(), r.migrations(), r.steals(), r.ipis());
        out.printf(Locale.ROOT, "  Giant: held %.1f%% of the time, %.1f%% of acquisitions contended, %.2f threads"
                + " waiting on average%n", 100 * r.giantHeldShare(), 100 * r.giantContendedShare(),
                r.giantMeanWaiters());
        out.println("  most waited-for locks:");
        r.locks().stream().filter(l -> l.waitNs() > 0).limit(5).forEach(l -> out.printf(Locale.ROOT,
                "    %-24s %-12s %9d acquisitions  %5.1f%% contended  wait %s%n", l.name(), l.lockClass(),
                l.acquisitions(), 100.0 * l.contended() / Math.max(1, l.acquisitions()),
                formatNs(Math.round(l.waitNs()))));
        if (!r.interrupts().isEmpty()) {
            out.println("  interrupt threads:");
            for (SimResults.InterruptResult i : r.interrupts()) {
                out.printf(Locale.ROOT, "    %-18s %-16s pri %3d  %8d handled  latency mean %s, max %s%n", i.name(),
                        i.thread(), i.priority(), i.handled(), formatNs(Math.round(i.meanLatencyNs())),
                        formatNs(i.maxLatencyNs()));
            }
        }
        for (String note : r.notes()) {
            out.println("  note: " + note);
        }
        out.printf(Locale.ROOT, "  %d events in %.2f s%n", r.events(), realSeconds);
    }

    private static String formatNs(long ns) {
        if (ns >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.3f s", ns / 1e9);
        }
        if (ns >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.3f ms", ns / 1e6);
        }
        if (ns >= 1_000L) {
            return String.format(Locale.ROOT, "%.1f us", ns / 1e3);
        }
        return ns + " ns";
    }

    private static long parseLong(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, not '" + value + "'");
        }
    }

    /** Parses 1s, 250ms, 500us, 1000ns or a plain number of nanoseconds. */
    static long parseDuration(String value) throws UsageException {
        String v = value.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        String number = v;
        for (String[] u : new String[][] { { "ns", "1" }, { "us", "1000" }, { "ms", "1000000" },
                { "s", "1000000000" } }) {
            if (v.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                number = v.substring(0, v.length() - u[0].length());
                break;
            }
        }
        try {
            double d = Double.parseDouble(number) * unit;
            if (!(d >= 1) || d > 3.6e12) {
                throw new UsageException("--duration must be between 1 ns and 1 hour, not '" + value + "'");
            }
            return Math.round(d);
        } catch (NumberFormatException e) {
            throw new UsageException("--duration takes a time such as 1s, 250ms, 500us or 1000ns, not '" + value
                    + "'");
        }
    }

    private static int regenerateBuiltins(List<String> args, PrintStream out) throws UsageException, IOException,
            OrderListFormatException, DataFormatException {
        Arguments arguments = Arguments.parse(args, Set.of("--repo"), Map.of());
        noOperands(arguments);
        Path repository = Path.of(arguments.option("--repo").orElse("."));
        for (Path written : BuiltinModelGenerator.regenerate(repository)) {
            out.println("wrote " + written);
        }
        return OK;
    }

    /** Returns the model named by {@code --model SPEC} or by a single operand, e.g. {@code validate my.xmi}. */
    private static String modelSpec(Arguments arguments) throws UsageException {
        List<String> operands = arguments.operands();
        if (arguments.option("--model").isPresent()) {
            noOperands(arguments);
            return arguments.option("--model").get();
        }
        if (operands.size() != 1) {
            throw new UsageException(operands.isEmpty() ? "missing option --model (or a model file)"
                    : "give one model, not " + operands.size());
        }
        return operands.get(0);
    }

    private static void noOperands(Arguments arguments) throws UsageException {
        if (!arguments.operands().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.operands().get(0) + "'");
        }
    }

    /** Describes a valid model in a few words: what it is and how big. */
    private static String describe(EObject root) {
        if (root instanceof KernelModel model) {
            return model.getLockTypes().size() + " lock types, " + model.getOrderChains().size() + " order chains";
        }
        int objects = 0;
        for (var contents = root.eAllContents(); contents.hasNext(); contents.next()) {
            objects++;
        }
        return "a " + root.eClass().getName() + " of " + (objects + 1) + " objects";
    }

    private static String severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> "error";
            case Diagnostic.WARNING -> "warning";
            default -> "info";
        };
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
