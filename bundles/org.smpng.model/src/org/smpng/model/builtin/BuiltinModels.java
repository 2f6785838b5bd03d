package org.smpng.model.builtin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalogue of models shipped with the product. Load one with {@link KernelModels#load(String)} and the spec
 * {@code builtin:<id>}. Immutable and thread-safe.
 */
public final class BuiltinModels {

    /** The prefix that marks a built-in model spec. */
    public static final String SCHEME = "builtin:";

    private static final List<BuiltinModel> CATALOGUE = List.of(
            new BuiltinModel("freebsd-5.0", "FreeBSD 5.0-CURRENT (2002) static lock order",
                    "WITNESS order_lists[] of sys/kern/subr_witness.c just before 5.0-RELEASE: "
                            + "2 chains, 33 lock types.",
                    "models/freebsd-5.0.xmi", "data/witness_order_lists_2002_5.0era.txt"),
            new BuiltinModel("freebsd-5x", "FreeBSD 5.x (2005) static lock order",
                    "WITNESS order_lists[] of the RELENG_5 to RELENG_6 era: 13 chains, 82 entries, 75 lock types.",
                    "models/freebsd-5x.xmi", "data/witness_order_lists_5x.txt"),
            new BuiltinModel("freebsd-7-current", "FreeBSD 7.0-CURRENT (2006) static lock order",
                    "WITNESS order_lists[] of the RELENG_6 / 7.0-CURRENT era: 14 chains, 83 entries, 76 lock types.",
                    "models/freebsd-7-current.xmi", "data/witness_order_lists_2006.txt"),
            new BuiltinModel("freebsd-head", "FreeBSD HEAD (2023+) static lock order",
                    "WITNESS order_lists[] and blessed_list[] of main after 2023: "
                            + "24 chains, 113 entries, 105 lock types.",
                    "models/freebsd-head.xmi", "data/witness_order_lists_HEAD.txt"));

    private static final Map<String, BuiltinModel> BY_ID = CATALOGUE.stream()
            .collect(Collectors.toUnmodifiableMap(BuiltinModel::id, model -> model));

    private BuiltinModels() {
    }

    /** Returns every built-in model, oldest first. */
    public static List<BuiltinModel> all() {
        return CATALOGUE;
    }

    /** Returns the built-in model with the given id, if there is one. */
    public static Optional<BuiltinModel> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Returns the specs of all built-in models, for messages. */
    static String ids() {
        return CATALOGUE.stream().map(BuiltinModel::spec).collect(Collectors.joining(", "));
    }

}
