package org.smpng.ui.diagram.internal.commands;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.commands.Command;

/** Moves a lock type's box in the lock graph view to where the user dropped it; undo puts it back. UI thread. */
public final class MoveLockNodeCommand extends Command {

    private final ManualPositions positions;
    private final String name;
    private final Point to;
    private Point before;

    /** Creates a command that puts the box of lock type {@code name} with its top left corner at {@code to}. */
    public MoveLockNodeCommand(ManualPositions positions, String name, Point to) {
        super("Move " + name);
        this.positions = positions;
        this.name = name;
        this.to = to.getCopy();
    }

    @Override
    public boolean canExecute() {
        return name != null && to.x >= 0 && to.y >= 0;
    }

    @Override
    public void execute() {
        before = positions.get(name);
        positions.put(name, to);
    }

    @Override
    public void undo() {
        positions.put(name, before);
    }
}
