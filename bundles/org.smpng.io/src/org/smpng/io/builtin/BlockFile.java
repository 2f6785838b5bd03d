package org.smpng.io.builtin;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data file made of blocks {@code <keyword> <id>} ... {@code end} of whitespace-separated lines, the shape of
 * {@code machines.txt}, {@code workloads.txt} and {@code scenarios.txt}. Reading checks only the block structure;
 * the generators check the lines. Immutable once read.
 *
 * @param source the file, for messages
 * @param blocks the lines of each block between its header and its 'end', by id, in file order
 * @param headers the header line of each block, by id
 */
record BlockFile(String source, Map<String, List<DataLine>> blocks, Map<String, DataLine> headers) {

    /** Reads the blocks that start with {@code keyword}. The reader is not closed. */
    static BlockFile read(String source, Reader reader, String keyword) throws IOException, DataFormatException {
        Map<String, List<DataLine>> blocks = new LinkedHashMap<>();
        Map<String, DataLine> headers = new LinkedHashMap<>();
        List<DataLine> current = null;
        DataLine header = null;
        for (DataLine line : DataLine.read(source, reader)) {
            List<String> words = line.words();
            if (current == null) {
                if (words.size() != 2 || !words.get(0).equals(keyword)) {
                    throw line.error("expected '" + keyword + " <id>' to start a block, found '" + line.text() + "'");
                }
                if (blocks.containsKey(words.get(1))) {
                    throw line.error(keyword + " '" + words.get(1) + "' is already defined on line "
                            + headers.get(words.get(1)).number());
                }
                header = line;
                current = new ArrayList<>();
            } else if (line.text().equals("end")) {
                blocks.put(header.words().get(1), List.copyOf(current));
                headers.put(header.words().get(1), header);
                current = null;
            } else if (words.get(0).equals(keyword)) {
                throw line.error("a new " + keyword + " starts before the 'end' of " + keyword + " '"
                        + header.words().get(1) + "' (line " + header.number() + ")");
            } else {
                current.add(line);
            }
        }
        if (current != null) {
            throw header.error(keyword + " '" + header.words().get(1) + "' has no 'end' line");
        }
        return new BlockFile(source, blocks, headers);
    }

    /** Returns the lines of the block {@code id}. */
    List<DataLine> block(String id) throws DataFormatException {
        List<DataLine> block = blocks.get(id);
        if (block == null) {
            throw new DataFormatException(source, 0, "no block '" + id + "'; the file defines " + blocks.keySet());
        }
        return block;
    }

    /** Returns the single line of a block that starts with {@code keyword}, failing if there is none or several. */
    /** Returns the id of the kernel that block {@code id} names on its {@code kernel <kernel id>} line. */
    String referenceKernel(String id) throws DataFormatException {
        DataLine line = single(block(id), headers().get(id), "kernel");
        expect(line, 2, "kernel <kernel id>");
        return line.words().get(1);
    }

    static DataLine single(List<DataLine> block, DataLine header, String keyword) throws DataFormatException {
        DataLine found = null;
        for (DataLine line : block) {
            if (line.words().get(0).equals(keyword)) {
                if (found != null) {
                    throw line.error("a second '" + keyword + "' line; the first is on line " + found.number());
                }
                found = line;
            }
        }
        if (found == null) {
            throw header.error("the block has no '" + keyword + "' line");
        }
        return found;
    }

    /** Fails unless the line has exactly {@code count} words, showing the expected form. */
    static void expect(DataLine line, int count, String form) throws DataFormatException {
        if (line.words().size() != count) {
            throw line.error("expected '" + form + "', found '" + line.text() + "'");
        }
    }
}
