package org.smpng.ui.diagram.internal.commands;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.smpng.model.kernel.BlessedPair;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;

/**
 * The lock types, chains (with their entries), blessed pairs and Giant of a model at one moment, so a command that
 * reshapes chains can undo exactly: the very same objects are put back in their old places.
 */
final class ModelSnapshot {

    private final KernelModel model;
    private final List<LockType> lockTypes;
    private final List<LockOrderChain> chains;
    private final Map<LockOrderChain, List<LockOrderEntry>> entries = new IdentityHashMap<>();
    private final List<BlessedPair> blessedPairs;
    private final LockType giant;

    ModelSnapshot(KernelModel model) {
        this.model = model;
        this.lockTypes = new ArrayList<>(model.getLockTypes());
        this.chains = new ArrayList<>(model.getOrderChains());
        for (LockOrderChain chain : chains) {
            entries.put(chain, new ArrayList<>(chain.getEntries()));
        }
        this.blessedPairs = new ArrayList<>(model.getBlessedPairs());
        this.giant = model.getGiant();
    }

    /** Puts the model back as it was when the snapshot was taken. */
    void restore() {
        model.getOrderChains().clear();
        for (LockOrderChain chain : chains) {
            chain.getEntries().clear();
            chain.getEntries().addAll(entries.get(chain));
        }
        model.getOrderChains().addAll(chains);
        model.getLockTypes().clear();
        model.getLockTypes().addAll(lockTypes);
        model.getBlessedPairs().clear();
        model.getBlessedPairs().addAll(blessedPairs);
        model.setGiant(giant);
    }
}
