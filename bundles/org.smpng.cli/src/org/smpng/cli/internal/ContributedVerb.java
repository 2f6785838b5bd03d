package org.smpng.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.smpng.cli.Verb;

/**
 * A verb of the extension point {@code org.smpng.cli.verbs}: its name, its usage text for {@code smpng help}, and
 * how to make it. The verb's class is loaded only when the verb runs, so {@code smpng help} and the built-in verbs
 * never start the contributing bundle (which may need a display).
 *
 * @param name  what the user types, e.g. {@code export-diagram}
 * @param usage the synopsis line and its description, as {@code smpng help} shows them (indented there)
 * @param make  creates the verb; throws {@link IllegalStateException} naming the bundle if it cannot
 */
public record ContributedVerb(String name, String usage, Supplier<Verb> make) {

    /** The extension point's id. */
    public static final String EXTENSION_POINT = "org.smpng.cli.verbs";

    /**
     * The verbs contributed in the running platform, in registry order; none outside OSGi (plain unit tests) or
     * when a contribution lacks its name.
     */
    public static List<ContributedVerb> fromRegistry() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<ContributedVerb> verbs = new ArrayList<>();
        if (registry == null) {
            return verbs;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String name = e.getAttribute("name");
            if (!"verb".equals(e.getName()) || name == null || name.isBlank()) {
                continue;
            }
            String usage = e.getAttribute("usage") == null ? name : e.getAttribute("usage");
            String contributor = e.getContributor().getName();
            verbs.add(new ContributedVerb(name.strip(), usage, () -> {
                try {
                    return (Verb) e.createExecutableExtension("class");
                } catch (CoreException | ClassCastException ex) {
                    throw new IllegalStateException("the verb '" + name + "' of " + contributor
                            + " cannot be started: " + ex.getMessage(), ex);
                }
            }));
        }
        return verbs;
    }
}
