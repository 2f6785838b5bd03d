package org.smpng.model.builtin;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * One model shipped with the product, named on the command line and in the workbench as {@code builtin:<id>}.
 *
 * @param id         short name, e.g. {@code freebsd-5x}
 * @param kind       what the model's root object is
 * @param title      one line for menus and listings
 * @param summary    what the model is and where its data comes from
 * @param modelPath  bundle-relative path of the shipped XMI
 * @param dataPaths  bundle-relative paths of the data the XMI is generated from, the primary file first (the one a
 *                   kernel model's provenance names)
 */
public record BuiltinModel(String id, Kind kind, String title, String summary, String modelPath,
        List<String> dataPaths) {

    /** What a built-in model describes, which is also the class of its root object. */
    public enum Kind {
        /** A {@code KernelModel}: lock types, order, syscalls and code paths. */
        KERNEL("kernel"),
        /** A {@code Machine}: CPUs, APICs, IRQ lines and devices. */
        MACHINE("machine"),
        /** A {@code Workload}: processes, interrupt sources and software interrupts. */
        WORKLOAD("workload"),
        /** A {@code Scenario}: a kernel, a machine and a workload with engine settings. */
        SCENARIO("scenario");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** Returns the kind as a lower-case word for listings and messages, e.g. {@code machine}. */
        public String word() {
            return word;
        }
    }

    /** Checks that every component is present and that there is at least one data file. */
    public BuiltinModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(modelPath, "modelPath");
        dataPaths = List.copyOf(dataPaths);
        if (dataPaths.isEmpty()) {
            throw new IllegalArgumentException("built-in model " + id + " names no data file");
        }
    }

    /** Creates the entry of a model generated from one data file. */
    public BuiltinModel(String id, Kind kind, String title, String summary, String modelPath, String dataPath) {
        this(id, kind, title, summary, modelPath, List.of(dataPath));
    }

    /** Returns the primary data file, the one a kernel model's provenance names with its SHA-256. */
    public String dataPath() {
        return dataPaths.get(0);
    }

    /** Returns the shipped XMI, which exists whenever the model bundle is intact. */
    public URL modelUrl() {
        return resource(modelPath);
    }

    /** Returns the primary data file the XMI was generated from. */
    public URL dataUrl() {
        return resource(dataPath());
    }

    /** Returns a data file of this model by its bundle-relative path. */
    public static URL dataUrl(String dataPath) {
        return resource(dataPath);
    }

    /** Returns how users name this model: {@code builtin:<id>}. */
    public String spec() {
        return BuiltinModels.SCHEME + id;
    }

    private static URL resource(String path) {
        URL url = BuiltinModel.class.getResource("/" + path);
        if (url == null) {
            throw new IllegalStateException("the model bundle is missing " + path + "; it was built incompletely");
        }
        return url;
    }
}
