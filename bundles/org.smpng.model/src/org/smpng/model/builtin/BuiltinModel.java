package org.smpng.model.builtin;

import java.net.URL;
import java.util.Objects;

/**
 * One model shipped with the product, named on the command line and in the workbench as {@code builtin:<id>}.
 *
 * @param id         short name, e.g. {@code freebsd-5x}
 * @param title      one line for menus and listings
 * @param summary    what the model is and where its data comes from
 * @param modelPath  bundle-relative path of the shipped XMI
 * @param dataPath   bundle-relative path of the data the XMI is generated from
 */
public record BuiltinModel(String id, String title, String summary, String modelPath, String dataPath) {

    /** Checks that every component is present. */
    public BuiltinModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(modelPath, "modelPath");
        Objects.requireNonNull(dataPath, "dataPath");
    }

    /** Returns the shipped XMI, which exists whenever the model bundle is intact. */
    public URL modelUrl() {
        return resource(modelPath);
    }

    /** Returns the data file the XMI was generated from. */
    public URL dataUrl() {
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
