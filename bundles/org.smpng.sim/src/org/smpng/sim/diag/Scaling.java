package org.smpng.sim.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.UnsupportedFeatureException;

/**
 * A scaling comparison: the same scenario, seed and duration run on several CPU counts, one row per run with
 * throughput, speedup and efficiency against the first row, Giant's held and contended shares, the spin and idle
 * shares of CPU time, and context switches. This is the table the SMPng project argued with: under Giant, throughput
 * stops growing with CPUs while Giant's held share approaches 100%.
 */
public final class Scaling {

    /** One run of the comparison. */
    public record Row(int cpus, double throughputPerSecond, double speedup, double efficiency, double giantHeldShare,
            double giantContendedShare, double spinShare, double idleShare, long contextSwitches, String outcome) {
    }

    private Scaling() {
    }

    /** Runs {@code scenario} once per CPU count (other options as given) and returns the rows in that order. */
    public static List<Row> run(Scenario scenario, Simulation.Options options, int[] cpuCounts)
            throws UnsupportedFeatureException {
        List<SimResults> results = new ArrayList<>();
        for (int n : cpuCounts) {
            try (Simulation sim = Simulation.load(scenario, options.withCpus(n))) {
                results.add(sim.run());
            }
        }
        return rows(results);
    }

    /** The rows of already finished runs, the first being the baseline of speedup and efficiency. */
    public static List<Row> rows(List<SimResults> runs) {
        List<Row> rows = new ArrayList<>();
        double baseThroughput = runs.isEmpty() ? 0 : runs.get(0).throughputPerSecond();
        int baseCpus = runs.isEmpty() ? 1 : runs.get(0).cpus();
        for (SimResults r : runs) {
            double speedup = baseThroughput == 0 ? 0 : r.throughputPerSecond() / baseThroughput;
            double efficiency = speedup * baseCpus / r.cpus();
            rows.add(new Row(r.cpus(), r.throughputPerSecond(), speedup, efficiency, r.giantHeldShare(),
                    r.giantContendedShare(), r.utilisation()[SimResults.SPIN], r.utilisation()[SimResults.IDLE],
                    r.contextSwitches(), r.outcome()));
        }
        return rows;
    }

    public static String text(List<Row> rows) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%4s %14s %8s %10s %11s %12s %7s %7s %9s %s%n",
                "cpus", "operations/s", "speedup", "efficiency", "Giant held", "Giant cont.", "spin", "idle",
                "switches", "outcome"));
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%4d %14.0f %7.2fx %9.0f%% %10.1f%% %11.1f%% %6.1f%% %6.1f%% %9d %s%n",
                    r.cpus(), r.throughputPerSecond(), r.speedup(), 100 * r.efficiency(), 100 * r.giantHeldShare(),
                    100 * r.giantContendedShare(), 100 * r.spinShare(), 100 * r.idleShare(), r.contextSwitches(),
                    r.outcome()));
        }
        return b.toString();
    }

    public static String json(List<Row> rows) {
        StringBuilder b = new StringBuilder("{\"scaling\": [");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("  {\"cpus\": ").append(r.cpus()).append(", \"throughputPerSecond\": ")
                    .append(Json.number(r.throughputPerSecond())).append(", \"speedup\": ")
                    .append(Json.number(r.speedup())).append(", \"efficiency\": ").append(Json.number(r.efficiency()))
                    .append(", \"giantHeldShare\": ").append(Json.number(r.giantHeldShare()))
                    .append(", \"giantContendedShare\": ").append(Json.number(r.giantContendedShare()))
                    .append(", \"spinShare\": ").append(Json.number(r.spinShare())).append(", \"idleShare\": ")
                    .append(Json.number(r.idleShare())).append(", \"contextSwitches\": ").append(r.contextSwitches())
                    .append(", \"outcome\": ").append(Json.quote(r.outcome())).append('}');
        }
        return b.append("\n]}\n").toString();
    }
}
