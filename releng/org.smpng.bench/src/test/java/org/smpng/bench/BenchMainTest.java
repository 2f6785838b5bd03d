package org.smpng.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The report's unit conversions and ratios (the benchmarks themselves are run by ./smpng bench, never here). */
class BenchMainTest {

    private static final String ENGINE = "org.smpng.bench.DeterministicEngineBenchmark.simulateSlice";
    private static final String FLOOR = "org.smpng.bench.HostFloorBenchmark.parkUnparkHandoff";

    private static BenchMain.Figure figure(String benchmark, String metric, double score, String unit) {
        return new BenchMain.Figure(benchmark, metric, "", score, 0, score, score, unit);
    }

    @Test
    void everyJmhUnitBecomesNanosecondsPerOperation() {
        assertEquals(4_000, figure(FLOOR, "", 250_000, "ops/s").nanosPerOp(), 1e-9);
        assertEquals(500, figure(FLOOR, "", 2_000, "ops/ms").nanosPerOp(), 1e-9);
        assertEquals(40, figure(FLOOR, "", 40, "ns/op").nanosPerOp(), 1e-9);
        assertEquals(1_500, figure(FLOOR, "", 1.5, "us/op").nanosPerOp(), 1e-9);
    }

    @Test
    void comparedFiguresAreReportedAsRatiosToTheirBaselineOfTheSameRun() {
        String out = report(List.of(figure(ENGINE, "", 7, "ops/s"), figure(ENGINE, "lockOps", 500_000, "ops/s"),
                figure(FLOOR, "", 250_000, "ops/s")));
        // 500k lock operations per second against 250k handoffs per second: rate 2, cost 0.5 (2000 vs 4000 ns).
        assertTrue(out.contains("vs HostFloorBenchmark.parkUnparkHandoff: rate 2.0000, cost 0.500 (2000.0 ns/op vs"
                + " 4000.0 ns/op)"), out);
        assertTrue(out.contains("baseline org.smpng.bench.VirtualThreadFloorBenchmark.virtualParkUnparkHandoff was"
                + " not run"), out);
    }

    @Test
    void figuresWithoutABaselineGetNoRatio() {
        String out = report(List.of(figure(FLOOR, "", 250_000, "ops/s")));
        assertTrue(out.contains("HostFloorBenchmark.parkUnparkHandoff"), out);
        assertTrue(!out.contains("Ratios"), out);
    }

    private static String report(List<BenchMain.Figure> figures) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchMain.report(figures, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
