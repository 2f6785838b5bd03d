package org.smpng.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;
import org.smpng.model.kernel.KernelModel;

/**
 * A command that reshapes a model's lock types and chains and is undone by putting back a snapshot of them, so a
 * split chain returns as the very same objects it was.
 */
abstract class ReshapeCommand extends Command {

    /** The model this command reshapes. */
    protected final KernelModel model;
    private ModelSnapshot before;

    ReshapeCommand(String label, KernelModel model) {
        super(label);
        this.model = model;
    }

    @Override
    public final void execute() {
        before = new ModelSnapshot(model);
        redo();
    }

    /** Applies the change; called for the first execution and for every redo. */
    @Override
    public abstract void redo();

    @Override
    public final void undo() {
        before.restore();
    }
}
