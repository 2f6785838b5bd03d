package org.smpng.ui.diagram.live;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Simulation;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.ui.diagram.internal.figures.RunQueueLanesFigure;

/**
 * The Run Queues view's diagram at one instant of a scenario's run, without the workbench: for
 * {@code ./smpng export-diagram --diagram run-queues}. The scenario runs in the deterministic mode (so the same
 * scenario and time give the same picture) to the instant asked for, and its snapshot is drawn by the view's own
 * code ({@link RunQueuesView#show}) on a canvas like the view's. The CPUs' busy shares in the lane titles cover
 * the last {@link #BUSY_WINDOW_NS} of virtual time before that instant (the view's cover the time since its
 * previous frame). UI thread only.
 */
public final class RunQueuesDiagram {

    /** The stretch of virtual time before the instant whose CPU busy shares the lane titles show: 1 ms. */
    public static final long BUSY_WINDOW_NS = 1_000_000;

    private final RunQueueLanesFigure lanes;
    private final EngineSnapshot snapshot;

    private RunQueuesDiagram(RunQueueLanesFigure lanes, EngineSnapshot snapshot) {
        this.lanes = lanes;
        this.snapshot = snapshot;
    }

    /**
     * Runs {@code scenario} to {@code atNs} (at most its duration) and draws its run queues on a canvas in
     * {@code parent}; the canvas and its fonts are disposed with {@code parent}.
     *
     * @throws UnsupportedFeatureException if the engine cannot run the scenario
     * @throws IllegalStateException       if the run fails before the instant (the message says why)
     */
    public static RunQueuesDiagram at(Composite parent, Scenario scenario, long atNs)
            throws UnsupportedFeatureException {
        ActivityObserver activity = new ActivityObserver();
        EngineSnapshot snapshot;
        double[] busy;
        Simulation.Options options = Simulation.Options.DEFAULT.withMode(ExecutionMode.DETERMINISTIC);
        try (Simulation sim = Simulation.load(scenario, options, activity)) {
            long end = Math.min(atNs, sim.compiled().settings.durationNs());
            sim.runUntil(Math.max(0, end - BUSY_WINDOW_NS));
            activity.sample(); // the busy shares from here on
            sim.runUntil(end);
            String failure = sim.results().failure();
            if (failure != null) {
                throw new IllegalStateException("the run of " + scenario.getName() + " ended early: " + failure);
            }
            busy = activity.sample().cpuBusy();
            snapshot = sim.latestSnapshot();
        }
        FigureCanvas canvas = new FigureCanvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        Font font = RunQueuesView.laneFont(parent.getDisplay(), false);
        Font compactFont = RunQueuesView.laneFont(parent.getDisplay(), true);
        canvas.addDisposeListener(e -> {
            font.dispose();
            compactFont.dispose();
        });
        RunQueueLanesFigure lanes = new RunQueueLanesFigure();
        lanes.setFont(font);
        canvas.setContents(lanes);
        RunQueuesView.show(lanes, snapshot, busy, font, compactFont);
        canvas.setSize(canvas.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return new RunQueuesDiagram(lanes, snapshot);
    }

    /** {@return the figure, as the view would show it} */
    public RunQueueLanesFigure figure() {
        return lanes;
    }

    /** {@return the snapshot drawn} */
    public EngineSnapshot snapshot() {
        return snapshot;
    }
}
