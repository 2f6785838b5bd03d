package org.smpng.model.kernel.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * What the hand-written constraint checks of all four validators share: reporting an error, finding items that
 * share a key, and building a diagnostic's data with the offending object first (which the Problems view markers
 * select).
 */
public final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * Adds an error with the given source, code and message about {@code data} to {@code diagnostics}, if there is
     * a chain.
     *
     * @return always {@code false}, so that a check can {@code return error(...)}
     */
    public static boolean error(String source, DiagnosticChain diagnostics, int code, String message, Object... data) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, source, code, message, data));
        }
        return false;
    }

    /** Returns the groups of two or more items with the same non-null key, in first-appearance order. */
    public static <T> List<List<T>> duplicates(List<T> items, Function<T, Object> key) {
        Map<Object, List<T>> byKey = new LinkedHashMap<>();
        for (T item : items) {
            Object value = key.apply(item);
            if (value != null) {
                byKey.computeIfAbsent(value, k -> new ArrayList<>()).add(item);
            }
        }
        List<List<T>> result = new ArrayList<>();
        byKey.values().stream().filter(group -> group.size() > 1).forEach(result::add);
        return result;
    }

    /** Returns {@code first} followed by {@code rest}, as the data of a diagnostic. */
    public static Object[] withFirst(Object first, List<?> rest) {
        List<Object> data = new ArrayList<>();
        data.add(first);
        data.addAll(rest);
        return data.toArray();
    }
}
