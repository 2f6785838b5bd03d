package org.smpng.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.diag.ChromeTraceWriter;
import org.smpng.sim.diag.InterruptLatencies;
import org.smpng.sim.diag.Ktr;
import org.smpng.sim.diag.KtrDumpWriter;
import org.smpng.sim.diag.LockProfiler;
import org.smpng.sim.diag.ObserverTee;
import org.smpng.sim.diag.RunAnalysis;
import org.smpng.sim.diag.RunReport;

/**
 * The diagnostics {@code simulate} can attach to a run: {@code --lockprof FILE [--lockprof-mode all|contested]},
 * {@code --ktr FILE [--ktr-mask M] [--ktr-entries N]}, {@code --trace-json FILE} and {@code --report FILE}. Built
 * from the arguments before the run (so bad options and unwritable files stop it before it starts), attached
 * through {@link #observer()}, and written by {@link #finish}.
 *
 * <p>Output formats follow the file name: {@code .csv} and {@code .json} for the profile and the report, text
 * otherwise ({@code debug.lock.prof.stats}, the report's text); {@code -} writes to standard output.
 */
final class RunDiagnostics implements AutoCloseable {

    /** The options this class reads. */
    static final List<String> OPTIONS = List.of("--lockprof", "--lockprof-mode", "--ktr", "--ktr-mask",
            "--ktr-entries", "--trace-json", "--report");

    private final List<SimObserver> observers = new ArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();
    private LockProfiler profiler;
    private String profilePath;
    private RunAnalysis analysis;
    private String reportPath;
    private Ktr ktr;
    private boolean ktrStreams;
    private String ktrPath;
    private Writer ktrWriter;
    private Ktr chrome;
    private String chromePath;

    private RunDiagnostics() {
    }

    /** Reads the diagnostics options; opens the trace files that are streamed during the run. */
    static RunDiagnostics of(Arguments arguments) throws UsageException, IOException {
        RunDiagnostics d = new RunDiagnostics();
        try {
            d.configure(arguments);
        } catch (UsageException | IOException | RuntimeException e) {
            d.close();
            throw e;
        }
        return d;
    }

