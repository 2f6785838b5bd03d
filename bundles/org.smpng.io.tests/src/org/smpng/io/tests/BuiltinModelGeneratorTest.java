package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpng.io.builtin.BuiltinModelGenerator;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.KernelModels;

/** The shipped models are exactly what their shipped data generates: the guard against stale XMI. */
class BuiltinModelGeneratorTest {

    static List<BuiltinModel> builtins() {
        return OrderListFixtures.builtins();
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void shippedXmiIsUpToDateWithItsData(BuiltinModel builtin) throws Exception {
        byte[] generated = KernelModels.toXmi(BuiltinModelGenerator.generate(builtin));
        byte[] shipped;
        try (InputStream in = builtin.modelUrl().openStream()) {
            shipped = in.readAllBytes();
        }
        if (!Arrays.equals(shipped, generated)) {
            fail(builtin.modelPath() + " is out of date with " + builtin.dataPath() + " (" + firstDifference(shipped,
                    generated) + "); run ./smpng regenerate-builtins and commit the regenerated models");
        }
    }

    @Test
    void generatedModelRecordsItsRepositoryPathAndGenerator() throws Exception {
        BuiltinModel builtin = OrderListFixtures.builtin("freebsd-5x");
        var provenance = BuiltinModelGenerator.generate(builtin).getProvenance();
        assertEquals("bundles/org.smpng.model/data/witness_order_lists_5x.txt", provenance.getDataFile());
        assertEquals(BuiltinModelGenerator.class.getName(), provenance.getGenerator());
    }

    @Test
    void regenerateRefusesAFolderThatIsNotARepository(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> BuiltinModelGenerator.regenerate(dir));
        assertTrue(e.getMessage().contains("is not an SMPng Workbench repository"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    private static String firstDifference(byte[] shipped, byte[] generated) {
        List<String> a = new String(shipped, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(generated, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end of file>";
            String right = i < b.size() ? b.get(i) : "<end of file>";
            if (!left.equals(right)) {
                return "first difference on line " + (i + 1) + ": shipped '" + left + "', generated '" + right + "'";
            }
        }
        return "they differ in line endings";
    }
}
