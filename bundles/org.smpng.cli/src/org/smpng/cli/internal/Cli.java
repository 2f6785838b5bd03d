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
