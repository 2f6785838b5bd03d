package org.smpng.sim.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.smpng.sim.SimResults;
import org.smpng.sim.compile.CompiledScenario;

/**
 * Interrupt latency per interrupt source, split by handler kind: from the interrupt's assertion to the start of its
 * handler. Fed event by event through {@link #interruptAsserted} and {@link #handlerStarted}, named after the
 * interrupt callbacks the engine's observer seam is gaining, it keeps a distribution (HdrHistogram) per source;
 * until those callbacks exist, {@link #fromResults} summarises what a run's results carry (count, mean and max).
 *
 * <p>The handler kind is "ithread" for every source today: the engine runs INTR_FAST handlers and filters as
 * interrupt threads too (its compiler says so in the results' notes), so that is what the numbers measure.
 *
 * <p>Locking key: fed from one thread at a time (the engine's observer calls); read after the run.
 */
public final class InterruptLatencies {

    /** One source's latency; percentiles are -1 when only the results' mean and max are known. */
    public record Summary(String irq, String thread, String handlerKind, int priority, long handled, double meanNs,
            long maxNs, long p50Ns, long p99Ns) {
        public boolean hasDistribution() {
            return p50Ns >= 0;
        }
    }

    private final CompiledScenario scenario;
    private final Histogram[] latency;
    /** Per source, the assertion times not yet handled (a FIFO ring, as the engine keeps them). */
    private long[][] pending;
    private int[] head, count;

    public InterruptLatencies(CompiledScenario scenario) {
        this.scenario = scenario;
        int n = scenario.interrupts.length;
        latency = new Histogram[n];
        pending = new long[n][8];
        head = new int[n];
        count = new int[n];
        for (int i = 0; i < n; i++) {
            latency[i] = new Histogram(3);
        }
    }

    /** An interrupt of source {@code irq} was asserted at {@code timeNs}. */
    public void interruptAsserted(long timeNs, int irq) {
        long[] ring = pending[irq];
        if (count[irq] == ring.length) {
            long[] bigger = new long[ring.length * 2];
            for (int k = 0; k < count[irq]; k++) {
                bigger[k] = ring[(head[irq] + k) % ring.length];
            }
            pending[irq] = ring = bigger;
            head[irq] = 0;
        }
        ring[(head[irq] + count[irq]) % ring.length] = timeNs;
        count[irq]++;
    }

    /** The handler of source {@code irq} started at {@code timeNs}, for its oldest pending interrupt. */
    public void handlerStarted(long timeNs, int irq) {
        if (count[irq] == 0) {
            return; // asserted before the latencies were attached
        }
        long[] ring = pending[irq];
        long asserted = ring[head[irq]];
        head[irq] = (head[irq] + 1) % ring.length;
        count[irq]--;
        latency[irq].recordValue(Math.max(0, timeNs - asserted));
    }

    /**
     * The engine reports a handler start with its latency: recorded for the source's own handler kind (the
     * interrupt-context part of a fast handler or filter, else the ithread), so each source has one distribution.
     */
    public void handlerStarted(int irq, int kind, long latencyNs) {
        if (kind == scenario.interrupts[irq].handlerKind()) {
            latency[irq].recordValue(Math.max(0, latencyNs));
        }
    }

    /** The distributions recorded so far, one summary per source. */
    public List<Summary> summaries() {
        List<Summary> out = new ArrayList<>();
        for (int i = 0; i < latency.length; i++) {
            Histogram h = latency[i];
            var irq = scenario.interrupts[i];
            out.add(new Summary(irq.name(), irq.threadName(),
                    org.smpng.sim.compile.CompiledScenario.handlerKindName(irq.handlerKind()), irq.priority(),
                    h.getTotalCount(),
                    h.getTotalCount() == 0 ? 0 : h.getMean(), h.getTotalCount() == 0 ? 0 : h.getMaxValue(),
                    h.getValueAtPercentile(50), h.getValueAtPercentile(99)));
        }
        return out;
    }

    /** What a run's results say about each source's latency: count, mean and max, no distribution. */
    public static List<Summary> fromResults(SimResults results) {
        List<Summary> out = new ArrayList<>();
        for (SimResults.InterruptResult r : results.interrupts()) {
            out.add(new Summary(r.name(), r.thread(), r.handlerKind(), r.priority(), r.handled(), r.meanLatencyNs(),
                    r.maxLatencyNs(), -1, -1));
        }
        return out;
    }

    /** Whether any handler start has been recorded (the observer seam feeds this once it reports interrupts). */
    public boolean recorded() {
        return Arrays.stream(latency).anyMatch(h -> h.getTotalCount() > 0);
    }

    /** The recorded distributions if there are any, else what the results say. */
    public static List<Summary> of(InterruptLatencies recorded, SimResults results) {
        return recorded != null && recorded.recorded() ? recorded.summaries() : fromResults(results);
    }

    /** Summaries grouped by handler kind, in first-seen order of kinds. */
    public static List<List<Summary>> byKind(List<Summary> summaries) {
        List<String> kinds = new ArrayList<>();
        List<List<Summary>> groups = new ArrayList<>();
        for (Summary s : summaries) {
            int k = kinds.indexOf(s.handlerKind());
            if (k < 0) {
                kinds.add(s.handlerKind());
                groups.add(new ArrayList<>());
                k = kinds.size() - 1;
            }
            groups.get(k).add(s);
        }
        return groups.stream().map(List::copyOf).toList();
    }
}
