package org.smpng.ui.diagram.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.sim.diag.Scaling;

/**
 * A scaling sweep in the background: loads the scenario afresh (never the model an editor shows), runs it once per
 * CPU count with the same seed, duration and mode, exactly as {@link Scaling#run} does for
 * {@code smpng simulate MODEL --cpus 1,2,4,8}, and makes the same rows ({@link Scaling#rows}). One unit of progress
 * per run; cancelling stops the run in progress at its next event and drops the sweep.
 *
 * <p>Locking key: (j) the job's thread: {@link #rows}, {@link #failure} are written by it before the job ends and
 * read by the UI thread after (the job manager's done notification orders them); (v) {@link #current}: volatile,
 * written by the job thread, read by the thread that cancels to stop the run in progress. Everything else is final.
 */
final class ScalingSweepJob extends Job {

    /** Told on the UI thread after each run: the job and how many runs are done. */
    interface Progress {
        void runDone(ScalingSweepJob job, int done);
    }

    private final String label;
    private final String spec;
    private final Simulation.Options options;
    private final int[] cpus;
    private final Display display;
    private final Progress progress;
    private volatile Simulation current; // (v) the run in progress, or null
    private List<Scaling.Row> rows; // (j) the sweep's rows, or null when it failed or was cancelled
    private String failure; // (j) why there are no rows: cancelled unless the job says otherwise

    ScalingSweepJob(String label, String spec, long seed, ExecutionMode mode, Long durationNs, int[] cpus,
            Display display, Progress progress) {
        super("Scaling sweep of " + label);
        this.label = label;
        this.spec = spec;
        // Scale 0: the parallel mode's default pacing, as the Simulation view's runs.
        this.options = new Simulation.Options(seed >= 0 ? seed : null, durationNs, 0, mode, 0);
        this.cpus = cpus.clone();
        this.display = display;
        this.progress = progress;
        // A job cancelled before it starts never runs: the reason is then already right.
        this.failure = "Cancelled the sweep of " + label + "; the charts keep the earlier sweeps.";
        setUser(true); // a sweep is asked for by the user: the Progress view shows it with its Cancel button
    }

    /**
     * The CPU counts in {@code text}, e.g. "1,2,4,8" (commas or spaces between them, each 1 to 256).
     *
     * @throws IllegalArgumentException with a sentence for the user when the text is not such a list
     */
    static int[] parseCpus(String text) {
        String[] parts = text.strip().split("[,\\s]+");
        if (text.isBlank()) {
            throw new IllegalArgumentException("CPUs: type the CPU counts to sweep, such as 1,2,4,8.");
        }
        int[] counts = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                counts[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                counts[i] = -1;
            }
            if (counts[i] < 1 || counts[i] > 256) {
                throw new IllegalArgumentException("CPUs: '" + parts[i] + "' is not a CPU count from 1 to 256;"
                        + " type a list such as 1,2,4,8.");
            }
        }
        return counts;
    }

    /**
     * The run duration in nanoseconds for {@code text} in milliseconds, or null (the scenario's) when it is blank.
     *
     * @throws IllegalArgumentException with a sentence for the user when the text is not a positive number
     */
    static Long parseDurationMs(String text) {
        if (text.isBlank()) {
            return null;
        }
        double ms;
        try {
            ms = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            ms = -1;
        }
        if (!(ms > 0) || ms > 3_600_000) {
            throw new IllegalArgumentException("Duration: '" + text.strip() + "' is not a number of milliseconds"
                    + " above 0; leave it empty for the scenario's own duration.");
        }
        return Math.max(1, Math.round(ms * 1e6));
    }

    /** The series label of a sweep: the scenario's short name, and the seed, mode and duration when not defaults. */
    static String label(String spec, long seed, ExecutionMode mode, Long durationNs) {
        String name = spec.startsWith(BuiltinModels.SCHEME) ? spec.substring(BuiltinModels.SCHEME.length())
                : Path.of(spec).getFileName().toString().replaceFirst("\\.xmi$", "");
        StringBuilder b = new StringBuilder(name);
        if (seed >= 0) {
            b.append(" seed ").append(seed);
        }
        if (mode == ExecutionMode.PARALLEL) {
            b.append(" parallel");
        }
        if (durationNs != null) {
            b.append(String.format(java.util.Locale.ROOT, " %s ms", ChartExport.number(durationNs / 1e6)));
        }
        return b.toString();
    }

    String label() {
        return label;
    }

    int[] cpus() {
        return cpus.clone();
    }

    /** The rows once the job is done, or null when it failed or was cancelled (see {@link #failure()}). */
    List<Scaling.Row> rows() {
        return rows;
    }

    /** Why there are no rows: a sentence for the user. */
    String failure() {
        return failure;
    }

    /** Job thread, never the UI thread: the runs take as long as they take. */
    @Override
    protected IStatus run(IProgressMonitor monitor) {
        assert Display.getCurrent() == null : "never on the UI thread";
        monitor.beginTask(getName(), cpus.length);
        try {
            Scenario scenario = KernelModels.load(spec, Scenario.class);
            List<SimResults> results = new ArrayList<>();
            for (int n : cpus) {
                if (monitor.isCanceled()) {
                    return cancelled();
                }
                monitor.subTask(n + (n == 1 ? " CPU" : " CPUs"));
                try (Simulation sim = Simulation.load(scenario, options.withCpus(n))) {
                    current = sim;
                    SimResults r = sim.run();
                    current = null;
                    if (monitor.isCanceled()) {
                        return cancelled(); // the run was stopped early: its numbers are not a sweep's
                    }
                    results.add(r);
                }
                monitor.worked(1);
                int done = results.size();
                display.asyncExec(() -> progress.runDone(this, done));
            }
            rows = Scaling.rows(results);
            return Status.OK_STATUS;
        } catch (ModelLoadException | UnsupportedFeatureException | RuntimeException e) {
            failure = "Cannot sweep " + spec + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
            return Status.OK_STATUS; // reported in the view, in words; not an internal error for the log
        } finally {
            current = null;
            monitor.done();
        }
    }

    private IStatus cancelled() {
        return Status.CANCEL_STATUS; // failure() already says so
    }

    /** Any thread: stops the run in progress at its next event, so that a cancel does not wait for the run. */
    @Override
    protected void canceling() {
        Simulation sim = current;
        if (sim != null) {
            sim.stop();
        }
    }
}
