package org.smpng.ui.diagram.live;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.smpng.io.ktr.KtrDumpParser;
import org.smpng.io.ktr.KtrFormatException;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.sim.diag.Timeline;
import org.smpng.sim.diag.TimelineRecorder;
import org.smpng.ui.diagram.internal.figures.TimelineFigure;

/**
 * The Timeline view's figure for one recorded stretch, without the view: a scenario run deterministically to an
 * instant with the view's recorder, or a KTR trace read with the view's parser, drawn by the view's
 * {@link TimelineFigure} in the view's fonts over a chosen window of virtual time and width. What
 * {@code ./smpng export-diagram --diagram timeline} draws. UI thread only.
 */
public final class TimelineDiagram {

    private final TimelineFigure figure;

    private TimelineDiagram(TimelineFigure figure) {
        this.figure = figure;
    }

    /**
     * Runs {@code scenario} to {@code atNs} (at most its duration) with the Timeline view's recorder and draws the
     * last {@code spanNs} before it.
     *
     * @throws UnsupportedFeatureException if the engine cannot run the scenario
     * @throws IllegalStateException       if the run fails before the instant (the message says why)
     */
    public static TimelineDiagram at(Composite parent, Scenario scenario, long atNs, long spanNs, int width)
            throws UnsupportedFeatureException {
        TimelineRecorder recorder = new TimelineRecorder();
        Simulation.Options options = Simulation.Options.DEFAULT.withMode(ExecutionMode.DETERMINISTIC);
        Timeline timeline;
        try (Simulation sim = Simulation.load(scenario, options, recorder)) {
            long end = Math.min(atNs, sim.compiled().settings.durationNs());
            sim.runUntil(end);
            String failure = sim.results().failure();
            if (failure != null) {
                throw new IllegalStateException("the run of " + scenario.getName() + " ended early: " + failure);
            }
            timeline = recorder.copy(end);
        }
        return of(parent, timeline, Math.max(0, timeline.endNs() - spanNs), spanNs, width);
    }

    /**
     * Reads a {@code ktrdump -ct} trace and draws {@code spanNs} from {@code fromNs} (-1: the trace's last
     * {@code spanNs}).
     *
     * @throws KtrFormatException naming the line that is not a trace line
     */
    public static TimelineDiagram ofTrace(Composite parent, Path trace, long fromNs, long spanNs, int width)
            throws IOException, KtrFormatException {
        Timeline timeline = KtrDumpParser.parse(trace);
        long from = fromNs >= 0 ? fromNs : Math.max(0, timeline.endNs() - spanNs);
        return of(parent, timeline, from, spanNs, width);
    }

    private static TimelineDiagram of(Composite parent, Timeline timeline, long fromNs, long spanNs, int width) {
        FigureCanvas canvas = new FigureCanvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.getViewport().setContentsTracksWidth(true);
        Font font = RunQueuesView.laneFont(parent.getDisplay(), false);
        Font compactFont = RunQueuesView.laneFont(parent.getDisplay(), true);
        canvas.addDisposeListener(e -> {
            font.dispose();
            compactFont.dispose();
        });
        TimelineFigure figure = new TimelineFigure();
        figure.setFont(timeline.cpuCount() >= TimelineFigure.COMPACT_FROM ? compactFont : font);
        figure.setTimeline(timeline);
        canvas.setContents(figure);
        canvas.setSize(width, figure.getPreferredSize(width, -1).height);
        canvas.getViewport().validate();
        figure.setVisibleRange(fromNs, spanNs);
        return new TimelineDiagram(figure);
    }

    /** {@return the figure, as the Timeline view would show it} */
    public TimelineFigure figure() {
        return figure;
    }
}
