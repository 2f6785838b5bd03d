package org.smpng.io.builtin;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed form of {@code data/subsystem_giant_status.txt}, this project's interpretation of the seeds: per
 * subsystem, syscall family and interrupt handler, whether it runs under Giant in 4.x, in 5.3 and in the target.
 * Immutable once parsed.
 *
 * @param rows the rows by key {@code kind:name} (e.g. {@code intr:fxp}), in file order
 */
public record GiantStatusTable(Map<String, Row> rows) {

    /** A row's value for one era: 'Giant', 'partial' or 'MPSAFE'. */
    public enum Status {
        /** The common path runs with Giant held. */
        GIANT("Giant"),
        /** Some operations run Giant-free; the common path still takes Giant unless a code path says otherwise. */
        PARTIAL("partial"),
        /** Runs without Giant. */
        MPSAFE("MPSAFE");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        /** Returns the word the data file uses. */
        public String word() {
            return word;
        }

        static Optional<Status> of(String word) {
            for (Status status : values()) {
                if (status.word.equals(word)) {
                    return Optional.of(status);
                }
            }
            return Optional.empty();
        }
    }

    /** One row: its key, its three era columns, its basis and its justification. */
    public record Row(int line, String kind, String name, Status freebsd4x, Status freebsd53, Status target,
            String basis, String justification) {

        /** Returns the row's key {@code kind:name}. */
        public String key() {
            return kind + ":" + name;
        }

        /** Returns the row's value in {@code era}. */
        public Status status(Era era) {
            return switch (era) {
                case FREEBSD_4X -> freebsd4x;
                case FREEBSD_5_3 -> freebsd53;
                case TARGET -> target;
            };
        }
    }

    private static final Set<String> KINDS = Set.of("subsystem", "syscall", "intr");

    /** Parses the file; {@code source} names it in messages. The reader is not closed. */
    public static GiantStatusTable parse(String source, Reader reader) throws IOException, DataFormatException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (DataLine line : DataLine.read(source, reader)) {
            if (line.text().startsWith("## ")) {
                continue;
            }
            // The justification may itself contain ' #'-free text only; it is the seventh field.
            String[] f = line.text().split("\t", -1);
            if (f.length != 7) {
                throw line.error("expected 7 TAB-separated fields 'kind TAB name TAB freebsd-4x TAB freebsd-5.3 TAB "
                        + "target TAB basis TAB justification', found " + f.length);
            }
            if (!KINDS.contains(f[0])) {
                throw line.error("kind must be subsystem, syscall or intr, found '" + f[0] + "'");
            }
            Status[] statuses = new Status[3];
            for (int c = 0; c < 3; c++) {
                String word = f[2 + c];
                statuses[c] = Status.of(word).orElseThrow(() -> line.error("'" + word
                        + "' is not a Giant status; expected Giant, partial or MPSAFE"));
            }
            Row row = new Row(line.number(), f[0], f[1], statuses[0], statuses[1], statuses[2], f[5], f[6]);
            Row before = rows.putIfAbsent(row.key(), row);
            if (before != null) {
                throw line.error("row " + row.key() + " is already on line " + before.line());
            }
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(source, 0, "no rows");
        }
        return new GiantStatusTable(java.util.Collections.unmodifiableMap(rows));
    }

    /** Returns the rows of one kind, in file order. */
    public List<Row> rows(String kind) {
        return rows.values().stream().filter(row -> row.kind().equals(kind)).toList();
    }
}
