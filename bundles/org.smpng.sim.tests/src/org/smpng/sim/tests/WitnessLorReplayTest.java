package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.acquireAt;
import static org.smpng.sim.tests.Fixtures.call;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpng.io.witness.LorReport;
import org.smpng.io.witness.LorReport.LockLine;
import org.smpng.io.witness.LorReportParser;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockInstances;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Step;
import org.smpng.sim.witness.Witness;
import org.smpng.sim.witness.WitnessEra;
import org.smpng.sim.witness.WitnessFinding;
import org.smpng.sim.witness.WitnessFinding.Kind;

/**
 * Each real lock order reversal captured from a FreeBSD kernel (shared/data/freebsd/lor, kept with the parser's
 * fixtures in org.smpng.io.tests/testfiles/lor) replayed in the simulator: the report is parsed, a one-thread
 * scenario performs the same acquisitions at the same file:line (after first establishing the opposite order, when
 * the report's kind of reversal needs one), and our WITNESS, printing in the report's era, must name the same
 * lock types in the same order at the same places, with the same header variant, and, where the kernel printed
 * them, the same "established" and "attempted" orders. Our own output is read back with the same parser.
 */
class WitnessLorReplayTest {

    private static final Path REPORTS = Path.of("../org.smpng.io.tests/testfiles/lor");

