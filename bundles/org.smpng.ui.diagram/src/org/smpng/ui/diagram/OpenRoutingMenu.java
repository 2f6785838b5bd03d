package org.smpng.ui.diagram;

import org.eclipse.ui.IWorkbenchWindow;

/** File &gt; Open Interrupt Routing: the built-in machines and "Machine File...", opening the routing editor. */
public final class OpenRoutingMenu extends OpenMachineMenu {

    private static final String TITLE = "Open Interrupt Routing";

    public OpenRoutingMenu() {
        super("Open &Interrupt Routing", TITLE, InterruptRoutingEditor.ID);
    }

    /** Opens a machine in the routing editor; one that cannot be opened is reported, not thrown. */
    public static void open(IWorkbenchWindow window, String spec) {
        open(window, spec, InterruptRoutingEditor.ID, TITLE);
    }
}
