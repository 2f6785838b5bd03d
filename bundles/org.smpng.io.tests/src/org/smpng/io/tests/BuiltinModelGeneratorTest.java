package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpng.io.builtin.BuiltinModelGenerator;
import org.smpng.io.builtin.DataFiles;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;

/** The shipped models are exactly what their shipped data generates: the guard against stale XMI. */
class BuiltinModelGeneratorTest {

    private static Map<String, Resource> generated;

    @BeforeAll
    static void generateAll() throws Exception {
        generated = BuiltinModelGenerator.generateAll(DataFiles.shipped());
    }

    static List<BuiltinModel> builtins() {
        return BuiltinModels.all();
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void shippedXmiIsUpToDateWithItsData(BuiltinModel builtin) throws Exception {
        byte[] regenerated = KernelModels.toXmi(generated.get(builtin.id()));
        byte[] shipped;
        try (InputStream in = builtin.modelUrl().openStream()) {
            shipped = in.readAllBytes();
        }
        if (!Arrays.equals(shipped, regenerated)) {
            fail(builtin.modelPath() + " is out of date with " + String.join(", ", builtin.dataPaths()) + " ("
                    + firstDifference(shipped, regenerated)
                    + "); run ./smpng regenerate-builtins and commit the regenerated models");
        }
    }

    @Test
    void generationIsDeterministic() throws Exception {
        Map<String, Resource> again = BuiltinModelGenerator.generateAll(DataFiles.shipped());
        for (BuiltinModel builtin : BuiltinModels.all()) {
            assertArrayEquals(KernelModels.toXmi(generated.get(builtin.id())),
                    KernelModels.toXmi(again.get(builtin.id())), builtin.id());
        }
    }

    @Test
    void generateGivesTheSameModelAsTheWholeRun() throws Exception {
        BuiltinModel builtin = OrderListFixtures.builtin("freebsd-5.3");
        assertArrayEquals(KernelModels.toXmi(generated.get("freebsd-5.3")), BuiltinModelGenerator.generateXmi(builtin));
    }

    @Test
    void generatedModelRecordsItsRepositoryPathAndGenerator() throws Exception {
        BuiltinModel builtin = OrderListFixtures.builtin("freebsd-5x");
        var provenance = ((KernelModel) BuiltinModelGenerator.generate(builtin)).getProvenance();
        assertEquals("bundles/org.smpng.model/data/witness_order_lists_5x.txt", provenance.getDataFile());
        assertEquals(BuiltinModelGenerator.class.getName(), provenance.getGenerator());
    }

    @Test
    void eraKernelRecordsEveryDataFileWithItsHash() throws Exception {
        BuiltinModel builtin = OrderListFixtures.builtin("freebsd-4x");
        var provenance = ((KernelModel) generated.get("freebsd-4x").getContents().get(0)).getProvenance();
        assertEquals("bundles/org.smpng.model/data/kernel_code_paths.txt", provenance.getDataFile());
        for (String dataPath : builtin.dataPaths()) {
            assertTrue(provenance.getNotes().contains("bundles/org.smpng.model/" + dataPath + " sha256="),
                    provenance.getNotes());
        }
    }

    @Test
    void machinesReferToTheirKernelByRelativeHref() throws Exception {
        String xmi = new String(KernelModels.toXmi(generated.get("i386-smp-4cpu-2004")), StandardCharsets.UTF_8);
        assertTrue(xmi.contains("href=\"freebsd-5.3.xmi#//@codePaths."), xmi);
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
