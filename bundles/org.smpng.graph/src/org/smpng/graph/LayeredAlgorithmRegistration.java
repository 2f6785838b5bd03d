package org.smpng.graph;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Makes ELK's layered algorithm and its options known to {@link LayoutMetaDataService}.
 *
 * <p>ELK normally finds its meta data through {@link java.util.ServiceLoader}, which sees nothing across bundle
 * class loaders in OSGi. Without the registration, option look-ups by id fail and anything that resolves the
 * algorithm by name does not find it. Plain Java (tests, the CLI) may already have loaded the provider through the
 * service loader, so registration only happens when the algorithm is still unknown.
 */
final class LayeredAlgorithmRegistration {

    private static final Object LOCK = new Object();

    /** Whether the layered meta data is known to ELK; only ever goes from false to true; guarded by {@link #LOCK}. */
    private static boolean registered;

    private LayeredAlgorithmRegistration() {
    }

    /**
     * Registers the layered meta data provider unless ELK already knows the algorithm. Safe to call from any thread
     * and any number of times; callers hold no lock on entry and none on return.
     */
    static void ensureRegistered() {
        synchronized (LOCK) {
            if (registered) {
                return;
            }
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
            registered = true;
        }
    }
}
