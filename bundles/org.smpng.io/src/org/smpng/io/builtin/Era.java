package org.smpng.io.builtin;

import java.util.Optional;

import org.smpng.io.builtin.GiantStatusTable.Status;

/**
 * The three eras the built-in kernels are generated for, each a column of {@code data/subsystem_giant_status.txt}.
 * An era decides, for each code path bound to a row of that file, whether the path is wrapped in Giant.
 */
public enum Era {
    /** FreeBSD 4.x: every row is Giant. */
    FREEBSD_4X("freebsd-4x", "FreeBSD 4.x"),
    /** FreeBSD 5.3 as the seed's tables of November 2004 describe it. */
    FREEBSD_5_3("freebsd-5.3", "FreeBSD 5.3"),
    /** The SMPng target: no row is Giant. */
    TARGET("freebsd-5x-target", "FreeBSD 5.x target");

    private final String modelId;
    private final String title;

    Era(String modelId, String title) {
        this.modelId = modelId;
        this.title = title;
    }

    /** Returns the id of the built-in kernel of this era. */
    public String modelId() {
        return modelId;
    }

    /** Returns a short name for the model, e.g. "FreeBSD 5.3". */
    public String title() {
        return title;
    }

    /** Returns the era whose built-in kernel has the given id. */
    public static Optional<Era> ofModel(String id) {
        for (Era era : values()) {
            if (era.modelId.equals(id)) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }

    /**
     * Decides whether a code path bound to {@code row} takes Giant in this era: 'Giant' does, 'MPSAFE' does not, and
     * 'partial' does unless the path is marked partial-giant-free (the row's justification says the common path the
     * code path models is the Giant-free part).
     */
    public boolean takesGiant(GiantStatusTable.Row row, boolean partialGiantFree) {
        Status status = row.status(this);
        return status == Status.GIANT || status == Status.PARTIAL && !partialGiantFree;
    }
}
