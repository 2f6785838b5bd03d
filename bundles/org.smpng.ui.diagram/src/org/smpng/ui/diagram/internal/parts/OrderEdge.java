package org.smpng.ui.diagram.internal.parts;

import org.smpng.model.kernel.LockType;

/**
 * A "must be acquired before" edge of the lock graph: {@code first} before {@code second}. Not a second model: it
 * names a pair of consecutive entries that the EMF model's order chains already hold, so that GEF has an object
 * to key the connection's edit part by (records compare by their lock types' identity).
 *
 * @param first  the lock type acquired first
 * @param second the lock type acquired after it
 */
public record OrderEdge(LockType first, LockType second) {
}
