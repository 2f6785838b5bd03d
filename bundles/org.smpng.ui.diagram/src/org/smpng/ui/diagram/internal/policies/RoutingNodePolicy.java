package org.smpng.ui.diagram.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.smpng.model.machine.IoApicPin;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.commands.RouteIrqCommand;
import org.smpng.ui.diagram.internal.parts.RoutingLink;

/**
 * Routing by drag and drop: a delivery link's CPU end dropped on another CPU re-routes the IRQ; the "Deliver to
 * CPU" tool draws from an IRQ line (or its pin) to a CPU. Commands that would change nothing are refused, and the
 * editor shows their reason in the status line.
 */
public final class RoutingNodePolicy extends GraphicalNodeEditPolicy {

    /** The line a connection drawn from the host starts with: the host itself, or the one line wired to a pin. */
    private IrqLine lineOf(Object model) {
        if (model instanceof IrqLine line) {
            return line;
        }
        if (model instanceof IoApicPin pin && pin.eContainer() != null
                && pin.eContainer().eContainer() instanceof Machine machine) {
            java.util.List<IrqLine> wired = machine.getIrqLines().stream().filter(l -> l.getPin() == pin).toList();
            return wired.size() == 1 ? wired.get(0) : null;
        }
        return null;
    }

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        IrqLine line = lineOf(getHost().getModel());
        if (line == null) {
            return null;
        }
        StartRouting start = new StartRouting(line);
        request.setStartCommand(start);
        return start;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (request.getStartCommand() instanceof StartRouting start && getHost().getModel() instanceof LogicalCpu cpu) {
            return new RouteIrqCommand(start.line, null, cpu);
        }
        return null;
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        if (request.getConnectionEditPart().getModel() instanceof RoutingLink link
                && link.kind() == RoutingLink.Kind.DELIVERED && getHost().getModel() instanceof LogicalCpu cpu) {
            return new RouteIrqCommand(link.line(), (LogicalCpu) link.target(), cpu);
        }
        return null;
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return null; // the source of a delivery is the line's own pin: not something to drag elsewhere
    }

    /** The first half of a "Deliver to CPU" drawing: remembers the line until the CPU is clicked. */
    private static final class StartRouting extends Command {
        final IrqLine line;

        StartRouting(IrqLine line) {
            this.line = line;
        }
    }
}
