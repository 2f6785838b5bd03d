package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpng.io.witness.OrderList;
import org.smpng.io.witness.OrderListParser;
import org.smpng.model.builtin.BuiltinModel;

/** The parser reads every shipped order list as its header describes it. */
class OrderListParserTest {

    private static final Pattern COUNTS = Pattern.compile("^(\\d+) chains, (\\d+) entries");

    static List<BuiltinModel> builtins() {
        return OrderListFixtures.builtins();
    }

    @ParameterizedTest(name = "{0}: {1} chains, {2} entries")
    @CsvSource({
            "freebsd-5.0,       2,  33",
            "freebsd-5x,        13, 82",
            "freebsd-7-current, 14, 83",
            "freebsd-head,      24, 113" })
    void dataFileHasTheChainsOfItsHeader(String id, int chains, int entries) throws Exception {
        OrderList list = OrderListFixtures.parse(OrderListFixtures.builtin(id));
        assertEquals(chains, list.chains().size());
        assertEquals(entries, list.chains().stream().mapToInt(chain -> chain.entries().size()).sum());
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void countsAgreeWithTheCountsTheHeaderStates(BuiltinModel builtin) throws Exception {
        OrderList list = OrderListFixtures.parse(builtin);
        Matcher stated = list.headerComments().stream().map(COUNTS::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError(builtin.dataPath() + " states no 'N chains, M entries'"));
        assertEquals(Integer.parseInt(stated.group(1)), list.chains().size());
        assertEquals(Integer.parseInt(stated.group(2)),
                list.chains().stream().mapToInt(chain -> chain.entries().size()).sum());
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void everyEntryRemembersItsLine(BuiltinModel builtin) throws Exception {
        List<String> lines = OrderListFixtures.dataLines(builtin);
        for (OrderList.Chain chain : OrderListFixtures.parse(builtin).chains()) {
            for (OrderList.Entry entry : chain.entries()) {
                String line = lines.get(entry.line() - 1);
                assertTrue(line.startsWith(entry.name() + "\t" + entry.classSymbol()), entry + " vs '" + line + "'");
            }
        }
    }

    @Test
    void labelsAndConditionsAreKept() throws Exception {
        OrderList list = OrderListFixtures.parse(OrderListFixtures.builtin("freebsd-5x"));
        assertEquals("Sockets", list.chains().get(1).label());
        OrderList.Chain spin = list.chains().get(12);
        assertEquals(new OrderList.Entry("ap boot", "lock_class_mtx_spin", "#ifdef SMP", 90),
                spin.entries().get(0));
        assertEquals("", spin.entries().get(1).condition(), "sio has no condition");
    }

    @Test
    void headerValuesJoinTheirContinuationLines() throws Exception {
        OrderList list = OrderListFixtures.parse(OrderListFixtures.builtin("freebsd-5x"));
        assertEquals("freebsd/freebsd-src history, path sys/kern/subr_witness.c", list.header("source"));
        assertTrue(list.header("Dating").startsWith("has twa 3.x"), list.header("Dating"));
        assertTrue(list.header("Dating").contains("'ithread table lock' + 'intr table'"), list.header("Dating"));
        assertEquals("", list.header("no such key"));
    }

    @Test
    void headBlessesThreeVnodeAndBufferLockPairs() throws Exception {
        OrderList list = OrderListFixtures.parse(OrderListFixtures.builtin("freebsd-head"));
        assertEquals(List.of(new OrderList.BlessedPair("dirhash", "bufwait", 5),
                new OrderList.BlessedPair("ufs", "bufwait", 5), new OrderList.BlessedPair("tarfs", "bufwait", 5)),
                list.blessedPairs(), "each pair remembers the line of its blessed_list[] comment");
    }

    @Test
    void olderListsBlessNothing() throws Exception {
        assertEquals(List.of(), OrderListFixtures.parse(OrderListFixtures.builtin("freebsd-5x")).blessedPairs());
    }

    @Test
    void headerEndsAtTheFirstBlankLine() throws Exception {
        OrderList list = new OrderListParser().parse("inline", new StringReader(
                "# first\n# second\n\n# not header\n## label\na\tlock_class_sx\n"));
        assertEquals(List.of("first", "second"), list.headerComments());
        assertEquals(List.of(new OrderList.Chain("label", List.of(new OrderList.Entry("a", "lock_class_sx", "", 6)))),
                list.chains());
    }

    @Test
    void windowsLineEndsAreTolerated() throws Exception {
        OrderList list = new OrderListParser().parse("crlf", new StringReader(
                "# header\r\n\r\n## x\r\na\tlock_class_sx\r\nb\tlock_class_mtx_sleep\t# #ifdef SMP\r\n"));
        assertEquals(List.of("lock_class_sx", "lock_class_mtx_sleep"),
                list.chains().get(0).entries().stream().map(OrderList.Entry::classSymbol).toList());
        assertEquals("#ifdef SMP", list.chains().get(0).entries().get(1).condition());
    }
}