    /**
     * Lock classes for the reports that do not print one (5.x and 11.x formats), from the FreeBSD source of the
     * era; the engine has no rw or rm locks, so a non-sleepable rw lock is modeled as a sleep mutex (it blocks on a
     * turnstile and may not be held across a sleep, like a mutex) and the sleepable rm "sysctl lock" as an sx.
     */
    private static final Map<String, LockClassKind> CLASSES = Map.ofEntries(
            Map.entry("vm object", LockClassKind.SLEEP_MUTEX), // 5.x VM_OBJECT_LOCK mtx; 11.x rw
            Map.entry("swap_pager swhash", LockClassKind.SLEEP_MUTEX),
            Map.entry("bufwait", LockClassKind.LOCKMGR), // BUF_LOCK
            Map.entry("dirhash", LockClassKind.SX), // ufsdirhash sx_xlock in the 004 stack
            Map.entry("secadm per-prison lock", LockClassKind.SLEEP_MUTEX), // non-sleepable per the 005 header
            Map.entry("zilog->zl_issuer_lock", LockClassKind.SX), // ZFS kmutex_t is an sx on FreeBSD
            Map.entry("zfsvfs->z_hold_mtx[i]", LockClassKind.SX), // _sx_xlock in the 007 stack
            Map.entry("os->os_userused_lock", LockClassKind.SX),
            Map.entry("db->db_mtx", LockClassKind.SX),
            Map.entry("(d)->nm_mtx", LockClassKind.SX), // _sx_xlock in the 010 stack
            Map.entry("tcpinp", LockClassKind.SLEEP_MUTEX), // rw in 13.0
            Map.entry("sysctl lock", LockClassKind.SX)); // rm, sleepable

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "001.txt", "002.txt", "003.txt", "004.txt", "005.txt", "006.txt", "007.txt", "009.txt", "010.txt",
            "011.txt" })
    void replayedReportNamesTheSameLocksInTheSameOrder(String file) throws Exception {
        LorReport real = new LorReportParser().parse(file, Files.readString(REPORTS.resolve(file)));
        replay(file, real, real.locks());
    }

    /**
     * 008 is two reports interleaved character by character; the parser flags it (see LorReportParserTest). Report
     * A is reconstructed by hand from the halves: its 1st line's file is "…/mod" + "ule/zfs/dmu_objset.c:1886" and
     * its 2nd line is the second "2nd" line, db->db_mtx at dbuf.c:3352 (the other report's 2nd, zap->zap_rwlock at
     * zap_micro.c:422, lost its 1st line).
     */
    @org.junit.jupiter.api.Test
    void garbledReport008ReplaysAsReconstructed() throws Exception {
        LorReport garbled = new LorReportParser().parse("008.txt", Files.readString(REPORTS.resolve("008.txt")));
        String zfs = "/wrkdirs/usr/ports/sysutils/zol-kmod/work/ZoF-804ee5/module/zfs/";
        LockLine first = garbled.locks().get(0);
        assertEquals("os->os_userused_lock", first.witnessName());
        List<LockLine> reconstructed = List.of(
                new LockLine("1st", first.pointer(), first.name(), first.witnessName(), "", zfs + "dmu_objset.c",
                        1886),
                new LockLine("2nd", "0xfffff8001cdbe318", "db->db_mtx", "db->db_mtx", "", zfs + "dbuf.c", 3352));
        replay("008.txt", new LorReport(LorReport.Era.FREEBSD_11X, true, "", reconstructed, List.of(), List.of(),
                List.of()), reconstructed);
    }

    private static void replay(String file, LorReport real, List<LockLine> lines) throws Exception {
        Fixtures.Model m = new Fixtures.Model("replay " + file, 1).settings(true, true, 1_000_000);
        Map<String, LockType> types = new LinkedHashMap<>();
        for (LockLine line : lines) {
            LockType t = types.get(line.witnessName());
            if (t != null) { // the same type twice: a second instance, as the 3-line report shows
                t.setDupOk(true);
                t.setInstances(LockInstances.PER_THREAD);
                continue;
            }
            if (line.witnessName().equals("Giant")) {
                t = m.giant();
            } else {
                t = m.lock(line.witnessName(), line.className().isEmpty() ? CLASSES.get(line.witnessName())
                        : classOf(line.className()));
            }
            types.put(line.witnessName(), t);
        }
        List<Step> steps = new ArrayList<>();
        for (LockLine line : lines) {
            steps.add(acquireAt(types.get(line.witnessName()), line.file(), line.line()));
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            steps.add(release(types.get(lines.get(i).witnessName())));
        }
        CodePath reversal = m.path("reversal", steps.toArray(Step[]::new));
        CodePath syscall;
        if (lines.size() == 2 && !real.variant().startsWith("sleepable")) {
            // The reversal contradicts an order seen before: establish it (2nd before 1st) in another path.
            LockType held = types.get(lines.get(0).witnessName()), wanted = types.get(lines.get(1).witnessName());
            CodePath establish = m.path("establish_order", acquire(wanted), acquire(held), release(held),
                    release(wanted));
            syscall = m.path("sys_replay", call(establish), call(reversal));
        } else {
            syscall = m.path("sys_replay", call(reversal));
        }
        m.group("t", 1, fixed(1000), syscall);
        WitnessEra era = switch (real.era()) {
        case FREEBSD_5X -> WitnessEra.FREEBSD_5X;
        case FREEBSD_11X -> WitnessEra.FREEBSD_11X;
        case MODERN -> WitnessEra.MODERN;
        };
        Witness witness = Witness.forKernel(m.kernel, Witness.Options.of(era));
        Fixtures.run(m.compile(), 1, witness);
        List<WitnessFinding> found = witness.findings();
        assertEquals(1, found.size(), "one finding: " + found);
        assertEquals(Kind.LOCK_ORDER_REVERSAL, found.get(0).kind());
        LorReport ours = new LorReportParser().parse("our " + file, found.get(0).text());
        assertEquals(List.of(), ours.problems(), found.get(0).text());
        assertEquals(real.era(), ours.era());
        assertEquals(real.variant(), ours.variant());
        assertEquals(describe(lines), describe(ours.locks()), found.get(0).text());
        List<String> realOrders = real.orders().stream().map(o -> o.from() + " -> " + o.to() + (o.established()
                ? " established" : " attempted")).toList();
        List<String> ourOrders = ours.orders().stream().map(o -> o.from() + " -> " + o.to() + (o.established()
                ? " established" : " attempted")).toList();
        assertEquals(realOrders, ourOrders.subList(0, realOrders.size()), "the kernel's orders, as far as printed");
    }

    /** What must agree: ordinal, witness name, class (when the kernel printed one), file and line. */
    private static List<String> describe(List<LockLine> lines) {
        return lines.stream().map(l -> l.ordinal() + " " + l.witnessName() + " (" + l.className() + ") @ "
                + l.file() + ":" + l.line()).toList();
    }

    private static LockClassKind classOf(String lcName) {
        return switch (lcName) {
        case "sleep mutex" -> LockClassKind.SLEEP_MUTEX;
        case "spin mutex" -> LockClassKind.SPIN_MUTEX;
        case "sx" -> LockClassKind.SX;
        case "lockmgr" -> LockClassKind.LOCKMGR;
        default -> throw new IllegalArgumentException("no engine class for " + lcName);
        };
    }
}
