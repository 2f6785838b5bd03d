package org.smpng.sim.diag;

import java.util.List;
import java.util.Locale;

import org.smpng.sim.SimResults;

/**
 * The run report: the top contended locks, Giant's share and the subsystems that hold it, the priority inversion
 * summary, interrupt latencies and per-CPU utilisation, as text for people and JSON for tools.
 *
 * @param results the run's results
 * @param analysis what {@link RunAnalysis} found
 * @param latencies interrupt latency per source
 * @param profile the LOCK_PROFILING data, or null when profiling was off
 * @param blockedBy the blocked-by chains at the end of the run, one line each
 *        ({@link org.smpng.sim.analysis.BlockedByChains}); empty when nobody waits
 * @param witness the WITNESS findings, one summary line each ("kind: locks @ sites"), or null when WITNESS was off
 */
public record RunReport(SimResults results, RunAnalysis.Result analysis, List<InterruptLatencies.Summary> latencies,
        LockProfiler profile, List<String> blockedBy, List<String> witness) {

    /** A report without blocked-by chains and without WITNESS. */
    public RunReport(SimResults results, RunAnalysis.Result analysis, List<InterruptLatencies.Summary> latencies,
            LockProfiler profile) {
        this(results, analysis, latencies, profile, List.of(), null);
    }

    /** How many locks and profiling points the report lists. */
    public static final int TOP = 10;

    public String text() {
        StringBuilder b = new StringBuilder();
        SimResults r = results;
        RunAnalysis.Result a = analysis;
        b.append(String.format(Locale.ROOT, "Run report: %s, %d CPUs, seed %d, %s of virtual time, %s%n", r.scenario(),
                r.cpus(), r.seed(), ns(r.endTimeNs()), r.outcome()));
        b.append(String.format(Locale.ROOT, "%nTop contended locks (by wait time):%n"));
        b.append(String.format(Locale.ROOT, "  %-28s %-12s %12s %10s %10s %12s %12s%n", "lock", "class",
                "acquisitions", "contended", "share", "wait", "hold"));
        a.contention().stream().filter(c -> c.contended() > 0).limit(TOP).forEach(c -> b.append(String.format(
                Locale.ROOT, "  %-28s %-12s %12d %10d %9.1f%% %12s %12s%n", c.lock(), c.lockClass(), c.acquisitions(),
                c.contended(), 100 * c.contendedShare(), ns(c.waitNs()), ns(c.holdNs()))));
        b.append(String.format(Locale.ROOT, "%nGiant: held %.1f%% of the time, %.1f%% of acquisitions contended%n",
                100 * a.giantHeldShare(), 100 * r.giantContendedShare()));
        for (RunAnalysis.GiantShare g : a.giant()) {
            b.append(String.format(Locale.ROOT, "  %-34s held %5.1f%% (%s), %d acquisitions, %d contended, waited %s%n",
                    g.subsystem(), 100 * g.heldShare(), ns(g.holdNs()), g.acquisitions(), g.contended(),
                    ns(g.waitNs())));
        }
        b.append(String.format(Locale.ROOT, "%nPriority inversion (a thread waiting for a lock whose owner has a worse"
                + " base priority):%n"));
        inversion(b, "with propagation (sleep mutexes, turnstiles)", a.withPropagation());
        inversion(b, "without propagation (sx, lockmgr, spin)", a.withoutPropagation());
        a.inversions().stream().sorted((x, y) -> Long.compare(y.durationNs(), x.durationNs())).limit(5)
                .forEach(e -> b.append(String.format(Locale.ROOT,
                        "    %s (pri %d) waited %s for %s held by %s (base pri %d)%s, owner runnable %s%s%n",
                        e.waiter(), e.waiterPriority(), ns(e.durationNs()), e.lock(), e.owner(), e.ownerBasePriority(),
                        e.lent() ? ", priority lent" : "", ns(e.ownerRunnableNs()), e.open() ? " (open at end)" : "")));
        if (!latencies.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nInterrupt latency (assertion to handler start):%n"));
            for (List<InterruptLatencies.Summary> kind : InterruptLatencies.byKind(latencies)) {
                b.append("  ").append(kind.get(0).handlerKind()).append(String.format(Locale.ROOT, ":%n"));
                for (InterruptLatencies.Summary s : kind) {
                    b.append(String.format(Locale.ROOT, "    %-18s pri %3d %9d handled  mean %s, max %s%s%n", s.irq(),
                            s.priority(), s.handled(), ns(Math.round(s.meanNs())), ns(s.maxNs()),
                            s.hasDistribution() ? ", p50 " + ns(s.p50Ns()) + ", p99 " + ns(s.p99Ns()) : ""));
                }
            }
        }
        b.append(String.format(Locale.ROOT, "%nCPU utilisation:%n"));
        for (RunAnalysis.CpuUtilisation c : a.cpus()) {
            b.append(String.format(Locale.ROOT,
                    "  %-6s busy %5.1f%% (interrupt threads %5.1f%%, spinning %5.1f%%), idle %5.1f%%, %d switches%n",
                    c.cpu(), 100 * c.busy(), 100 * c.interruptThreads(), 100 * c.spin(), 100 * c.idle(),
                    c.switches()));
        }
        b.append(String.format(Locale.ROOT, "%nBlocked-by chains at the end of the run:%n"));
        if (blockedBy.isEmpty()) {
            b.append(String.format(Locale.ROOT, "  none: no thread waits for a lock%n"));
        }
        blockedBy.forEach(c -> b.append("  ").append(c).append(String.format(Locale.ROOT, "%n")));
        if (witness != null) {
            b.append(String.format(Locale.ROOT, "%nWITNESS: %d finding(s)%n", witness.size()));
            witness.forEach(w -> b.append("  ").append(w).append(String.format(Locale.ROOT, "%n")));
        }
        if (profile != null) {
            b.append(String.format(Locale.ROOT, "%n")).append(profile.lockstatText(LockProfiler.Ranking.WAIT_TIME, TOP));
            b.append(String.format(Locale.ROOT, "%n")).append(profile.lockstatText(LockProfiler.Ranking.CONTENTION, TOP));
        }
        return b.toString();
    }

    private static void inversion(StringBuilder b, String what, RunAnalysis.InversionSummary s) {
        b.append(String.format(Locale.ROOT, "  %-46s %6d episodes, mean %s, max %s, owner runnable %s%n", what,
                s.episodes(), ns(Math.round(s.meanNs())), ns(s.maxNs()), ns(s.ownerRunnableNs())));
    }

    public String json() {
        SimResults r = results;
        RunAnalysis.Result a = analysis;
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"scenario\": ").append(Json.quote(r.scenario())).append(",\n  \"cpus\": ").append(r.cpus())
                .append(",\n  \"seed\": ").append(r.seed()).append(",\n  \"endTimeNs\": ").append(r.endTimeNs())
                .append(",\n  \"outcome\": ").append(Json.quote(r.outcome())).append(",\n  \"contention\": [");
        List<RunAnalysis.LockContention> top = a.contention().stream().filter(c -> c.contended() > 0).limit(TOP)
                .toList();
        for (int i = 0; i < top.size(); i++) {
            RunAnalysis.LockContention c = top.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"lock\": ").append(Json.quote(c.lock()))
                    .append(", \"class\": ").append(Json.quote(c.lockClass())).append(", \"acquisitions\": ")
                    .append(c.acquisitions()).append(", \"contended\": ").append(c.contended())
                    .append(", \"waitNs\": ").append(c.waitNs()).append(", \"holdNs\": ").append(c.holdNs())
                    .append('}');
        }
        b.append("\n  ],\n  \"giant\": {\"heldShare\": ").append(Json.number(a.giantHeldShare()))
                .append(", \"contendedShare\": ").append(Json.number(r.giantContendedShare()))
                .append(", \"bySubsystem\": [");
        for (int i = 0; i < a.giant().size(); i++) {
            RunAnalysis.GiantShare g = a.giant().get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"subsystem\": ").append(Json.quote(g.subsystem()))
                    .append(", \"heldShare\": ").append(Json.number(g.heldShare())).append(", \"holdNs\": ")
                    .append(g.holdNs()).append(", \"waitNs\": ").append(g.waitNs()).append(", \"acquisitions\": ")
                    .append(g.acquisitions()).append(", \"contended\": ").append(g.contended()).append('}');
        }
        b.append("\n  ]},\n  \"priorityInversion\": {\"withPropagation\": ");
        summary(b, a.withPropagation());
        b.append(", \"withoutPropagation\": ");
        summary(b, a.withoutPropagation());
        b.append(", \"episodes\": [");
        for (int i = 0; i < a.inversions().size(); i++) {
            RunAnalysis.InversionEpisode e = a.inversions().get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"waiter\": ").append(Json.quote(e.waiter()))
                    .append(", \"waiterPriority\": ").append(e.waiterPriority()).append(", \"owner\": ")
                    .append(Json.quote(e.owner())).append(", \"ownerBasePriority\": ").append(e.ownerBasePriority())
                    .append(", \"lock\": ").append(Json.quote(e.lock())).append(", \"class\": ")
                    .append(Json.quote(e.lockClass())).append(", \"startNs\": ").append(e.startNs())
                    .append(", \"durationNs\": ").append(e.durationNs()).append(", \"lent\": ").append(e.lent())
                    .append(", \"ownerRunnableNs\": ").append(e.ownerRunnableNs()).append(", \"open\": ")
                    .append(e.open()).append('}');
        }
        b.append("\n  ]},\n  \"interruptLatency\": [");
        for (int i = 0; i < latencies.size(); i++) {
            InterruptLatencies.Summary s = latencies.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"irq\": ").append(Json.quote(s.irq()))
                    .append(", \"thread\": ").append(Json.quote(s.thread())).append(", \"handlerKind\": ")
                    .append(Json.quote(s.handlerKind())).append(", \"priority\": ").append(s.priority())
                    .append(", \"handled\": ").append(s.handled()).append(", \"meanNs\": ")
                    .append(Json.number(s.meanNs())).append(", \"maxNs\": ").append(s.maxNs());
            if (s.hasDistribution()) {
                b.append(", \"p50Ns\": ").append(s.p50Ns()).append(", \"p99Ns\": ").append(s.p99Ns());
            }
            b.append('}');
        }
        b.append("\n  ],\n  \"cpus\": [");
        for (int i = 0; i < a.cpus().size(); i++) {
            RunAnalysis.CpuUtilisation c = a.cpus().get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"cpu\": ").append(Json.quote(c.cpu())).append(", \"busy\": ")
                    .append(Json.number(c.busy())).append(", \"interruptThreads\": ")
                    .append(Json.number(c.interruptThreads())).append(", \"spin\": ").append(Json.number(c.spin()))
                    .append(", \"idle\": ").append(Json.number(c.idle())).append(", \"switches\": ")
                    .append(c.switches()).append('}');
        }
        b.append("\n  ],\n  \"blockedBy\": [");
        for (int i = 0; i < blockedBy.size(); i++) {
            b.append(i == 0 ? "\n    " : ",\n    ").append(Json.quote(blockedBy.get(i)));
        }
        b.append(blockedBy.isEmpty() ? "]" : "\n  ]");
        if (witness != null) {
            b.append(",\n  \"witness\": [");
            for (int i = 0; i < witness.size(); i++) {
                b.append(i == 0 ? "\n    " : ",\n    ").append(Json.quote(witness.get(i)));
            }
            b.append(witness.isEmpty() ? "]" : "\n  ]");
        }
        if (profile != null) {
            b.append(",\n  \"lockProfile\": ").append(profile.json().strip().replace("\n", "\n  "));
        }
        return b.append("\n}\n").toString();
    }

    private static void summary(StringBuilder b, RunAnalysis.InversionSummary s) {
        b.append("{\"episodes\": ").append(s.episodes()).append(", \"totalNs\": ").append(s.totalNs())
                .append(", \"meanNs\": ").append(Json.number(s.meanNs())).append(", \"maxNs\": ").append(s.maxNs())
                .append(", \"ownerRunnableNs\": ").append(s.ownerRunnableNs()).append('}');
    }

    /** A duration for people: ns, us, ms or s. */
    static String ns(long ns) {
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
}
