package org.smpng.ui.diagram.live;

import org.smpng.sim.diag.GiantTimeline;
import org.smpng.sim.diag.LatencyDistributions;

/**
 * The run instruments the Charts view draws from: Giant's share over time and the latency distributions. They are
 * registered with the session by the Simulation view before its first load, so that every run carries them even
 * while the Charts view is still closed (a view in a folder is created only when first shown, which would be after
 * the run it should chart).
 */
public final class ChartInstruments {

    /** The key of the {@link GiantTimeline} copies. */
    public static final String GIANT = "org.smpng.ui.diagram.charts.giant";

    /** The key of the {@link LatencyDistributions} copies. */
    public static final String LATENCIES = "org.smpng.ui.diagram.charts.latencies";

    /** How often a run in progress copies them: four times a wall second, so the charts move while it runs. */
    static final long COPY_INTERVAL_NS = 250_000_000L;

    private ChartInstruments() {
    }

    /** Registers both instruments (again: a later registration replaces the earlier one); UI thread. */
    public static void register(LiveSession session) {
        session.addInstrument(GIANT, () -> {
            GiantTimeline timeline = new GiantTimeline();
            return LiveSession.RunInstrument.of(timeline, timeline::copy, COPY_INTERVAL_NS);
        });
        session.addInstrument(LATENCIES, () -> {
            LatencyDistributions latencies = new LatencyDistributions();
            return LiveSession.RunInstrument.of(latencies, latencies::copy, COPY_INTERVAL_NS);
        });
    }
}
