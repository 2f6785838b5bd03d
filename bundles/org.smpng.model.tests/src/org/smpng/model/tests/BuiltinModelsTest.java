package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModel.Kind;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.Provenance;

/** The models shipped with the product load, satisfy their constraints and say where they come from. */
class BuiltinModelsTest {

    static List<BuiltinModel> builtins() {
        return BuiltinModels.kernels();
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void kernelLoadsAndValidatesWithoutErrors(BuiltinModel builtin) throws Exception {
        KernelModel model = KernelModels.load("builtin:" + builtin.id());
        Diagnostic diagnostic = Models.validate(model);
        assertTrue(diagnostic.getSeverity() < Diagnostic.WARNING, () -> builtin.id() + ": "
                + diagnostic.getChildren().stream().map(Diagnostic::getMessage).collect(Collectors.joining("; ")));
        assertEquals(builtin.id(), model.getName());
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void recordsProvenanceMatchingItsDataFile(BuiltinModel builtin) throws Exception {
        Provenance provenance = KernelModels.load(builtin.spec()).getProvenance();
        assertNotNull(provenance, builtin.id());
        assertEquals("bundles/org.smpng.model/" + builtin.dataPath(), provenance.getDataFile());
        assertTrue(provenance.getDataSha256().matches("[0-9a-f]{64}"), provenance.getDataSha256());
        assertEquals(sha256(builtin), provenance.getDataSha256(), "the hash is that of the shipped data file");
        assertEquals("org.smpng.io.builtin.BuiltinModelGenerator", provenance.getGenerator());
    }

    @Test
    void eachLoadIsTheCallersOwnCopy() throws Exception {
        KernelModel first = KernelModels.load("builtin:freebsd-5x");
        first.getLockTypes().clear();
        assertEquals(75, KernelModels.load("builtin:freebsd-5x").getLockTypes().size());
    }

    @Test
    void freebsd5xHasTheLocksAndChainsOfItsOrderLists() throws Exception {
        KernelModel model = KernelModels.load("builtin:freebsd-5x");
        assertEquals(75, model.getLockTypes().size());
        assertEquals(13, model.getOrderChains().size());
        assertEquals(82, model.getOrderChains().stream().map(LockOrderChain::getEntries).mapToInt(List::size).sum());
    }

    @Test
    void freebsd5xGiantIsARecursiveSleepMutex() throws Exception {
        KernelModel model = KernelModels.load("builtin:freebsd-5x");
        assertNotNull(model.getGiant());
        assertEquals("Giant", model.getGiant().getName());
        assertEquals(LockClassKind.SLEEP_MUTEX, model.getGiant().getLockClass().getKind());
        assertTrue(model.getGiant().isRecursionAllowed());
    }

    @Test
    void freebsd5xHasSpinMutexSleepMutexAndSxClasses() throws Exception {
        List<LockClass> classes = KernelModels.load("builtin:freebsd-5x").getLockClasses();
        assertEquals(List.of("spin mutex", "sleep mutex", "sx"), classes.stream().map(LockClass::getName).toList());
        assertEquals(List.of(LockClassKind.SPIN_MUTEX, LockClassKind.SLEEP_MUTEX, LockClassKind.SX),
                classes.stream().map(LockClass::getKind).toList());
        assertEquals(List.of(true, false, false), classes.stream().map(LockClass::isSpin).toList());
    }

    @Test
    void findKnowsEveryIdAndNothingElse() {
        for (BuiltinModel builtin : BuiltinModels.all()) {
            assertEquals(builtin, BuiltinModels.find(builtin.id()).orElseThrow());
            assertEquals("builtin:" + builtin.id(), builtin.spec());
        }
        assertTrue(BuiltinModels.find("freebsd-4").isEmpty());
    }

    @Test
    void catalogueHasTheKernelsMachinesWorkloadsAndScenariosOfIssue3() {
        assertEquals(List.of("freebsd-5.0", "freebsd-5x", "freebsd-7-current", "freebsd-head", "freebsd-4x",
                "freebsd-5.3", "freebsd-5x-target"), ids(Kind.KERNEL));
        assertEquals(List.of("i386-smp-4cpu-2004", "amd64-2x2-2006", "amd64-16cpu"), ids(Kind.MACHINE));
        assertEquals(List.of("syscall-mix", "net-forwarding", "desktop-mix"), ids(Kind.WORKLOAD));
        assertEquals(List.of("syscall-mix-4x", "syscall-mix-5.3", "syscall-mix-target"), ids(Kind.SCENARIO));
        assertEquals(BuiltinModels.all().size(), Arrays.stream(Kind.values()).mapToInt(k -> ids(k).size()).sum());
    }

    private static List<String> ids(Kind kind) {
        return BuiltinModels.ofKind(kind).stream().map(BuiltinModel::id).toList();
    }

    private static String sha256(BuiltinModel builtin) throws Exception {
        try (InputStream in = builtin.dataUrl().openStream()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
