package org.smpng.ui.diagram.internal.policies;

import org.eclipse.gef.editpolicies.SelectionEditPolicy;
import org.smpng.ui.diagram.internal.figures.LockTypeFigure;

/** Shows a selected lock type by its figure's focus outline instead of resize handles (the layout places nodes). */
public final class LockSelectionPolicy extends SelectionEditPolicy {

    @Override
    protected void showSelection() {
        ((LockTypeFigure) getHostFigure()).setSelected(true);
    }

    @Override
    protected void hideSelection() {
        ((LockTypeFigure) getHostFigure()).setSelected(false);
    }
}
