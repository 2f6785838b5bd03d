package org.smpng.ui.diagram.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;

/**
 * Cuts order chains so that exactly the unwanted "before" pairs disappear and every other pair stays. Removing B
 * from the chain A, B, C, D must not declare A before C, so the chain is split into the pieces A and C, D, each
 * keeping the chain's label. Pieces of one entry are dropped, since they order nothing.
 */
final class ChainSurgery {

    private ChainSurgery() {
    }

    /**
     * Rebuilds the model's chains without the entries matching {@code dropEntry} and without the links between
     * consecutive entries matching {@code cutBetween}.
     */
    static void cut(KernelModel model, Predicate<LockOrderEntry> dropEntry,
            BiPredicate<LockOrderEntry, LockOrderEntry> cutBetween) {
        List<LockOrderChain> rebuilt = new ArrayList<>();
        for (LockOrderChain chain : new ArrayList<>(model.getOrderChains())) {
            List<List<LockOrderEntry>> segments = new ArrayList<>();
            List<LockOrderEntry> current = new ArrayList<>();
            LockOrderEntry previous = null;
            for (LockOrderEntry entry : new ArrayList<>(chain.getEntries())) {
                if (dropEntry.test(entry)) {
                    segments.add(current);
                    current = new ArrayList<>();
                    previous = null;
                    continue;
                }
                if (previous != null && cutBetween.test(previous, entry)) {
                    segments.add(current);
                    current = new ArrayList<>();
                }
                current.add(entry);
                previous = entry;
            }
            segments.add(current);
            boolean first = true;
            for (List<LockOrderEntry> segment : segments) {
                if (segment.size() < 2) {
                    continue;
                }
                LockOrderChain piece = first ? chain : KernelFactory.eINSTANCE.createLockOrderChain();
                piece.setLabel(chain.getLabel());
                piece.getEntries().clear();
                piece.getEntries().addAll(segment);
                rebuilt.add(piece);
                first = false;
            }
        }
        model.getOrderChains().clear();
        model.getOrderChains().addAll(rebuilt);
    }
}
