package org.smpng.io.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.smpng.model.builtin.BuiltinModel;

/**
 * Where the generators read the built-in models' data files from: the data built into the running model bundle, or
 * the files of a repository checkout. Paths are bundle-relative, e.g. {@code data/machines.txt}.
 */
@FunctionalInterface
public interface DataFiles {

    /** Returns the content of the data file at the bundle-relative {@code dataPath}. */
    byte[] read(String dataPath) throws IOException;

    /** Reads the data shipped in the model bundle. */
    static DataFiles shipped() {
        return dataPath -> {
            try (InputStream in = BuiltinModel.dataUrl(dataPath).openStream()) {
                return in.readAllBytes();
            }
        };
    }

    /** Reads the data of the model bundle at {@code bundle}, a folder of a repository checkout. */
    static DataFiles in(Path bundle) {
        return dataPath -> Files.readAllBytes(bundle.resolve(dataPath));
    }
}
