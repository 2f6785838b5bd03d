package org.smpng.ui.diagram.live;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Durations;
import org.smpng.sim.SimResults;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.ui.editor.ModelEditor;

/**
 * The simulation's controls: which scenario (a built-in one, a scenario file, or the scenario open in the Model
 * Editor), seed, CPU count, execution mode and the speed to watch at; Run, Pause, Step, Run to a virtual time and
 * Reset; the run's time and state; and the results when a run pauses or finishes. Changing the scenario, seed, CPUs
 * or mode loads the scenario again at time 0. Everything runs in {@link LiveSession}'s jobs; this view only reads
 * the session. UI thread only.
 */
public final class SimulationView extends ViewPart implements LiveSession.Listener {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.simulationView";

    /** The speeds offered: label and virtual nanoseconds per wall second (0: full speed). */
    public static final List<Object[]> SPEEDS = List.of(new Object[] {"100 \u00b5s per second (slow motion)", 100_000L},
            new Object[] {"1 ms per second", 1_000_000L}, new Object[] {"20 ms per second", 20_000_000L},
            new Object[] {"100 ms per second", 100_000_000L}, new Object[] {"1 s per second (real time)",
                    1_000_000_000L},
            new Object[] {"full speed", LiveSession.FULL_SPEED});

    private LiveSession session;
    private Combo scenario;
    private Text seed;
    private Spinner cpus;
    private Combo mode;
    private Combo speed;
    private Button run, pause, step, runTo, reset;
    private Text runToTime;
    private Label status;
    private Label message;
    private Text results;

    @Override
    public void createPartControl(Composite parent) {
        session = LiveSession.get();
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(4, false));

        label(c, "Scenario:");
        scenario = new Combo(c, SWT.DROP_DOWN | SWT.READ_ONLY);
        for (String spec : LiveSession.builtinScenarios()) {
            scenario.add(spec);
        }
        scenario.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        scenario.setToolTipText("The scenario to simulate: kernel, machine and workload");
        scenario.addListener(SWT.Selection, e -> {
            session.setScenario(scenario.getText());
            applyAndReset();
        });
        new Label(c, SWT.NONE);
        Composite sources = new Composite(c, SWT.NONE);
        sources.setLayout(new GridLayout(2, false));
        sources.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        Button file = button(sources, "File...", "Simulate a scenario file (.xmi)");
        file.addListener(SWT.Selection, e -> chooseFile());
        Button editor = button(sources, "From Editor", "Simulate the scenario open in the active Model Editor");
        editor.addListener(SWT.Selection, e -> useEditorScenario());

        label(c, "Seed:");
        seed = new Text(c, SWT.BORDER);
        seed.setMessage("the scenario's");
        seed.setToolTipText("Random seed (a whole number); empty for the scenario's own. Enter applies it.");
        seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        seed.addListener(SWT.DefaultSelection, e -> applyAndReset());

