package org.smpng.sim.diag;

import java.io.IOException;

/**
 * Receives KTR entries in the order they were logged (ascending sequence number), either drained from the
 * {@link Ktr} rings as they fill (streaming, like FreeBSD's KTR_ALQ) or all at once from the rings after a run.
 * Implementations: {@link KtrDumpWriter} ({@code ktrdump -ct} text) and {@link ChromeTraceWriter}.
 */
public interface KtrConsumer extends AutoCloseable {

    /** Called once before the first entry, with the run's names and the Ktr whose entries follow. */
    void begin(KtrFormatter format) throws IOException;

    /**
     * One entry; the meaning of {@code a..d} depends on {@code type} (the {@code Ktr.EV_*} constants).
     *
     * @param seq the entry's global sequence number (the ktrdump index)
     * @param cpu the CPU index whose ring held the entry
     */
    void entry(long seq, long timeNs, int cpu, int type, int a, int b, int c, long d) throws IOException;

    /** Called once after the last entry; {@code lost} is the number of entries overwritten in the rings, per CPU. */
    void end(long[] lost) throws IOException;

    /** Releases what the consumer holds (temporary files); called after {@link #end}, or instead of it on failure. */
    @Override
    void close() throws IOException;
}
