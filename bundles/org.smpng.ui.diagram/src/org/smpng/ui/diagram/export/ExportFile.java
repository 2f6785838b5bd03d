package org.smpng.ui.diagram.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;

import org.smpng.io.export.ExportFormat;

/**
 * The file field of the export wizards' pages: what the user typed as a path, what is wrong with it as a file to
 * write, and the path with its extension following a change of format. Shared by {@link LockGraphExportPage} and
 * {@link DiagramExportPage}, so both say the same things about the same mistakes.
 */
final class ExportFile {

    private ExportFile() {
    }

    /** {@return the path typed (stripped), or null when it is blank or not a valid path} */
    static Path parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Path.of(t);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** {@return why {@code text} cannot name the file to write, as a sentence for the page, or null if it can} */
    static String problem(String text) {
        Path p = parse(text);
        if (text.strip().isEmpty()) {
            return "Enter the file to write.";
        } else if (p == null) {
            return "'" + text.strip() + "' is not a valid file name.";
        } else if (Files.isDirectory(p)) {
            return p + " is a folder; enter a file name.";
        } else if (p.toAbsolutePath().getParent() != null && !Files.isDirectory(p.toAbsolutePath().getParent())) {
            return "The folder " + p.toAbsolutePath().getParent() + " does not exist.";
        }
        return null;
    }

    /**
     * {@return {@code p} with the extension of {@code format} instead of its own when its own is one of
     * {@code followed} (a name the user chose otherwise is left alone), or null when nothing is to change}
     */
    static Path withExtension(Path p, ExportFormat format, Collection<ExportFormat> followed) {
        ExportFormat old = p == null ? null : ExportFormat.ofFile(p);
        if (old == null || old == format || !followed.contains(old)) {
            return null;
        }
        String name = p.getFileName().toString();
        return p.resolveSibling(name.substring(0, name.length() - old.extension().length()) + format.extension());
    }
}