        label(c, "CPUs:");
        cpus = new Spinner(c, SWT.BORDER);
        cpus.setValues(0, 0, 256, 0, 1, 4);
        cpus.setToolTipText("0: the machine's CPUs; otherwise the first N CPUs (extra ones as new packages)");
        cpus.addListener(SWT.Selection, e -> applyAndReset());
        Label cpusHint = new Label(c, SWT.NONE);
        cpusHint.setText("(0: the machine's)");
        cpusHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));

        label(c, "Mode:");
        mode = new Combo(c, SWT.DROP_DOWN | SWT.READ_ONLY);
        mode.setItems("deterministic", "parallel");
        mode.select(0);
        mode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        mode.addListener(SWT.Selection, e -> applyAndReset());

        label(c, "Speed:");
        speed = new Combo(c, SWT.DROP_DOWN | SWT.READ_ONLY);
        for (Object[] s : SPEEDS) {
            speed.add((String) s[0]);
        }
        speed.setToolTipText("Virtual time simulated per second of wall time while a run goes (the parallel mode"
                + " runs its CPUs at the speed it was loaded with, real time for full speed: Reset applies a new one)");
        speed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        speed.addListener(SWT.Selection, e -> session.setSpeed((Long) SPEEDS.get(speed.getSelectionIndex())[1]));

        Composite buttons = new Composite(c, SWT.NONE);
        buttons.setLayout(new GridLayout(4, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        run = button(buttons, "Run", "Run to the end of the scenario at the chosen speed");
        run.addListener(SWT.Selection, e -> session.run());
        pause = button(buttons, "Pause", "Pause at the next event");
        pause.addListener(SWT.Selection, e -> session.pause());
        step = button(buttons, "Step", "Process one engine event");
        step.addListener(SWT.Selection, e -> session.step());
        reset = button(buttons, "Reset", "Load the scenario again at time 0 with these settings");
        reset.addListener(SWT.Selection, e -> applyAndReset());
        for (Button b : new Button[] {run, pause, step, reset}) {
            b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        runTo = button(buttons, "Run to", "Run until the virtual time on the right");
        runTo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        runTo.addListener(SWT.Selection, e -> runToTime());
        runToTime = new Text(buttons, SWT.BORDER);
        runToTime.setText("50ms");
        runToTime.setToolTipText("A virtual time such as 50ms, 1.5s, 300us or 1000ns");
        runToTime.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        runToTime.addListener(SWT.DefaultSelection, e -> runToTime());

        status = new Label(c, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        message = new Label(c, SWT.WRAP);
        message.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        results = new Text(c, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        results.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));

        showSettings();
        // Before the first load, so that the first run carries them, whether their views are open or not.
        ChartInstruments.register(session);
        TimelineView.register(session);
        session.addListener(this);
        if (session.state() == LiveSession.State.EMPTY && session.message().isEmpty()) {
            session.reset();
        } else {
            stateChanged(session);
        }
    }

    private static void label(Composite c, String text) {
        new Label(c, SWT.NONE).setText(text);
    }

    private static Button button(Composite c, String text, String tooltip) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tooltip);
        return b;
    }

    /** Shows the session's settings in the controls. */
    private void showSettings() {
        String spec = session.scenarioSpec();
        if (scenario.indexOf(spec) < 0) {
            scenario.add(spec);
        }
        scenario.select(scenario.indexOf(spec));
        seed.setText(session.seed() < 0 ? "" : Long.toString(session.seed()));
        cpus.setSelection(session.cpus());
        mode.select(session.mode() == ExecutionMode.PARALLEL ? 1 : 0);
        for (int i = 0; i < SPEEDS.size(); i++) {
            if ((Long) SPEEDS.get(i)[1] == session.speed()) {
                speed.select(i);
            }
        }
    }

    /** Takes the seed, CPU count and mode from the controls and loads the scenario again; bad input is refused. */
    public void applyAndReset() {
        String s = seed.getText().trim();
        if (!s.isEmpty()) {
            try {
                long value = Long.parseLong(s);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                session.setSeed(value);
            } catch (NumberFormatException e) {
                message.setText("The seed must be a whole number of 0 or more, not '" + s + "'; nothing changed.");
                message.getParent().layout();
                return;
            }
        } else {
            session.setSeed(-1);
        }
        session.setCpus(cpus.getSelection());
        session.setMode(mode.getSelectionIndex() == 1 ? ExecutionMode.PARALLEL : ExecutionMode.DETERMINISTIC);
        session.reset();
    }

    private void chooseFile() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setText("Simulate Scenario File");
        dialog.setFilterExtensions(new String[] {"*.xmi", "*.*"});
        dialog.setFilterNames(new String[] {"Scenario models (*.xmi)", "All files"});
        String chosen = dialog.open();
        if (chosen != null) {
            session.setScenario(chosen);
            showSettings();
            applyAndReset();
        }
    }

    /** Simulates the scenario of the active Model Editor, as it is now (saved or not). */
    public void useEditorScenario() {
        IEditorPart active = getSite().getPage().getActiveEditor();
        if (active instanceof ModelEditor editor && editor.resource() != null) {
            for (EObject root : editor.resource().getContents()) {
                if (root instanceof Scenario sc) {
                    session.setScenario(sc, "editor: " + editor.getTitle());
                    showSettings();
                    applyAndReset();
                    return;
                }
            }
        }
        message.setText("Open a scenario in the Model Editor first (File > Open Built-in Model or Open Model File).");
        message.getParent().layout();
    }

    private void runToTime() {
        try {
            session.runTo(parseTime(runToTime.getText()));
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            message.getParent().layout();
        }
    }

    /**
     * Parses a virtual time: a number with ns, us (or µs), ms or s, or a plain number of nanoseconds.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static long parseTime(String text) {
        try {
            // This field also takes µs, as the views write microseconds.
            double ns = Durations.parseNs(text.toLowerCase(Locale.ROOT).replace("\u00b5s", "us"));
            if (!(ns >= 0) || ns > 3.6e12) {
                throw new IllegalArgumentException("Run to takes a time from 0 to 1 hour, not '" + text + "'.");
            }
            return Math.round(ns);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Run to takes a time such as 50ms, 1.5s, 300us or 1000ns, not '" + text
                    + "'.");
        }
    }

    @Override
    public void stateChanged(LiveSession s) {
        if (status.isDisposed()) {
            return;
        }
        LiveSession.State st = s.state();
        run.setEnabled(st == LiveSession.State.READY);
        step.setEnabled(st == LiveSession.State.READY);
        runTo.setEnabled(st == LiveSession.State.READY);
        pause.setEnabled(st == LiveSession.State.RUNNING);
        reset.setEnabled(st != LiveSession.State.LOADING);
        message.setText(s.message());
        updateStatus(s.snapshot());
        SimResults r = s.results();
        results.setText(r == null ? (st == LiveSession.State.READY && s.snapshot() != null
                && s.snapshot().timeNs() == 0 ? "Ready: press Run to watch the run queues, the blocked-by chains and"
                        + " the lock graph's owners and waiters change." : "") : summary(r));
        setContentDescription(s.scenarioName().isEmpty() ? s.scenarioSpec() : s.scenarioName());
        status.getParent().layout();
    }

    @Override
    public void snapshot(EngineSnapshot snapshot) {
        if (!status.isDisposed()) {
            updateStatus(snapshot);
        }
    }

    private void updateStatus(EngineSnapshot snapshot) {
        String when = snapshot == null ? "" : String.format(" at %.3f ms of %.0f ms", snapshot.timeNs() / 1e6,
                session.durationNs() / 1e6);
        String what = switch (session.state()) {
        case EMPTY -> "No scenario loaded";
        case LOADING -> "Loading...";
        case READY -> snapshot != null && snapshot.timeNs() == 0 ? "Ready" : "Paused";
        case RUNNING -> "Running";
        case FINISHED -> "Finished";
        };
        status.setText(what + when);
    }

    /** The results as the view shows them: throughput, CPU split, Giant, scheduling, busiest locks. */
    public static String summary(SimResults r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s, %s at %.3f ms, seed %d, %d CPUs%n", r.scenario(), r.outcome(),
                r.endTimeNs() / 1e6, r.seed(), r.cpus()));
        if (r.failure() != null) {
            b.append("Failure: ").append(r.failure()).append('\n');
        }
        b.append(String.format("Throughput: %,.0f operations per second (%,d operations)%n", r.throughputPerSecond(),
                r.operationsCompleted()));
        double[] u = r.utilisation();
        b.append(String.format("CPU time: user %.1f%%, kernel %.1f%%, spin %.1f%%, interrupt threads %.1f%%,"
                + " idle %.1f%%%n", 100 * u[SimResults.USER], 100 * u[SimResults.KERNEL], 100 * u[SimResults.SPIN],
                100 * u[SimResults.INTR], 100 * u[SimResults.IDLE]));
        b.append(String.format("Giant: held %.1f%% of the time, contended on %.1f%% of acquisitions, %.2f threads"
                + " waiting on average%n", 100 * r.giantHeldShare(), 100 * r.giantContendedShare(),
                r.giantMeanWaiters()));
        b.append(String.format("Context switches %,d, preemptions %,d%n", r.contextSwitches(), r.preemptions()));
        if (!r.locks().isEmpty()) {
            b.append("Most waited-for locks:");
            r.locks().stream().limit(5).forEach(l -> b.append(String.format("%n  %s: %,d acquisitions, %,d contended,"
                    + " %.3f ms waited", l.name(), l.acquisitions(), l.contended(), l.waitNs() / 1e6)));
            b.append('\n');
        }
        return b.toString();
    }

    /** The results text, for tests. */
    public String resultsText() {
        return results.getText();
    }

    /** The status line, for tests. */
    public String statusText() {
        return status.getText();
    }

    /** The message line (errors), for tests. */
    public String messageText() {
        return message.getText();
    }

    /** Controls, for tests that press them as a user would. */
    public Combo modeCombo() {
        return mode;
    }

    public Text seedText() {
        return seed;
    }

    public Spinner cpusSpinner() {
        return cpus;
    }

    public Combo speedCombo() {
        return speed;
    }

    @Override
    public void setFocus() {
        run.setFocus();
    }

    @Override
    public void dispose() {
        session.removeListener(this);
        super.dispose();
    }
}
