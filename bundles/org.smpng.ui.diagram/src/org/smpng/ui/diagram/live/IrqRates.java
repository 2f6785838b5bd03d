package org.smpng.ui.diagram.live;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Interrupt rate and latency per IRQ line over a recent window of the live run, for the interrupt routing editor.
 * Each frame's cumulative counters (see {@link ActivityObserver.IrqCounters}) are summed per IRQ number (a shared
 * line's sources together) and kept with the frame's wall and virtual time; a line's figures are the differences
 * between the newest frame and the oldest one still in the window. The window holds at least {@link #WINDOW_WALL_NS}
 * of wall time and, when the run goes that far, {@link #WINDOW_VIRTUAL_NS} of virtual time, so that a slow
 * (watching) speed still averages over enough interrupts to be readable. UI thread only.
 */
public final class IrqRates {

    /** The window's minimum spans. */
    static final long WINDOW_WALL_NS = 1_000_000_000L, WINDOW_VIRTUAL_NS = 100_000_000L;

    /**
     * One line's figures over the window: interrupts asserted per virtual second, and the mean latency from the
     * assertion to the handler's start in interrupt context (fast handlers, filters) and in the interrupt thread
     * (NaN: no such start in the window).
     */
    public record Rate(int irq, double perSecond, double contextMeanNs, double ithreadMeanNs, long assertedInRun) {

        /** The line as the routing editor shows it, e.g. "live: 1,000/s; ithread 41.2 µs". */
        public String text() {
            StringBuilder b = new StringBuilder(String.format("live: %,.0f/s", perSecond));
            if (!Double.isNaN(contextMeanNs)) {
                b.append("; handler ").append(duration(contextMeanNs));
            }
            if (!Double.isNaN(ithreadMeanNs)) {
                b.append("; ithread ").append(duration(ithreadMeanNs));
            }
            return b.toString();
        }

        /** A latency in the unit that reads best: ns below a microsecond, µs below a millisecond, else ms. */
        static String duration(double ns) {
            return ns < 1e3 ? String.format("%.0f ns", ns) : ns < 1e6 ? String.format("%.1f µs", ns / 1e3)
                    : String.format("%.2f ms", ns / 1e6);
        }
    }

    /** One frame's counters per IRQ number: asserted, context starts and ns, ithread starts and ns. */
    private record Frame(long wallNs, long virtualNs, Map<Integer, long[]> byIrq) {
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    /** Forgets the window (a new run). */
    public void clear() {
        frames.clear();
    }

    /**
     * Adds the session's latest frame and returns every line's figures over the window, by IRQ number (lines that
     * are not in the run are absent; software interrupts have no line and are left out; nothing at time 0).
     */
    public Map<Integer, Rate> update(LiveSession session) {
        ActivityObserver.Sample sample = session.activity();
        Map<Integer, long[]> byIrq = new TreeMap<>();
        for (ActivityObserver.IrqCounters c : sample.irqs()) {
            if (c.irq() < 0) {
                continue;
            }
            long[] sum = byIrq.computeIfAbsent(c.irq(), k -> new long[5]);
            sum[0] += c.asserted();
            sum[1] += c.contextStarts();
            sum[2] += c.contextLatencyNs();
            sum[3] += c.ithreadStarts();
            sum[4] += c.ithreadLatencyNs();
        }
        return add(new Frame(System.nanoTime(), sample.timeNs(), byIrq));
    }

    private Map<Integer, Rate> add(Frame frame) {
        Frame newest = frames.peekLast();
        if (newest == null || frame.virtualNs() > newest.virtualNs()) {
            frames.addLast(frame);
        }
        Frame last = frames.peekLast();
        // Drop the oldest while the next oldest still covers both spans.
        while (frames.size() > 2) {
            Frame second = frames.stream().skip(1).findFirst().orElseThrow();
            boolean wallCovered = last.wallNs() - second.wallNs() >= WINDOW_WALL_NS;
            boolean virtualCovered = last.virtualNs() - second.virtualNs() >= WINDOW_VIRTUAL_NS;
            if (!(wallCovered && virtualCovered)) {
                break;
            }
            frames.removeFirst();
        }
        if (last.virtualNs() <= 0) {
            return Map.of(); // nothing ran yet: no rate to show
        }
        Frame first = frames.peekFirst();
        Map<Integer, Rate> rates = new TreeMap<>();
        double seconds = (last.virtualNs() - first.virtualNs()) / 1e9;
        for (Map.Entry<Integer, long[]> e : last.byIrq().entrySet()) {
            long[] now = e.getValue();
            long[] then = first == last ? new long[5] : first.byIrq().getOrDefault(e.getKey(), new long[5]);
            double span = first == last ? last.virtualNs() / 1e9 : seconds;
            long contextStarts = now[1] - then[1], ithreadStarts = now[3] - then[3];
            rates.put(e.getKey(), new Rate(e.getKey(), span <= 0 ? 0 : (now[0] - then[0]) / span,
                    contextStarts == 0 ? Double.NaN : (now[2] - then[2]) / (double) contextStarts,
                    ithreadStarts == 0 ? Double.NaN : (now[4] - then[4]) / (double) ithreadStarts, now[0]));
        }
        return rates;
    }
}
