package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpng.io.witness.OrderListFormatException;
import org.smpng.io.witness.OrderListImporter;
import org.smpng.model.kernel.BlessedPair;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;

/** The importer turns order lists into kernel models, and says on which line a list goes wrong. */
class OrderListImporterTest {

    @ParameterizedTest(name = "{0}: {1} lock types in {2} classes")
    @CsvSource({
            "freebsd-5.0,       33,  3",
            "freebsd-5x,        75,  3",
            "freebsd-7-current, 76,  3",
            "freebsd-head,      105, 6" })
    void dataFileImportsWithOneLockTypePerName(String id, int lockTypes, int classes) throws Exception {
        KernelModel model = OrderListFixtures.importData(OrderListFixtures.builtin(id));
        assertEquals(lockTypes, model.getLockTypes().size());
        assertEquals(lockTypes, model.getLockTypes().stream().map(LockType::getName).distinct().count());
        assertEquals(classes, model.getLockClasses().size());
        assertEquals("Giant", model.getGiant().getName());
        assertTrue(model.getGiant().isRecursionAllowed());
    }

    @Test
    void headBlessedPairsGetTheirUnchainedLockTypesWithKnownClasses() throws Exception {
        KernelModel model = OrderListFixtures.importData(OrderListFixtures.builtin("freebsd-head"));
        assertEquals(List.of("dirhash/bufwait", "ufs/bufwait", "tarfs/bufwait"),
                model.getBlessedPairs().stream().map(p -> p.getFirst().getName() + "/" + p.getSecond().getName())
                        .toList());
        assertEquals(LockClassKind.SX, type(model, "dirhash").getLockClass().getKind());
        assertEquals("sx", type(model, "dirhash").getLockClass().getName());
        for (String lockmgr : List.of("bufwait", "ufs", "tarfs")) {
            LockClass lockClass = type(model, lockmgr).getLockClass();
            assertEquals(LockClassKind.LOCKMGR, lockClass.getKind(), lockmgr);
            assertEquals("lockmgr", lockClass.getName(), lockmgr);
            assertTrue(lockClass.isSleepable(), lockmgr);
        }
        for (LockOrderChain chain : model.getOrderChains()) {
            for (LockOrderEntry entry : chain.getEntries()) {
                assertFalse(List.of("dirhash", "bufwait", "ufs", "tarfs").contains(entry.getLockType().getName()),
                        "the blessed locks are in no chain");
            }
        }
        assertEquals(1, model.getBlessedPairs().stream().map(BlessedPair::getSecond).distinct().count(),
                "all three pairs share one bufwait lock type");
    }

    @Test
    void smallListImportsChainsConditionsAndProvenance() throws Exception {
        KernelModel model = OrderListFixtures.importTestfile("small.txt");
        assertEquals("small", model.getName());
        assertEquals(List.of("proctree", "Giant", "accept", "sched lock", "ufs", "bufwait"),
                model.getLockTypes().stream().map(LockType::getName).toList(), "chained first, then blessed");
        assertEquals(List.of("spin mutex", "sleep mutex", "sx", "lockmgr"),
                model.getLockClasses().stream().map(LockClass::getName).toList(), "lock_classes[] order");
        assertEquals(List.of("sx locks", "Sockets", "spin locks"),
                model.getOrderChains().stream().map(LockOrderChain::getLabel).toList());
        LockOrderEntry accept = model.getOrderChains().get(1).getEntries().get(1);
        assertEquals("accept", accept.getLockType().getName());
        assertEquals("#ifdef INET", accept.getCondition());
        assertSame(model.getOrderChains().get(0).getEntries().get(1).getLockType(),
                model.getOrderChains().get(1).getEntries().get(0).getLockType(), "one Giant in both chains");
        assertEquals("test fixture", model.getProvenance().getSource());
        assertEquals("today", model.getProvenance().getDating());
        assertEquals("small.txt", model.getProvenance().getDataFile());
        assertEquals("org.smpng.io.tests", model.getProvenance().getGenerator());
        assertEquals(List.of("ufs/bufwait"), model.getBlessedPairs().stream()
                .map(p -> p.getFirst().getName() + "/" + p.getSecond().getName()).toList());
    }

    @Test
    void provenanceRecordsTheSha256OfTheBytesRead() throws Exception {
        byte[] data = "a\tlock_class_sx\n".getBytes(StandardCharsets.UTF_8);
        KernelModel model = new OrderListImporter().importFrom(new ByteArrayInputStream(data),
                new OrderListImporter.Origin("a", "a.txt", "test"));
        // printf 'a\tlock_class_sx\n' | sha256sum
        assertEquals("eb56534cce66f9db836c7c6e1dcf96d98e6cc3c1080ba88eeae068c30aa61b50",
                model.getProvenance().getDataSha256());
    }

    @Test
    void contradictoryOrderIsImportedForTheValidatorToReport() throws Exception {
        KernelModel model = new OrderListImporter().importFrom(new ByteArrayInputStream(
                "a\tlock_class_sx\nb\tlock_class_sx\n\nb\tlock_class_sx\na\tlock_class_sx\n"
                        .getBytes(StandardCharsets.UTF_8)),
                new OrderListImporter.Origin("cycle", "cycle.txt", "test"));
        assertEquals(2, model.getOrderChains().size());
        assertEquals(2, model.getLockTypes().size());
    }

    @ParameterizedTest(name = "{0}: line {1}, ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            missing-tab.txt             | 5 | found 1 tab-separated field(s): 'so_snd lock_class_mtx_sleep'
            too-many-fields.txt         | 3 | found 4 tab-separated field(s)
            bad-class-symbol.txt        | 4 | 'sleep mutex' is not a struct lock_class symbol
            unknown-class.txt           | 4 | unknown lock class 'lock_class_spinlock'
            third-field-not-comment.txt | 5 | the third field must be a comment '# ...'
            label-after-entry.txt       | 6 | a chain label (## ...) must follow a blank line
            blessed-without-pair.txt    | 2 | blessed_list[] line lists no {"a","b"} pair
            two-classes.txt             | 8 | lock type 'uidinfo hash' is a rw here but a sleep mutex on line 5
            unknown-blessed.txt         | 2 | names 'vnode interlock', which is in no chain
            """)
    void malformedListIsRefusedWithItsLine(String file, int line, String problem) {
        OrderListFormatException e = assertThrows(OrderListFormatException.class,
                () -> OrderListFixtures.importTestfile(file));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "empty.txt", "comments-only.txt" })
    void listWithoutEntriesIsRefused(String file) {
        OrderListFormatException e = assertThrows(OrderListFormatException.class,
                () -> OrderListFixtures.importTestfile(file));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().startsWith(file + ": no lock order chain found"), e.getMessage());
    }

    private static LockType type(KernelModel model, String name) {
        return model.getLockTypes().stream().filter(t -> name.equals(t.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no lock type " + name));
    }
}
