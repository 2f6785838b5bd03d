package org.smpng.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.support.LockOrderGraph;

/**
 * Declares that {@code first} must be acquired before {@code second}, as a new two-entry chain. Refused when it
 * would add nothing (the pair is already declared), close a cycle (the order already puts {@code second} before
 * {@code first}), or order a sleep lock after a spin lock — the mistakes the model's validator would report.
 */
public final class CreateOrderCommand extends Command {

    /** The label of chains drawn in the editor. */
    public static final String LABEL = "drawn in the lock order editor";

    private final KernelModel model;
    private final LockType first;
    private LockType second;
    private LockOrderChain chain;

    /** Creates the command with its source; the target is set when the user picks it. */
    public CreateOrderCommand(KernelModel model, LockType first) {
        super("Declare lock order");
        this.model = model;
        this.first = first;
    }

    /** Sets the lock type to be acquired after the first. */
    public void setSecond(LockType second) {
        this.second = second;
    }

    @Override
    public boolean canExecute() {
        if (first == null || second == null || first == second) {
            return false;
        }
        if (first.getLockClass() != null && second.getLockClass() != null && first.getLockClass().isSpin()
                && !second.getLockClass().isSpin()) {
            return false;
        }
        LockOrderGraph graph = LockOrderGraph.of(model);
        return !graph.successors(first).contains(second) && !graph.reaches(second, first);
    }

    @Override
    public void execute() {
        chain = KernelFactory.eINSTANCE.createLockOrderChain();
        chain.setLabel(LABEL);
        for (LockType type : new LockType[] {first, second}) {
            LockOrderEntry entry = KernelFactory.eINSTANCE.createLockOrderEntry();
            entry.setLockType(type);
            entry.setCondition("");
            chain.getEntries().add(entry);
        }
        redo();
    }

    @Override
    public void redo() {
        model.getOrderChains().add(chain);
    }

    @Override
    public void undo() {
        model.getOrderChains().remove(chain);
    }
}
