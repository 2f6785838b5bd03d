package org.smpng.io.builtin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One meaningful line of a data file: its number and its text without the trailing comment. The line-oriented data
 * files of the built-in models share these rules: '#' lines are comments, blank lines are ignored, and a comment may
 * end a line after a TAB or a space ({@code "op read 30  # note"}).
 *
 * @param source the file, for messages
 * @param number 1-based line number
 * @param text    the line without its trailing comment, trimmed
 * @param comment the trailing comment without its '#', trimmed; empty if there is none
 */
record DataLine(String source, int number, String text, String comment) {

    /** Reads the meaningful lines of {@code reader}; the reader is not closed. */
    static List<DataLine> read(String source, Reader reader) throws IOException {
        return read(source, reader, false);
    }

    /**
     * Reads the lines of a TAB-separated file, where only a TAB starts a trailing comment: the seed's task titles
     * contain " #" ("Fix SIGXPU and other #if 0'd things").
     */
    static List<DataLine> readTabSeparated(String source, Reader reader) throws IOException {
        return read(source, reader, true);
    }

    private static List<DataLine> read(String source, Reader reader, boolean tabOnly) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<DataLine> lines = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            int hash = commentStart(line, tabOnly);
            String text = line.substring(0, hash).strip();
            if (!text.isEmpty()) {
                String comment = hash < line.length() ? line.substring(hash + 1).strip() : "";
                lines.add(new DataLine(source, number, text, comment));
            }
        }
        return lines;
    }

    /** Returns where the comment of {@code line} starts, or its length if it has none. */
    private static int commentStart(String line, boolean tabOnly) {
        if (line.startsWith("## ")) {
            return line.length(); // a section heading
        }
        if (line.stripLeading().startsWith("#")) {
            return 0;
        }
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (line.charAt(i - 1) == '\t' || !tabOnly && line.charAt(i - 1) == ' ')) {
                return i;
            }
        }
        return line.length();
    }

    /** Returns the whitespace-separated words of the line. */
    List<String> words() {
        return Arrays.asList(text.split("\\s+"));
    }

    /** Returns an exception for this line. */
    DataFormatException error(String problem) {
        return new DataFormatException(source, number, problem);
    }

    /** Parses an integer word of this line, naming what it is in the error. */
    int integer(String word, String what) throws DataFormatException {
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw error(what + " must be a whole number, found '" + word + "'");
        }
    }

    /** Parses a number word of this line, naming what it is in the error. */
    double number(String word, String what) throws DataFormatException {
        try {
            double value = Double.parseDouble(word);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(what + " must be a number, found '" + word + "'");
        }
    }
}
