package org.smpng.sim;

import java.util.List;

import org.smpng.sim.Snapshots.EngineSnapshot;

/**
 * What {@link Simulation} needs from an engine, so that it can run a compiled scenario in either execution mode:
 * the deterministic engine ({@code org.smpng.sim.kern.Engine}) or the parallel one ({@code org.smpng.sim.par}).
 *
 * <p>Thread context: {@link #runUntil}, {@link #step}, {@link #results} and {@link #close} are called from one
 * controlling thread; {@link #requestStop}, {@link #requestSnapshot} and {@link #latestSnapshot} from any thread,
 * and never block the run.
 */
public interface SimEngine {

    /** Runs until virtual time {@code ns} (at most the scenario's duration), a failure, or {@link #requestStop()}. */
    void runUntil(long ns);

    /** Advances the run by one step of the engine (one event, or one quantum in the parallel mode). */
    void step();

    /** Asks a run in progress to pause; any thread. */
    void requestStop();

    /** The current virtual time in nanoseconds. */
    long now();

    /** Whether the run reached its duration or failed. */
    boolean finished();

    /** The results so far, with {@code extraNotes} added to the scenario's notes; controller, between runs. */
    SimResults results(List<String> extraNotes);

    /** Asks the engine to publish a fresh snapshot soon; any thread. */
    void requestSnapshot();

    /** The latest published snapshot; any thread, never blocks. */
    EngineSnapshot latestSnapshot();

    /** The names of the run's threads, locks, CPUs and operations, as observers are given them. */
    SimObserver.RunInfo runInfo();

    /** Ends the engine's threads; the engine cannot run afterwards. */
    void close();
}
