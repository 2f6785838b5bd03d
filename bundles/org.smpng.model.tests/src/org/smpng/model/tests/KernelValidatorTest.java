package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.util.KernelValidator;

/** Each hand-written constraint of the kernel model fires on a model that breaks it and names the locks. */
class KernelValidatorTest {

    /** A small model that follows every rule: Giant first, sleep locks before spin locks, one blessed pair. */
    private static KernelModel clean() {
        return Models.named("clean")
                .lock("Giant", LockClassKind.SLEEP_MUTEX)
                .lock("proctree", LockClassKind.SX)
                .lock("sched lock", LockClassKind.SPIN_MUTEX)
                .lock("callout", LockClassKind.SPIN_MUTEX)
                .giant("Giant", true)
                .labelledChain("sx locks", "proctree", "Giant", "filedesc structure")
                .labelledChain("Sockets", "filedesc structure", "accept", "so_snd")
                .labelledChain("spin locks", "sched lock", "callout")
                .blessed("accept", "so_snd")
                .build();
    }

    @Test
    void cleanModelHasNoDiagnostics() {
        Diagnostic diagnostic = Models.validate(clean());
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().toString());
    }

    @Test
    void duplicateLockTypeNameIsReported() {
        KernelModel model = Models.named("dup").lock("so_snd", LockClassKind.SLEEP_MUTEX)
                .lock("so_snd", LockClassKind.SX).lock("accept", LockClassKind.SLEEP_MUTEX).build();
        Diagnostic found = single(model, KernelValidator.DUPLICATE_LOCK_TYPE_NAME);
        assertTrue(found.getMessage().contains("2 lock types are named \"so_snd\""), found.getMessage());
        assertEquals(3, found.getData().size(), "the model and both lock types");
    }

    @Test
    void lockOrderCycleIsReportedWithItsPath() {
        KernelModel model = Models.named("cycle").chain("Giant", "accept", "so_snd").chain("so_snd", "Giant")
                .chain("sched lock").build();
        Diagnostic found = single(model, KernelValidator.LOCK_ORDER_CYCLE);
        assertTrue(found.getMessage().contains("Giant -> accept -> so_snd -> Giant"), found.getMessage());
        assertEquals(Diagnostic.ERROR, found.getSeverity());
    }

    @Test
    void everySeparateCycleIsReported() {
        KernelModel model = Models.named("cycles").chain("a", "b", "a2").chain("b", "a")
                .chain("x", "y").chain("y", "x").build();
        List<Diagnostic> found = Models.withCode(Models.validate(model), KernelValidator.LOCK_ORDER_CYCLE);
        assertEquals(List.of("a -> b -> a", "x -> y -> x"),
                found.stream().map(d -> d.getMessage().replaceAll(".*cycle: (.*);.*", "$1")).toList());
    }

    @Test
    void sleepLockAfterSpinLockIsReported() {
        KernelModel model = Models.named("spin").lock("sched lock", LockClassKind.SPIN_MUTEX)
                .lock("proctree", LockClassKind.SX).labelledChain("bad", "sched lock", "proctree").build();
        Diagnostic found = single(model, KernelValidator.SLEEP_LOCK_AFTER_SPIN_LOCK);
        assertTrue(found.getMessage().contains("\"bad\""), found.getMessage());
        assertTrue(found.getMessage().contains("sleep lock \"proctree\" (sx) after spin lock \"sched lock\""),
                found.getMessage());
    }

    @Test
    void spinLockAfterSleepLockIsFine() {
        KernelModel model = Models.named("ok").lock("sched lock", LockClassKind.SPIN_MUTEX)
                .chain("Giant", "sched lock").build();
        assertEquals(List.of(), Models.withCode(Models.validate(model), KernelValidator.SLEEP_LOCK_AFTER_SPIN_LOCK));
    }

    @Test
    void giantThatIsNotRecursiveIsReported() {
        KernelModel model = Models.named("giant").giant("Giant", false).build();
        Diagnostic found = single(model, KernelValidator.GIANT_NOT_RECURSIVE_SLEEP_MUTEX);
        assertTrue(found.getMessage().startsWith("Giant lock \"Giant\" must be a recursive sleep mutex"),
                found.getMessage());
        assertTrue(found.getMessage().contains("does not allow recursion"), found.getMessage());
    }

    @Test
    void giantThatIsNotASleepMutexIsReported() {
        KernelModel model = Models.named("giant").lock("BigLock", LockClassKind.SX).giant("BigLock", true).build();
        Diagnostic found = single(model, KernelValidator.GIANT_NOT_RECURSIVE_SLEEP_MUTEX);
        assertTrue(found.getMessage().contains("\"BigLock\""), found.getMessage());
        assertTrue(found.getMessage().contains("of kind SX"), found.getMessage());
        assertFalse(found.getMessage().contains("recursion"), found.getMessage());
    }

    @Test
    void repeatedChainEntryIsReportedWithPositions() {
        KernelModel model = Models.named("repeat").chain("x").labelledChain(null, "accept", "so_snd", "accept")
                .build();
        Diagnostic found = single(model, KernelValidator.REPEATED_CHAIN_ENTRY);
        assertTrue(found.getMessage().startsWith("Lock order chain #2 lists \"accept\" twice (entries 1 and 3)"),
                found.getMessage());
    }

    @Test
    void blessedPairOfOneLockIsReported() {
        KernelModel model = Models.named("blessed").blessed("bufwait", "bufwait").build();
        Diagnostic found = single(model, KernelValidator.BLESSED_PAIR_NOT_DISTINCT);
        assertTrue(found.getMessage().contains("\"bufwait\" twice"), found.getMessage());
    }

    private static Diagnostic single(KernelModel model, int code) {
        Diagnostic diagnostic = Models.validate(model);
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        List<Diagnostic> found = Models.withCode(diagnostic, code);
        assertEquals(1, found.size(), () -> "diagnostics with code " + code + ": " + diagnostic.getChildren());
        return found.get(0);
    }
}