    private void configure(Arguments arguments) throws UsageException, IOException {
        Optional<String> lockprof = arguments.option("--lockprof");
        Optional<String> mode = arguments.option("--lockprof-mode");
        if (mode.isPresent() && lockprof.isEmpty()) {
            throw new UsageException("--lockprof-mode needs --lockprof FILE");
        }
        if (lockprof.isPresent()) {
            LockProfiler.Mode m = switch (mode.orElse("all")) {
                case "all" -> LockProfiler.Mode.ALL;
                case "contested" -> LockProfiler.Mode.CONTESTED;
                default -> throw new UsageException("--lockprof-mode is all or contested, not '" + mode.get() + "'");
            };
            profiler = new LockProfiler(m);
            profilePath = lockprof.get();
            observers.add(profiler);
        }
        Optional<String> ktrFile = arguments.option("--ktr");
        Optional<String> mask = arguments.option("--ktr-mask");
        Optional<String> entries = arguments.option("--ktr-entries");
        if ((mask.isPresent() || entries.isPresent()) && ktrFile.isEmpty()) {
            throw new UsageException((mask.isPresent() ? "--ktr-mask" : "--ktr-entries") + " needs --ktr FILE");
        }
        if (ktrFile.isPresent()) {
            int m;
            try {
                m = Ktr.parseMask(mask.orElse("all"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--ktr-mask: " + e.getMessage());
            }
            ktrPath = ktrFile.get();
            if (ktrPath.equals("-")) {
                throw new UsageException("--ktr writes to a file, not to standard output ('-')");
            }
            if (entries.isPresent()) {
                int n = entries(entries.get());
                ktr = new Ktr(m, n);
            } else {
                ktrWriter = writer(ktrPath);
                KtrDumpWriter dump = new KtrDumpWriter(ktrWriter);
                ktr = new Ktr(m, Ktr.DEFAULT_ENTRIES, dump);
                ktrStreams = true;
                open.add(ktr);
            }
            observers.add(ktr);
        }
        Optional<String> trace = arguments.option("--trace-json");
        if (trace.isPresent()) {
            chromePath = trace.get();
            Writer w = writer(chromePath);
            chrome = new Ktr(Ktr.KTR_ALL, Ktr.DEFAULT_ENTRIES, new ChromeTraceWriter(w));
            open.add(chrome);
            open.add(w);
            observers.add(chrome);
        }
        if (arguments.option("--report").isPresent()) {
            reportPath = arguments.option("--report").get();
            analysis = new RunAnalysis();
            observers.add(analysis);
        }
    }

    private static int entries(String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= (1 << 24)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--ktr-entries takes a number of entries per CPU from 1 to 16777216, not '" + value
                + "'");
    }

    private static Writer writer(String path) throws IOException, UsageException {
        if (path.equals("-")) {
            throw new UsageException("traces are written to a file, not to standard output ('-')");
        }
        return Files.newBufferedWriter(Path.of(path), StandardCharsets.UTF_8);
    }

    /** True when any diagnostic was asked for. */
    boolean any() {
        return !observers.isEmpty();
    }

    /** What the run should report to (a tee of the diagnostics, or {@link SimObserver#NONE}). */
    SimObserver observer() {
        return ObserverTee.of(observers);
    }

    /** Writes every diagnostic of the finished run and says where, on {@code out}. */
    void finish(SimResults results, PrintStream out) throws IOException {
        finish(results, List.of(), null, out);
    }

    /**
     * Writes every diagnostic of the finished run and says where, on {@code out}; the report also lists the
     * blocked-by chains at the end of the run and the WITNESS findings (null: WITNESS was off).
     */
    void finish(SimResults results, List<String> blockedBy, List<String> witness, PrintStream out)
            throws IOException {
        if (profiler != null) {
            String text = profilePath.endsWith(".csv") ? profiler.csv()
                    : profilePath.endsWith(".json") ? profiler.json() : profiler.statsText();
            write(profilePath, text, out);
            out.printf(Locale.ROOT, "%s: LOCK_PROFILING, %d acquisition points (%s)%n",
                    profilePath.equals("-") ? "printed above" : "wrote " + profilePath,
                    profiler.points().stream().filter(p -> p.count() > 0).count(),
                    profiler.mode() == LockProfiler.Mode.CONTESTED ? "contested acquisitions only" : "all acquisitions");
        }
        if (ktr != null) {
            if (ktrStreams) {
                ktr.close();
                ktrWriter.close();
                out.printf(Locale.ROOT, "wrote %s: ktrdump -ct, %d KTR entries, all streamed (none lost)%n", ktrPath,
                        ktr.logged());
            } else {
                try (Writer w = Files.newBufferedWriter(Path.of(ktrPath), StandardCharsets.UTF_8);
                        KtrDumpWriter dump = new KtrDumpWriter(w)) {
                    ktr.dump(dump);
                }
                long lost = ktr.totalLost();
                out.printf(Locale.ROOT, "wrote %s: ktrdump -ct, the newest %d of %d KTR entries%s%n", ktrPath,
                        ktr.buffered(), ktr.logged(), lost == 0 ? ""
                                : "; " + lost + " entries lost when the rings of " + ktr.entriesPerCpu()
                                        + " entries per CPU wrapped (per CPU: " + lostPerCpu(ktr.lost()) + ")");
            }
        }
        if (chrome != null) {
            chrome.close();
            out.printf(Locale.ROOT, "wrote %s: Chrome trace (Perfetto), %d KTR entries%n", chromePath,
                    chrome.logged());
        }
        if (analysis != null) {
            RunReport report = new RunReport(results, analysis.result(results.endTimeNs()),
                    InterruptLatencies.of(analysis.interruptLatencies(), results), profiler, blockedBy, witness);
            write(reportPath, reportPath.endsWith(".json") ? report.json() : report.text(), out);
            out.println((reportPath.equals("-") ? "printed above" : "wrote " + reportPath) + ": run report");
        }
        close();
    }

    private static String lostPerCpu(long[] lost) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < lost.length; c++) {
            b.append(c == 0 ? "" : ", ").append("cpu").append(c).append(' ').append(lost[c]);
        }
        return b.toString();
    }

    private void write(String path, String text, PrintStream out) throws IOException {
        if (path.equals("-")) {
            out.print(text);
        } else {
            Files.writeString(Path.of(path), text, StandardCharsets.UTF_8);
        }
    }

    /** Closes the streamed trace files (also when the run could not start). */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            } catch (Exception e) {
                first = first == null ? new IOException(e.getMessage(), e) : first;
            }
        }
        open.clear();
        if (ktrWriter != null) {
            ktrWriter.close();
            ktrWriter = null;
        }
        if (first != null) {
            throw first;
        }
    }
}
