package org.smpng.ui.diagram;

import org.eclipse.ui.IWorkbenchWindow;

/** File &gt; Open Machine Topology: the built-in machines and "Machine File...", opening the topology editor. */
public final class OpenTopologyMenu extends OpenMachineMenu {

    private static final String TITLE = "Open Machine Topology";

    public OpenTopologyMenu() {
        super("Open &Machine Topology", TITLE, MachineTopologyEditor.ID);
    }

    /** Opens a machine in the topology editor; one that cannot be opened is reported, not thrown. */
    public static void open(IWorkbenchWindow window, String spec) {
        open(window, spec, MachineTopologyEditor.ID, TITLE);
    }
}
