package org.smpng.io.svg;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out unique, XML-safe element ids such as {@code lock-so_snd} for one SVG document.
 *
 * <p>JFreeSVG writes group ids without escaping and throws on a repeated id, and lock names contain spaces and
 * could contain anything, so every id is reduced to letters, digits, {@code '-'} and {@code '_'}. Names that reduce
 * to the same id ({@code "a b"} and {@code "a_b"}) get {@code -2}, {@code -3}, ... appended in drawing order, which
 * keeps the output deterministic. The exact lock name is kept in a {@code data-lock-id} attribute for lookups.
 *
 * <p>Not thread-safe; one instance serves one export.
 */
final class SvgElementIds {

    private final Set<String> used = new HashSet<>();

    /**
     * Returns a fresh id made of a prefix and a sanitised name.
     *
     * @param prefix a constant XML-name-safe prefix such as {@code "lock-"}
     * @param name   any text
     * @return an id not returned before by this instance
     */
    String next(String prefix, String name) {
        String base = prefix + sanitise(name);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * Replaces every character outside {@code [A-Za-z0-9_-]} with {@code '_'}.
     *
     * @param name any text
     * @return the sanitised text, {@code "_"} if {@code name} is empty
     */
    static String sanitise(String name) {
        if (name.isEmpty()) {
            return "_";
        }
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            b.append(safe ? c : '_');
        }
        return b.toString();
    }
}
