package org.smpng.io.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The file formats a lock diagram exports to: pictures (SVG and PDF as vectors, PNG as pixels) and graph data
 * (Graphviz DOT and GraphML, which keep the layout's positions as attributes).
 */
public enum ExportFormat {

    SVG("svg", "SVG image", true),
    PNG("png", "PNG image", true),
    PDF("pdf", "PDF document", true),
    DOT("dot", "Graphviz DOT graph", false),
    GRAPHML("graphml", "GraphML graph", false);

    private final String extension;
    private final String description;
    private final boolean picture;

    ExportFormat(String extension, String description, boolean picture) {
        this.extension = extension;
        this.description = description;
        this.picture = picture;
    }

    /** {@return the file name extension, without the dot} */
    public String extension() {
        return extension;
    }

    /** {@return what the format is, for file dialogs and messages} */
    public String description() {
        return description;
    }

    /** {@return whether the format is a picture (as opposed to graph data)} */
    public boolean isPicture() {
        return picture;
    }

    /**
     * Reads a format name as a user types it ({@code svg}, {@code PNG}, {@code graphml}).
     *
     * @throws IllegalArgumentException naming the formats there are, if {@code name} is none of them
     */
    public static ExportFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(n) || (f == GRAPHML && n.equals("xml"))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; the formats are " + names());
    }

    /** {@return the format a file name's extension names, or null} */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }

    /** {@return the format names, comma-separated, for messages} */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "));
    }
}
