package org.smpng.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's own command line ({@code -f 1 -wi 2 -i 3}, benchmark name patterns, {@code -prof
 * jfr}, ...), then prints every result with its spread and, for benchmarks marked {@link ComparedWith}, the ratio
 * to the baseline measured in the same run. {@code ./smpng bench} runs this class.
 */
public final class BenchMain {

    /** One reported figure: a benchmark's primary score or one of its secondary results. */
    record Figure(String benchmark, String metric, String params, double score, double error, double min, double max,
            String unit) {

        /** The figure as host nanoseconds per operation (the unit is ops/TU or TU/op). */
        double nanosPerOp() {
            String[] parts = unit.split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("unit " + unit + " is neither ops/time nor time/op");
            }
            return parts[0].equals("ops") ? nanos(parts[1]) / score : score * nanos(parts[0]);
        }

        /** The name as printed: the benchmark without its package, the metric after a colon. */
        String label() {
            String b = benchmark.startsWith("org.smpng.bench.") ? benchmark.substring("org.smpng.bench.".length())
                    : benchmark;
            return b + (metric.isEmpty() ? "" : ":" + metric) + (params.isEmpty() ? "" : " (" + params + ")");
        }
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("smpng bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListProfilers()
                || options.shouldListResultFormats() || options.shouldListWithParams()) {
            org.openjdk.jmh.Main.main(args.length == 0 ? new String[] { "-h" } : args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        List<Figure> figures = figures(results);
        report(figures, System.out);
    }

    /** The primary and secondary results of every benchmark run. */
    static List<Figure> figures(Collection<RunResult> results) {
        List<Figure> figures = new ArrayList<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            String params = String.join(", ", p.getParamsKeys().stream().map(k -> k + "=" + p.getParam(k)).toList());
            figures.add(figure(p.getBenchmark(), "", params, r.getPrimaryResult()));
            for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
                figures.add(figure(p.getBenchmark(), e.getKey(), params, e.getValue()));
            }
        }
        return figures;
    }

    private static Figure figure(String benchmark, String metric, String params, Result<?> r) {
        return new Figure(benchmark, metric, params, r.getScore(), r.getScoreError(), r.getStatistics().getMin(),
                r.getStatistics().getMax(), r.getScoreUnit());
    }

    /** Prints the figures, then the ratio of each compared figure to its baseline. */
    static void report(List<Figure> figures, PrintStream out) {
        out.println();
        out.println("SMPng Workbench benchmarks (score ± 99.9% error; min..max over measurement iterations)");
        for (Figure f : figures) {
            out.printf(Locale.ROOT, "  %-90s %12s ± %-10s [%s .. %s] %s%n", f.label(), fmt(f.score()),
                    Double.isNaN(f.error()) ? "n/a" : fmt(f.error()), fmt(f.min()), fmt(f.max()), f.unit());
        }
        boolean header = false;
        for (Figure f : figures) {
            for (ComparedWith c : comparedWith(f.benchmark())) {
                if (!c.metric().equals(f.metric())) {
                    continue;
                }
                if (!header) {
                    out.println();
                    out.println("Ratios to baselines measured in this run (rate = the benchmark's operations per"
                            + " second / the baseline's; cost = host time per operation / the baseline's)");
                    header = true;
                }
                Figure base = figures.stream()
                        .filter(b -> b.benchmark().equals(c.benchmark()) && b.metric().isEmpty()).findFirst()
                        .orElse(null);
                if (base == null) {
                    out.printf(Locale.ROOT, "  %s: baseline %s was not run; run it too for the ratio%n", f.label(),
                            c.benchmark());
                    continue;
                }
                double costRatio = f.nanosPerOp() / base.nanosPerOp();
                out.printf(Locale.ROOT, "  %s%n      vs %s: rate %.4f, cost %.3f (%s ns/op vs %s ns/op)%n", f.label(),
                        base.label(), 1 / costRatio, costRatio, fmt(f.nanosPerOp()), fmt(base.nanosPerOp()));
            }
        }
    }

    /** The {@link ComparedWith} baselines of a benchmark method named class.method (none if it has none). */
    static ComparedWith[] comparedWith(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        try {
            Class<?> type = Class.forName(benchmark.substring(0, dot));
            for (Method m : type.getMethods()) {
                if (m.getName().equals(benchmark.substring(dot + 1))) {
                    return m.getAnnotationsByType(ComparedWith.class);
                }
            }
            return new ComparedWith[0];
        } catch (ClassNotFoundException e) {
            return new ComparedWith[0];
        }
    }

    private static double nanos(String timeUnit) {
        return switch (timeUnit) {
        case "ns" -> 1;
        case "us" -> 1e3;
        case "ms" -> 1e6;
        case "s" -> 1e9;
        case "min" -> 60e9;
        default -> throw new IllegalArgumentException("unknown time unit " + timeUnit);
        };
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return a >= 1e5 ? String.format(Locale.ROOT, "%.4g", v)
                : a >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
