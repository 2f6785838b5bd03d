package org.smpng.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.smpng.cli.Verb;
import org.smpng.cli.VerbUsageException;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.io.builtin.BuiltinModelGenerator;
import org.smpng.io.builtin.DataFormatException;
import org.smpng.io.export.ExportFormat;
import org.smpng.io.export.KernelLockGraphExport;
import org.smpng.io.witness.OrderListFormatException;
import org.smpng.io.witness.OrderListImporter;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Durations;
import org.smpng.sim.SimObserver;
import org.smpng.model.scenario.ScenarioFactory;
import org.smpng.model.scenario.SchedulerKind;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.sim.witness.Witness;
import org.smpng.sim.witness.WitnessEra;
import org.smpng.sim.analysis.BlockedByChains;
import org.smpng.sim.diag.ObserverTee;
import org.smpng.sim.diag.Scaling;

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
              export-lock-graph --model SPEC [--format svg|png|pdf|dot|graphml] -o FILE
                  Lays out the model's static lock order and writes it as a picture (SVG, PNG, PDF) or as
                  graph data with the layout's positions (Graphviz DOT, GraphML). Without --format, the
                  file's extension decides; SVG if it names no format.
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
              simulate MODEL [--mode deterministic|parallel] [--scale X] [--seed N] [--duration 1s] [--cpus N]
                       [--scheduler 4bsd|ule] [--json FILE] [--witness [--witness-format 5x|11x|modern] [--witness-bless 'A,B;file.c:123']]
                       [--lockprof FILE [--lockprof-mode all|contested]] [--ktr FILE [--ktr-mask M]
                       [--ktr-entries N]] [--trace-json FILE] [--report FILE]
                  Runs a scenario (builtin:<id> or a scenario file) in the simulation engine and prints throughput
                  per operation, CPU utilisation, context switches, preemptions, migrations, IPIs and Giant's
                  share; --json also
                  writes them as JSON. --duration takes ns, us, ms or s (default: the scenario's). --cpus N runs
                  the scenario's machine rebuilt with N CPUs: the first N in cpuid order, extra CPUs one per new
                  package; --cpus 1,2,4,8 runs once per count and prints a scaling table instead. --scheduler
                  overrides the scenario's scheduler (SCHED_4BSD or SCHED_ULE).
                  --mode deterministic (default) gives the same run for the same seed; --mode parallel
                  runs the modeled CPUs concurrently on the host's cores, paced to the wall clock at --scale
                  virtual ns per wall ns (default 1: real time; 0.1 is ten times slower), so runs vary.
                  --witness runs WITNESS: lock order reversals and lock misuse, printed as the chosen era's kernel
                  prints them (default modern) and written to the JSON with debug.witness.fullgraph and
                  badstacks; --witness-bless silences reversals of pairs 'A,B' and at acquisition points
                  'file:line' (';' between them).
                  --lockprof writes LOCK_PROFILING per acquisition point (debug.lock.prof.stats text; .csv or
                  .json by the file name; - for standard output). --ktr writes a KTR trace as ktrdump -ct with
                  KTRGRAPH records for schedgraph.py: --ktr-mask lock,sched,intr,proc (or all, or 0x20000008),
                  --ktr-entries N keeps only the newest N entries per CPU and reports how many were lost;
                  without it every entry is streamed. --trace-json writes a Chrome trace for Perfetto.
                  --report writes the run report: top contended locks, Giant by subsystem, priority inversion,
                  interrupt latency, per-CPU utilisation (text, or JSON for a .json file).
              help
                  Shows this text.
            %s
            A model SPEC is builtin:<id> or the path of a kernel model (.xmi) file.
            """;

    private Cli() {
    }

    /**
     * Runs the verb in {@code args[0]} with the remaining arguments: a built-in verb, or one contributed through
     * {@value ContributedVerb#EXTENSION_POINT} in the running platform.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ContributedVerb::fromRegistry);
    }

    /**
     * Runs the verb in {@code args[0]} with the remaining arguments; a verb that is not built in is looked up in
     * {@code contributions}, which are read at most once, and only then or for the usage text (so that a built-in
     * verb never reads the extension registry).
     */
    public static int run(String[] args, PrintStream out, PrintStream err,
            Supplier<List<ContributedVerb>> contributions) {
        Supplier<List<ContributedVerb>> contributed = once(contributions);
        Supplier<String> usageText = () -> usage(contributed);
        if (args.length == 0) {
            err.print(usageText.get());
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
                    out.print(usageText.get());
                    yield OK;
                }
                default -> runContributed(args[0], rest, out, err, contributed.get());
            };
        } catch (UsageException e) {
            err.println("smpng: " + e.getMessage());
            err.print(usageText.get());
            return USAGE;
        } catch (VerbUsageException e) {
            err.println("smpng: " + args[0] + ": " + e.getMessage());
            err.print(usageText.get());
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

    /** {@code supplier}, asked at most once (reading the extension registry is not free). */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        List<T> value = new ArrayList<>(1);
        return () -> {
            if (value.isEmpty()) {
                value.add(supplier.get());
            }
            return value.get(0);
        };
    }

    /** The usage text: the built-in verbs, then the contributed ones (none when the registry cannot be read). */
    private static String usage(Supplier<List<ContributedVerb>> contributed) {
        StringBuilder more = new StringBuilder();
        List<ContributedVerb> verbs;
        try {
            verbs = contributed.get();
        } catch (RuntimeException e) {
            verbs = List.of();
        }
        for (ContributedVerb v : verbs) {
            String[] lines = v.usage().strip().split("\\R");
            more.append("  ").append(lines[0].strip()).append('\n');
            for (int i = 1; i < lines.length; i++) {
                // Leading blanks are kept, so a contribution can indent a continued synopsis further.
                more.append("      ").append(lines[i].stripTrailing()).append('\n');
            }
        }
        return USAGE_TEXT.formatted(more);
    }

    /** Runs a verb contributed by another bundle, or says that there is no such verb. */
    private static int runContributed(String name, List<String> args, PrintStream out, PrintStream err,
            List<ContributedVerb> contributed) throws UsageException, VerbUsageException {
        for (ContributedVerb v : contributed) {
            if (v.name().equals(name)) {
                Verb verb;
                try {
                    verb = v.make().get();
                } catch (IllegalStateException e) {
                    err.println("smpng: " + e.getMessage());
                    return FAILED;
                }
                return verb.run(args, out, err);
            }
        }
        throw new UsageException("unknown verb '" + name + "'");
    }

    private static int exportLockGraph(List<String> args, PrintStream out) throws UsageException,
            ModelLoadException, IOException {
        Arguments arguments = Arguments.parse(args, Set.of("--model", "--format", "--output"),
                Map.of("-o", "--output", "-f", "--format", "-m", "--model"));
        noOperands(arguments);
        KernelModel model = KernelModels.load(arguments.required("--model"));
        Path output = Path.of(arguments.required("--output"));
        // Without --format, the output file's extension says which format; neither means SVG.
        ExportFormat format;
        try {
            format = arguments.option("--format").map(ExportFormat::parse)
                    .orElse(ExportFormat.ofFile(output) != null ? ExportFormat.ofFile(output) : ExportFormat.SVG);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        LockGraphGeometry geometry = KernelLockGraphExport.write(model, format, output);
        out.printf(Locale.ROOT, "wrote %s (%s): %d lock types, %d order edges, %.0f x %.0f%n", output,
                format.description(), geometry.nodes().size(), geometry.edges().size(), geometry.width(),
                geometry.height());
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
        List<String> rest = new ArrayList<>(args);
        boolean witnessOn = rest.remove("--witness"); // a flag: Arguments takes only options with values
        Set<String> known = new java.util.HashSet<>(Set.of("--mode", "--scale", "--seed", "--duration", "--cpus",
                "--scheduler", "--json", "--model", "--witness-format", "--witness-bless"));
        known.addAll(RunDiagnostics.OPTIONS);
        Arguments arguments = Arguments.parse(rest, known, Map.of());
        Optional<Witness.Options> witnessOptions = witnessOptions(arguments, witnessOn);
        String spec = modelSpec(arguments);
        Simulation.Options options = Simulation.Options.DEFAULT;
        Optional<String> mode = arguments.option("--mode");
        if (mode.isPresent()) {
            switch (mode.get()) {
                case "deterministic" -> options = options.withMode(ExecutionMode.DETERMINISTIC);
                case "parallel" -> options = options.withMode(ExecutionMode.PARALLEL);
                default -> throw new UsageException("unknown mode '" + mode.get() + "'; use deterministic or parallel");
            }
        }
        Optional<String> scale = arguments.option("--scale");
        if (scale.isPresent()) {
            double x;
            try {
                x = Double.parseDouble(scale.get());
            } catch (NumberFormatException e) {
                throw new UsageException("--scale takes a number of virtual ns per wall ns, not '" + scale.get() + "'");
            }
            if (!(x >= 1e-6 && x <= 1e6)) {
                throw new UsageException("--scale must be between 0.000001 and 1000000 virtual ns per wall ns, not "
                        + scale.get());
            }
            options = options.withScale(x);
        }
        if (arguments.option("--seed").isPresent()) {
            options = options.withSeed(parseLong("--seed", arguments.option("--seed").get()));
        }
        if (arguments.option("--duration").isPresent()) {
            options = options.withDuration(parseDuration(arguments.option("--duration").get()));
        }
        int[] cpuList = arguments.option("--cpus").filter(c -> c.contains(",")).isPresent()
                ? cpuList(arguments.option("--cpus").get()) : null;
        if (cpuList == null && arguments.option("--cpus").isPresent()) {
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
        ExecutionMode runMode = Simulation.modeOf(scenario, options);
        if (scale.isPresent() && runMode != ExecutionMode.PARALLEL) {
            throw new UsageException("--scale only applies to --mode parallel (the deterministic mode does not"
                    + " follow the wall clock)");
        }
        Witness witness;
        try {
            witness = witnessOptions.isEmpty() ? null : Witness.forKernel(scenario.getKernel(), witnessOptions.get());
        } catch (IllegalArgumentException e) {
            err.println("smpng: cannot run WITNESS on " + spec + ": " + e.getMessage());
            return FAILED;
        }
        if (cpuList != null) {
            return scale(arguments, scenario, options, cpuList, spec, out, err);
        }
        SimResults results;
        long start = System.nanoTime();
        try (RunDiagnostics diagnostics = RunDiagnostics.of(arguments)) {
            SimObserver observer = witness == null ? diagnostics.observer()
                    : ObserverTee.of(List.of(diagnostics.observer(), witness));
            List<String> blockedBy;
            try (Simulation sim = Simulation.load(scenario, options, observer)) {
                results = sim.run();
                blockedBy = sim.latestSnapshot() == null ? List.of()
                        : BlockedByChains.of(sim.latestSnapshot()).stream().map(Object::toString).toList();
            } catch (UnsupportedFeatureException e) {
                err.println("smpng: cannot simulate " + spec + ": " + e.getMessage());
                return FAILED;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            printSummary(out, spec, results, seconds,
                    runMode == ExecutionMode.PARALLEL ? options.effectiveScale() : Double.NaN);
            if (witness != null) {
                out.printf("WITNESS (%s format): %d finding(s)%n", witness.options().era().label(),
                        witness.findings().size());
                witness.findings().forEach(f -> out.print(f.text()));
            }
            if (arguments.option("--json").isPresent()) {
                Path json = Path.of(arguments.option("--json").get());
                String text = results.toJson();
                if (witness != null) { // one more member of the results object
                    text = text.substring(0, text.lastIndexOf('}')).stripTrailing() + ",\n  \"witness\": "
                            + witness.toJson() + "\n}\n";
                }
                Files.writeString(json, text);
                out.println("wrote " + json);
            }
            diagnostics.finish(results, blockedBy, witness == null ? null : witness.findings().stream()
                    .map(f -> f.kind() + ": " + String.join(" -> ", f.locks()) + " @ " + String.join(", ", f.sites())
                            + " (" + f.thread() + ")")
                    .toList(), out);
        }
        if (results.failure() != null) {
            err.println("smpng: the run ended early: " + results.failure());
            return FAILED;
        }
        return OK;
    }

    /** The WITNESS options of simulate, or empty without --witness (then the other witness options are refused). */
    private static Optional<Witness.Options> witnessOptions(Arguments arguments, boolean on) throws UsageException {
        Optional<String> format = arguments.option("--witness-format");
        Optional<String> bless = arguments.option("--witness-bless");
        if (!on) {
            if (format.isPresent() || bless.isPresent()) {
                throw new UsageException("--witness-format and --witness-bless need --witness");
            }
            return Optional.empty();
        }
        Witness.Options options;
        try {
            options = Witness.Options.of(WitnessEra.of(format.orElse("modern")));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--witness-format: " + e.getMessage());
        }
        for (String entry : bless.map(b -> b.split(";")).orElse(new String[0])) {
            String item = entry.strip();
            int comma = item.indexOf(',');
            if (comma > 0 && comma < item.length() - 1) {
                options = options.blessPair(item.substring(0, comma).strip(), item.substring(comma + 1).strip());
            } else if (item.matches("\\S+:\\d+")) {
                options = options.blessSite(item);
            } else {
                throw new UsageException("--witness-bless: '" + item + "' is neither a pair of lock types 'A,B' nor"
                        + " an acquisition point 'file:line'");
            }
        }
        return Optional.of(options);
    }

    /** {@code simulate --cpus 1,2,4}: the scaling comparison, one run per CPU count, as a table (and --json). */
    private static int scale(Arguments arguments, Scenario scenario, Simulation.Options options, int[] cpus,
            String spec, PrintStream out, PrintStream err) throws UsageException, IOException {
        for (String o : RunDiagnostics.OPTIONS) {
            if (arguments.option(o).isPresent()) {
                throw new UsageException(o + " needs a single run; give --cpus one number, not a list");
            }
        }
        List<Scaling.Row> rows;
        try {
            rows = Scaling.run(scenario, options, cpus);
        } catch (UnsupportedFeatureException e) {
            err.println("smpng: cannot simulate " + spec + ": " + e.getMessage());
            return FAILED;
        }
        out.println(scenario.getName() + " (" + spec + "): scaling with the number of CPUs");
        out.print(Scaling.text(rows));
        if (arguments.option("--json").isPresent()) {
            Path json = Path.of(arguments.option("--json").get());
            Files.writeString(json, Scaling.json(rows));
            out.println("wrote " + json);
        }
        return rows.stream().allMatch(r -> r.outcome().equals("completed")) ? OK : FAILED;
    }

    /** Parses {@code --cpus 1,2,4,8}: distinct counts from 1 to 256, in the order given. */
    private static int[] cpuList(String value) throws UsageException {
        String[] parts = value.split(",");
        int[] cpus = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long n = parseLong("--cpus", parts[i].trim());
            if (n < 1 || n > 256) {
                throw new UsageException("--cpus counts must be between 1 and 256, not " + n);
            }
            cpus[i] = (int) n;
            for (int k = 0; k < i; k++) {
                if (cpus[k] == n) {
                    throw new UsageException("--cpus lists " + n + " twice");
                }
            }
        }
        return cpus;
    }

    /** {@code parallelScale} is NaN for a deterministic run. */
    private static void printSummary(PrintStream out, String spec, SimResults r, double realSeconds,
            double parallelScale) {
        out.printf(Locale.ROOT, "%s (%s): %d CPUs, seed %d, %s of virtual time, %s%s%n", r.scenario(), spec, r.cpus(),
                r.seed(), formatNs(r.endTimeNs()), r.outcome(), Double.isNaN(parallelScale) ? ""
                        : String.format(Locale.ROOT, "; parallel run at scale %s (virtual ns per wall ns),"
                                + " results vary from run to run", java.math.BigDecimal.valueOf(parallelScale)
                                        .stripTrailingZeros().toPlainString()));
        out.printf(Locale.ROOT, "  throughput %.0f operations/s (%d operations)%n", r.throughputPerSecond(),
                r.operationsCompleted());
        for (SimResults.OperationResult o : r.operations()) {
            out.printf(Locale.ROOT, "    %-12s %10.0f /s  %9d done  mean latency %s%n", o.name(), o.perSecond(),
                    o.completed(), formatNs(Math.round(o.meanLatencyNs())));
        }
        double[] u = r.utilisation();
        out.printf(Locale.ROOT, "  CPU time: user %.1f%%, kernel %.1f%%, spin %.1f%%, interrupt %.1f%%,"
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
            out.println("  interrupts by source (latency from assertion to handler start):");
            for (SimResults.InterruptResult i : r.interrupts()) {
                out.printf(Locale.ROOT, "    %-12s %-20s %-7s %10.0f /s  cpu %-9s %s%n", i.name(), i.thread(),
                        i.handlerKind(), i.ratePerSecond(), cpus(i), i.priority() < 0 ? "no ithread"
                                : "ithread pri " + i.priority());
                for (SimResults.LatencyResult l : i.latencies()) {
                    out.printf(Locale.ROOT, "      %-7s latency mean %s, p99 %s, max %s (%d handled)%n",
                            l.handlerKind(), formatNs(Math.round(l.meanNs())), formatNs(l.p99Ns()),
                            formatNs(l.maxNs()), l.count());
                }
            }
        }
        for (String note : r.notes()) {
            out.println("  note: " + note);
        }
        out.printf(Locale.ROOT, "  %d events in %.2f s%n", r.events(), realSeconds);
    }

    /** The CPUs a source's handlers started on: "2", "0-3" for a contiguous set, "0,2" otherwise, "-" for none. */
    private static String cpus(SimResults.InterruptResult i) {
        List<Integer> ids = i.cpus().stream().map(SimResults.CpuShare::cpuId).sorted().toList();
        if (ids.isEmpty()) {
            return "-";
        }
        if (ids.size() > 2 && ids.get(ids.size() - 1) - ids.get(0) == ids.size() - 1) {
            return ids.get(0) + "-" + ids.get(ids.size() - 1);
        }
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
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
        try {
            double d = Durations.parseNs(value);
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
