package org.smpng.io.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.smpng.io.witness.OrderListFormatException;
import org.smpng.io.witness.OrderListImporter;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;

/**
 * Makes the built-in models from the data kept beside them in the model bundle, so that every shipped XMI can be
 * rebuilt and checked: {@code ./smpng regenerate-builtins} writes them, and a test checks the shipped files are
 * exactly what this class produces from the shipped data.
 */
public final class BuiltinModelGenerator {

    /** Where the model bundle sits in the repository; data paths are recorded relative to the repository. */
    public static final String MODEL_BUNDLE = "bundles/org.smpng.model";

    private BuiltinModelGenerator() {
    }

    /** Generates a built-in model from the data file shipped with it in the model bundle. */
    public static KernelModel generate(BuiltinModel builtin) throws IOException, OrderListFormatException {
        try (InputStream in = builtin.dataUrl().openStream()) {
            return generate(builtin, in);
        }
    }

    /** Generates a built-in model from {@code data}, the content of its data file; the stream is not closed. */
    public static KernelModel generate(BuiltinModel builtin, InputStream data)
            throws IOException, OrderListFormatException {
        OrderListImporter.Origin origin = new OrderListImporter.Origin(builtin.id(),
                MODEL_BUNDLE + "/" + builtin.dataPath(), BuiltinModelGenerator.class.getName());
        KernelModel model = new OrderListImporter().importFrom(data, origin);
        model.setDescription(builtin.title() + ". " + builtin.summary());
        return model;
    }

    /**
     * Regenerates every built-in model's XMI in the repository at {@code repository} from the data files in that
     * repository (not from the data built into the running product).
     *
     * @return the files written
     */
    public static List<Path> regenerate(Path repository) throws IOException, OrderListFormatException {
        Path bundle = repository.resolve(MODEL_BUNDLE);
        if (!Files.isDirectory(bundle)) {
            throw new IOException(repository.toAbsolutePath() + " is not an SMPng Workbench repository (no "
                    + MODEL_BUNDLE + ")");
        }
        List<Path> written = new ArrayList<>();
        for (BuiltinModel builtin : BuiltinModels.all()) {
            Path target = bundle.resolve(builtin.modelPath());
            try (InputStream data = Files.newInputStream(bundle.resolve(builtin.dataPath()))) {
                KernelModels.save(generate(builtin, data), target);
            }
            written.add(target);
        }
        return written;
    }
}
