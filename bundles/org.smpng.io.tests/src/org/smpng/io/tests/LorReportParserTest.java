package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpng.io.witness.LorReport;
import org.smpng.io.witness.LorReport.Era;
import org.smpng.io.witness.LorReport.LockLine;
import org.smpng.io.witness.LorReportFormatException;
import org.smpng.io.witness.LorReportParser;

/**
 * The real WITNESS reports of shared/data/freebsd/lor (copied to testfiles/lor with their provenance comments):
 * clean ones parse completely, truncated and garbled ones parse as far as they go and say what is wrong.
 */
class LorReportParserTest {

    static LorReport parse(String name) throws Exception {
        return new LorReportParser().parse(name, Files.readString(Path.of("testfiles/lor", name)));
    }

    /** Lock types, lock classes (modern), header variant, era and frame counts of each complete report. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            001.txt | vm object,swap_pager swhash,vm object | ,, |                                | FREEBSD_5X  | 0  | 0
            002.txt | ufs,devfs                             | lockmgr,lockmgr |                      | MODERN      | 30 | 0
            003.txt | pcm play channel,pcm record channel   | sleep mutex,sleep mutex |              | MODERN      | 18 | 0
            004.txt | bufwait,dirhash                       | , |                                    | FREEBSD_11X | 0  | 9
            007.txt | zilog->zl_issuer_lock,zfsvfs->z_hold_mtx[i] | , |                          | FREEBSD_11X | 0  | 12
            010.txt | vm object,(d)->nm_mtx                 | , | sleepable after non-sleepable      | FREEBSD_11X | 0  | 12
            011.txt | tcpinp,sysctl lock                    | , | sleepable after non-sleepable      | FREEBSD_11X | 0  | 10
            """)
    void completeReportsParseWithoutProblems(String file, String types, String classes, String variant, Era era,
            int orderFrames, int backtraceFrames) throws Exception {
        LorReport r = parse(file);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(types.split(",")), r.lockTypes());
        assertEquals(List.of((classes + ",").split(",", -1)).subList(0, r.locks().size()),
                r.locks().stream().map(LockLine::className).toList());
        assertEquals(variant == null ? "" : variant, r.variant());
        assertEquals(era, r.era());
        assertTrue(r.header());
        assertEquals(orderFrames, r.orders().stream().mapToInt(o -> o.frames().size()).sum());
        assertEquals(backtraceFrames, r.backtrace().size());
    }

    @Test
    void mailWrappedSyslogCopyIsJoinedAgain() throws Exception {
        LorReport r = parse("001.txt");
        assertEquals(List.of(new LockLine("1st", "0xc79446b4", "vm object", "vm object", "", "/usr/src/sys/vm/swap_pager.c",
                1313), new LockLine("2nd", "0xc08b9e00", "swap_pager swhash", "swap_pager swhash", "",
                        "/usr/src/sys/vm/swap_pager.c", 1803),
                new LockLine("3rd", "0xc7898294", "vm object", "vm object", "", "/usr/src/sys/vm/uma_core.c", 886)),
                r.locks());
    }

    @Test
    void reportCollapsedOntoOneLineIsSplitIntoItsOrders() throws Exception {
        LorReport r = parse("002.txt");
        assertEquals(2, r.orders().size());
        assertEquals("devfs", r.orders().get(0).from());
        assertEquals("ufs", r.orders().get(0).to());
        assertTrue(r.orders().get(0).established());
        assertEquals(13, r.orders().get(0).frames().size());
        assertEquals("fork_trampoline", r.orders().get(0).frames().get(12).function());
        assertEquals("ufs", r.orders().get(1).from());
        assertTrue(!r.orders().get(1).established());
        assertEquals(17, r.orders().get(1).frames().size());
        assertEquals(new LockLine("2nd", "0xfffff80002994cb0", "devfs", "devfs", "lockmgr",
                "/usr/src/sys/kern/vfs_subr.c", 3009), r.locks().get(1));
    }

    @Test
    void namesWithParenthesesKeepThem() throws Exception {
        LorReport r = parse("006.txt");
        LockLine first = r.locks().get(0);
        assertEquals("vm map (user)", first.name());
        assertEquals("vm map (user)", first.witnessName());
        assertEquals("sx", first.className());
        assertEquals(1028, first.line());
        assertEquals("(d)->nm_mtx", parse("010.txt").locks().get(1).name());
    }

    @Test
    void truncatedReportsSayWhereTheyWereCutOff() throws Exception {
        LorReport r5 = parse("005.txt");
        assertEquals(List.of("secadm per-prison lock", "bufwait"), r5.lockTypes());
        assertEquals("sleepable after non-sleepable", r5.variant());
        assertEquals(15, r5.backtrace().size(), "every frame before the cut");
        assertEquals("getblk", r5.backtrace().get(3).function());
        assertEquals(List.of("unreadable stack frame 'Xfast_syscall() at X' (cut off or garbled)"), r5.problems());

        LorReport r6 = parse("006.txt");
        assertEquals(Era.MODERN, r6.era());
        assertEquals(List.of("no 'attempted at:' stack after 'established at:': the report is cut off"),
                r6.problems());

        LorReport r9 = parse("009.txt");
        assertEquals(List.of("vtdev", "Giant"), r9.lockTypes());
        assertEquals("Giant after non-sleepable", r9.variant());
        assertEquals(3, r9.orders().get(0).frames().size());
        assertEquals(List.of("no 'attempted at:' stack after 'established at:': the report is cut off"),
                r9.problems());
    }

    /** Two CPUs printed reports at once (008): the parser keeps what it can read and lists every inconsistency. */
    @Test
    void interleavedReportsAreRecoveredAsFarAsPossibleAndFlagged() throws Exception {
        LorReport r = parse("008.txt");
        assertEquals(List.of("zap->zap_rwlock"), r.lockTypes().subList(1, 2));
        assertEquals("os->os_userused_lock", r.locks().get(0).name());
        assertEquals(0, r.locks().get(0).line(), "its file:line was cut by the other CPU's output");
        List<String> problems = r.problems();
        assertTrue(problems.contains("the 1st lock line has no 'file:line' ('/wrkdirs/usr/ports/sysutils/zol-kmod/"
                + "work/ZoF-804ee5/mod'): cut off or garbled"), problems.toString());
        assertTrue(problems.contains("a second '2nd' lock line (db->db_mtx): reports printed at the same time are"
                + " interleaved"), problems.toString());
        assertTrue(problems.contains("unrecognized text 'p_micro.c:422'"), problems.toString());
        assertTrue(problems.contains("a second 'stack backtrace:': reports printed at the same time are interleaved"),
                problems.toString());
        assertTrue(problems.contains("no 'lock order reversal' header: the excerpt begins mid-report"));
        assertTrue(problems.stream().filter(p -> p.startsWith("unreadable stack frame")).count() >= 3,
                problems.toString());
    }

    @Test
    void otherWitnessMessagesAreNotMistakenForAReversal() {
        LorReportFormatException e = assertThrows(LorReportFormatException.class, () -> new LorReportParser()
                .parse("w002", Files.readString(Path.of("testfiles/lor/other_witness_msgs/"
                        + "w002_sleeping_with_nonsleepable.txt"))));
        assertEquals("w002: no 'lock order reversal' header and no '1st 0x...' lock line; this is not a WITNESS lock"
                + " order reversal report", e.getMessage());
    }
}
