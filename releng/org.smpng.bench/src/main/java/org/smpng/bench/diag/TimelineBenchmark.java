package org.smpng.bench.diag;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smpng.bench.BenchScenarios;
import org.smpng.bench.ComparedWith;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.diag.Timeline;
import org.smpng.sim.diag.TimelineRecorder;

/**
 * What the Timeline view costs. Recording: the contended syscall mix ({@link #cpus} CPUs, {@link #threads} user
 * threads, {@link #durationNs} of virtual time, deterministic) run whole with no observer and with a
 * {@link TimelineRecorder}; the ratio is the recorder's overhead on the engine. Drawing: a recording of a long run
 * ({@link #longRunNs}) queried as the view draws it, {@link #COLUMNS} pixel columns per lane, zoomed out to the whole
 * run and zoomed in on its last millisecond (following), through the level-of-detail path (binary search and
 * cumulative sums) and through a naive pass over every segment of every lane; the ratios say how much the
 * level-of-detail path saves.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TimelineBenchmark {

    /** Pixel columns of a lane: a full-screen view. */
    static final int COLUMNS = 1600;

    @Param("4")
    public int cpus;

    @Param("64")
    public int threads;

    @Param("20000000")
    public long durationNs;

    @Param("1000000000")
    public long longRunNs;

    private CompiledScenario compiled;
    private Timeline recorded;

    @Setup(Level.Trial)
    public void setUp() {
        compiled = BenchScenarios.syscallMix(cpus, threads, durationNs);
        TimelineRecorder rec = new TimelineRecorder();
        try (Simulation sim = Simulation.of(BenchScenarios.syscallMix(cpus, threads, longRunNs), rec)) {
            sim.run();
            recorded = rec.copy(sim.now());
        }
        System.out.printf("%nTimeline of %d ms on %d CPUs: %d segments, %d lock marks%n", longRunNs / 1_000_000,
                cpus, recorded.segmentCount(), recorded.markCount());
    }

    private long run(SimObserver observer) {
        try (Simulation sim = Simulation.of(compiled, observer)) {
            SimResults r = sim.run();
            if (!r.completed()) {
                throw new IllegalStateException("the benchmark scenario failed: " + r.failure());
            }
            return r.events();
        }
    }

    /** The baseline: the run with no observer. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long noObserver() {
        return run(SimObserver.NONE);
    }

    /** The same run recorded by the timeline recorder (a copy at the end, as the view's final copy). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @ComparedWith(benchmark = "org.smpng.bench.diag.TimelineBenchmark.noObserver")
    public long recorder() {
        TimelineRecorder rec = new TimelineRecorder();
        long events = run(rec);
        return events + rec.copy(0).segmentCount();
    }

    /** Naive drawing of the whole run: every segment of every lane spread over the columns it covers. */
    @Benchmark
    public double naiveWholeRun() {
        return naive(0, recorded.endNs());
    }

    /** Level-of-detail drawing of the whole run: per column two cumulative sums. */
    @Benchmark
    @ComparedWith(benchmark = "org.smpng.bench.diag.TimelineBenchmark.naiveWholeRun")
    public double lodWholeRun() {
        return lod(0, recorded.endNs());
    }

    /** Naive drawing of the last millisecond: the scan still passes every segment to find the visible ones. */
    @Benchmark
    public double naiveLastMillisecond() {
        return naive(recorded.endNs() - 1_000_000, 1_000_000);
    }

    /** Level-of-detail drawing of the last millisecond: a binary search, then the visible columns. */
    @Benchmark
    @ComparedWith(benchmark = "org.smpng.bench.diag.TimelineBenchmark.naiveLastMillisecond")
    public double lodLastMillisecond() {
        return lod(recorded.endNs() - 1_000_000, 1_000_000);
    }

    private double lod(long start, long span) {
        double sum = 0;
        for (int c = 0; c < recorded.cpuCount(); c++) {
            float[] shares = recorded.columnShares(c, start, span / (double) COLUMNS, COLUMNS);
            sum += shares[shares.length - Timeline.STATES];
        }
        return sum;
    }

    /** The same column shares as {@link Timeline#columnShares}, from one pass over every segment. */
    private double naive(long start, long span) {
        double sum = 0;
        double per = span / (double) COLUMNS;
        long end = start + span;
        for (int c = 0; c < recorded.cpuCount(); c++) {
            float[] shares = new float[COLUMNS * Timeline.STATES];
            Timeline.Lane lane = recorded.lane(c);
            for (int i = 0; i < lane.size(); i++) {
                long s = Math.max(start, lane.start(i)), e = Math.min(end, lane.end(i));
                if (e <= s) {
                    continue;
                }
                int state = lane.state(i);
                int c0 = (int) ((s - start) / per), c1 = Math.min(COLUMNS - 1, (int) ((e - 1 - start) / per));
                for (int col = c0; col <= c1; col++) {
                    long cs = start + (long) Math.ceil(col * per), ce = start + (long) Math.ceil((col + 1) * per);
                    long overlap = Math.min(e, ce) - Math.max(s, cs);
                    if (overlap > 0) {
                        shares[col * Timeline.STATES + state] += (float) (overlap / (ce - (double) cs));
                    }
                }
            }
            sum += shares[shares.length - Timeline.STATES];
        }
        return sum;
    }
}
