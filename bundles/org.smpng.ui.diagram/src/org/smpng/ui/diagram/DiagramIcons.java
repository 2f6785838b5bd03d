package org.smpng.ui.diagram;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The icons of the diagram bundle, from its {@code icons/} folder. */
public final class DiagramIcons {

    private static final String BUNDLE = "org.smpng.ui.diagram";

    private DiagramIcons() {
    }

    /** Returns the descriptor of an icon, e.g. {@code "export.png"}; a missing icon gives the missing-image icon. */
    public static ImageDescriptor get(String name) {
        return ResourceLocator.imageDescriptorFromBundle(BUNDLE, "icons/" + name)
                .orElseGet(ImageDescriptor::getMissingImageDescriptor);
    }
}
