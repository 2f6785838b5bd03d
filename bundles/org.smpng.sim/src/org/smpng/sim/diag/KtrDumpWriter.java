package org.smpng.sim.diag;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes KTR entries as {@code ktrdump -ct} prints them: a header, a line of dashes, then one line per entry, newest
 * first ({@code "%6d %3d %16ju "} index, CPU, timestamp, then the KTRGRAPH text), which is the order schedgraph.py
 * requires (it rejects a timestamp much later than the line before). Timestamps are the run's virtual nanoseconds:
 * with no statclock record in the file, schedgraph assumes a 1 GHz clock, which makes its times exact.
 *
 * <pre>
 * Overview.
 *
 * Entries arrive oldest first (see {@link KtrConsumer}) but are printed newest first, so they are spooled, as
 * fixed-size binary records, to a temporary file, and read back from its end in blocks when the trace ends. Memory
 * use is one block, however long the run; the text goes straight to the writer. The temporary file is deleted on
 * {@link #close()}.
 * </pre>
 *
 * <p>Locking key: not thread-safe; one producer (the engine's observer calls, then the controller).
 */
public final class KtrDumpWriter implements KtrConsumer {

    /** Bytes per spooled record: seq, time, d (longs), cpu, type, a, b, c (ints). */
    private static final int RECORD = 8 * 3 + 4 * 5;
    private static final int BLOCK_RECORDS = 4096;

    private final Writer out;
    private Path spool;
    private DataOutputStream spoolOut;
    private long records;
    private KtrFormatter format;
    private long[] lost;

    /** Writes to {@code out}, which the caller closes. */
    public KtrDumpWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin(KtrFormatter f) throws IOException {
        this.format = f;
        spool = Files.createTempFile("smpng-ktr", ".spool");
        spoolOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
    }

    @Override
    public void entry(long seq, long timeNs, int cpu, int type, int a, int b, int c, long d) throws IOException {
        spoolOut.writeLong(seq);
        spoolOut.writeLong(timeNs);
        spoolOut.writeLong(d);
        spoolOut.writeInt(cpu);
        spoolOut.writeInt(type);
        spoolOut.writeInt(a);
        spoolOut.writeInt(b);
        spoolOut.writeInt(c);
        records++;
    }

    /** Entries written so far. */
    public long records() {
        return records;
    }

    /** Entries lost in the rings, per CPU, as the trace reported at its end; null before. */
    public long[] lost() {
        return lost == null ? null : lost.clone();
    }

    @Override
    public void end(long[] lostPerCpu) throws IOException {
        this.lost = lostPerCpu.clone();
        spoolOut.close();
        spoolOut = null;
        out.write(String.format(Locale.ROOT, "%-6s %-3s %-16s %s\n", "index", "cpu", "timestamp", "trace"));
        out.write("------ --- ---------------- ----- \n");
        try (RandomAccessFile raf = new RandomAccessFile(spool.toFile(), "r")) {
            FileChannel ch = raf.getChannel();
            ByteBuffer buf = ByteBuffer.allocate(BLOCK_RECORDS * RECORD);
            long remaining = records;
            while (remaining > 0) {
                int n = (int) Math.min(BLOCK_RECORDS, remaining);
                long start = (remaining - n) * RECORD;
                buf.clear().limit(n * RECORD);
                while (buf.hasRemaining()) {
                    if (ch.read(buf, start + buf.position()) < 0) {
                        throw new IOException("the KTR spool file " + spool + " ended early");
                    }
                }
                for (int i = n - 1; i >= 0; i--) {
                    int p = i * RECORD;
                    long seq = buf.getLong(p);
                    long time = buf.getLong(p + 8);
                    long d = buf.getLong(p + 16);
                    int cpu = buf.getInt(p + 24);
                    int type = buf.getInt(p + 28);
                    out.write(String.format(Locale.ROOT, "%6d %3d %16d %s\n", seq, cpu, time,
                            format.describe(type, buf.getInt(p + 32), buf.getInt(p + 36), buf.getInt(p + 40), d)));
                }
                remaining -= n;
            }
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (spoolOut != null) {
            spoolOut.close();
            spoolOut = null;
        }
        if (spool != null) {
            Files.deleteIfExists(spool);
            spool = null;
        }
    }
}
