package org.smpng.ui.diagram;

import java.util.function.Function;

import org.eclipse.gef.EditDomain;
import org.eclipse.gef.EditPartFactory;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.swt.widgets.Composite;
import org.smpng.graph.LockGraphStyle;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.parts.RoutingEditPartFactory;
import org.smpng.ui.diagram.internal.parts.TopologyEditPartFactory;

/**
 * The two diagrams of a machine model and how a viewer is set up to draw one: the root part, the colours and fonts
 * of the shared style, the background and the edit parts. The editors ({@link InterruptRoutingEditor},
 * {@link MachineTopologyEditor}) and {@code ./smpng export-diagram} set up their viewers here, so an exported
 * diagram is built exactly as the editor builds it. UI thread only.
 */
public enum MachineDiagram {

    /** Devices, IRQ lines, I/O APIC pins and CPUs, and how each interrupt travels to its CPUs. */
    ROUTING("routing", "interrupt routing", RoutingEditPartFactory::new),
    /** Packages holding cores holding hardware threads, I/O APICs and devices. */
    TOPOLOGY("topology", "topology", TopologyEditPartFactory::new);

    private final String word;
    private final String title;
    private final Function<DiagramResources, EditPartFactory> factory;

    MachineDiagram(String word, String title, Function<DiagramResources, EditPartFactory> factory) {
        this.word = word;
        this.title = title;
        this.factory = factory;
    }

    /** {@return the diagram's name on the command line ({@code routing}, {@code topology})} */
    public String word() {
        return word;
    }

    /** {@return what an editor tab says after the machine's name ("interrupt routing")} */
    public String title() {
        return title;
    }

    /**
     * Sets up {@code viewer}, whose control must exist, to draw this diagram; the resources are disposed with the
     * control.
     */
    public void configure(GraphicalViewer viewer) {
        viewer.setRootEditPart(new ScalableFreeformRootEditPart());
        DiagramResources resources = new DiagramResources(viewer.getControl().getDisplay(),
                LockGraphStyle.standard());
        viewer.getControl().addDisposeListener(event -> resources.dispose());
        viewer.getControl().setBackground(resources.background());
        viewer.setEditPartFactory(factory.apply(resources));
    }

    /**
     * Creates a read-only viewer on {@code parent} that draws {@code machine} as the editor would, for exports
     * without an editor ({@code ./smpng export-diagram}). The viewer is disposed with {@code parent}.
     */
    public GraphicalViewer show(Composite parent, Machine machine) {
        ScrollingGraphicalViewer viewer = new ScrollingGraphicalViewer();
        viewer.createControl(parent);
        viewer.setEditDomain(new EditDomain());
        configure(viewer);
        viewer.setContents(machine);
        return viewer;
    }
}
