package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.acquireShared;
import static org.smpng.sim.tests.Fixtures.call;
import static org.smpng.sim.tests.Fixtures.criticalEnter;
import static org.smpng.sim.tests.Fixtures.criticalExit;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.sleep;
import static org.smpng.sim.tests.Fixtures.work;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockInstances;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.SimResults;
import org.smpng.sim.witness.Witness;
import org.smpng.sim.witness.WitnessEra;
import org.smpng.sim.witness.WitnessFinding;
import org.smpng.sim.witness.WitnessGraph;
import org.smpng.sim.witness.WitnessFinding.Kind;

/**
 * Each WITNESS detection, triggered by a small scenario, with the exact text FreeBSD prints for it. Sites are
 * {@code path:ordinal} (the step's position in its code path) because these models give no source lines; pointers
 * follow the documented synthesis from the lock id (single-instance locks get ids in declaration order).
 */
class WitnessTest {

    /** Runs a one-thread, one-CPU model whose only syscall is {@code path}, with a witness of the given era. */
    static Run run(Fixtures.Model m, CodePath path, Witness.Options options) throws Exception {
        m.group("t", 1, fixed(1000), path);
        Witness witness = Witness.forKernel(m.kernel, options);
        SimResults results = Fixtures.run(m.compile(), 1, witness);
        return new Run(witness, results);
    }

    record Run(Witness witness, SimResults results) {
        WitnessFinding only(Kind kind) {
            List<WitnessFinding> found = witness.findings();
            assertEquals(1, found.size(), "exactly one finding: " + found);
            assertEquals(kind, found.get(0).kind());
            return found.get(0);
        }
    }

    private static Fixtures.Model model(String name) {
        return new Fixtures.Model(name, 1).settings(true, true, 2_000_000);
    }

    @Test
    void reversalOfTheStaticOrderIsReportedOnceInTheModernFormat() throws Exception {
        Fixtures.Model m = model("lor");
        LockType a = m.mutex("A"), b = m.mutex("B");
        m.order("A", "B");
        CodePath p = m.path("bad_path", acquire(b), acquire(a), work(100), release(a), release(b));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("completed", r.results().outcome(), "a reversal is a warning; the run goes on");
        WitnessFinding f = r.only(Kind.LOCK_ORDER_REVERSAL);
        assertEquals(List.of("B", "A"), f.locks());
        assertEquals(List.of("bad_path:1", "bad_path:2"), f.sites());
        assertEquals(List.of("A", "B"), f.chain(), "the order the acquisition contradicts");
        assertEquals("""
                lock order reversal:
                 1st 0xfffff80001000040 B (B, sleep mutex) @ bad_path:1
                 2nd 0xfffff80001000000 A (A, sleep mutex) @ bad_path:2
                lock order B -> A attempted at:
                #0 0xffffffff80800002 at bad_path+0x2
                """, f.text(), "no 'established at': the order A -> B comes from the static order, not a stack");
    }

    @Test
    void findingsAndGraphsAreWrittenAsJson() throws Exception {
        Fixtures.Model m = model("json");
        LockType a = m.mutex("A"), b = m.mutex("B");
        m.order("A", "B");
        CodePath p = m.path("bad_path", acquire(b), acquire(a), work(100), release(a), release(b));
        String json = run(m, p, Witness.Options.of(WitnessEra.MODERN)).witness().toJson();
        assertTrue(json.startsWith("{\"era\": \"modern\", \"lockTypes\": 2, \"edges\": 1,"), json);
        assertTrue(json.contains("{\"kind\": \"LOCK_ORDER_REVERSAL\", \"timeNs\": "), json);
        assertTrue(json.contains("\"thread\": \"proc/t#0\", \"locks\": [\"B\", \"A\"], \"sites\": [\"bad_path:1\","
                + " \"bad_path:2\"], \"chain\": [\"A\", \"B\"], \"text\": \"lock order reversal:\\n 1st 0x"), json);
        assertTrue(json.contains("\"fullgraph\": \"\\n\\\"A\\\",\\\"B\\\"\\n\""), json);
        assertTrue(json.endsWith("\"badstacks\": \"Number of known direct relationships is 1\\n\\nLock order reversal"
                + " between \\\"B\\\"(sleep mutex) and \\\"A\\\"(sleep mutex)!\\nLock order \\\"B\\\"(sleep mutex) ->"
                + " \\\"A\\\"(sleep mutex) first seen at:\\n#0 0xffffffff80800002 at bad_path+0x2\\n\\n\"}"), json);
    }

    @Test
    void reversalInThe5xFormatHasNoColonTheTypeInParenthesesAndADdbBacktrace() throws Exception {
        Fixtures.Model m = model("lor5");
        LockType a = m.mutex("A"), b = m.mutex("B");
        m.order("A", "B");
        CodePath p = m.path("bad_path", acquire(b), acquire(a), work(100), release(a), release(b));
        WitnessFinding f = run(m, p, Witness.Options.of(WitnessEra.FREEBSD_5X)).only(Kind.LOCK_ORDER_REVERSAL);
        assertEquals("""
                lock order reversal
                 1st 0xc1000100 B (B) @ bad_path:1
                 2nd 0xc1000000 A (A) @ bad_path:2
                KDB: stack backtrace:
                bad_path() at bad_path+0x2/frame 0xd4000040
                """, f.text());
    }

    @Test
    void orderSeenAtRunTimeIsPrintedWithTheStackWhereItWasEstablished() throws Exception {
        Fixtures.Model m = model("runtime-order");
        LockType a = m.mutex("A"), b = m.mutex("B");
        CodePath good = m.path("good_path", acquire(a), acquire(b), release(b), release(a));
        CodePath bad = m.path("bad_path", acquire(b), acquire(a), release(a), release(b));
        CodePath syscall = m.path("sys_both", call(good), work(100), call(bad));
        Run r = run(m, syscall, Witness.Options.of(WitnessEra.MODERN));
        WitnessFinding f = r.only(Kind.LOCK_ORDER_REVERSAL);
        assertEquals(List.of("B", "A"), f.locks());
        String text = f.text();
        assertTrue(text.contains("""
                lock order A -> B established at:
                #0 0xffffffff80800002 at good_path+0x2
                #1 0xffffffff80802000 at sys_both+0x0
                lock order B -> A attempted at:
                #0 0xffffffff80801002 at bad_path+0x2
                #1 0xffffffff80802000 at sys_both+0x0
                """), text);
        assertEquals("""

                "A","B"
                """, r.witness().fullgraph(), "the reversed order is not added to the graph");
        String badstacks = r.witness().badstacks();
        assertTrue(badstacks.startsWith("Number of known direct relationships is 2\n"), badstacks);
        assertTrue(badstacks.contains("""

                Lock order reversal between "B"(sleep mutex) and "A"(sleep mutex)!
                Lock order "B"(sleep mutex) -> "A"(sleep mutex) first seen at:
                #0 0xffffffff80801002 at bad_path+0x2
                #1 0xffffffff80802000 at sys_both+0x0

                Lock order "A"(sleep mutex) -> "B"(sleep mutex) first seen at:
                #0 0xffffffff80800002 at good_path+0x2
                #1 0xffffffff80802000 at sys_both+0x0

                """), badstacks);
    }

    @Test
    void observedGraphHasTheRunTimeOrdersWithTheirStacksAndTheReversalWithBothDirectionsSites() throws Exception {
        Fixtures.Model m = model("graph");
        LockType a = m.mutex("A"), b = m.mutex("B");
        m.mutex("unused");
        CodePath good = m.path("good_path", acquire(a), acquire(b), release(b), release(a));
        CodePath bad = m.path("bad_path", acquire(b), acquire(a), release(a), release(b));
        CodePath syscall = m.path("sys_both", call(good), work(100), call(bad));
        WitnessGraph graph = run(m, syscall, Witness.Options.of(WitnessEra.MODERN)).witness().observedGraph();

        assertEquals(List.of(new WitnessGraph.LockTypeSeen("A", "sleep mutex"),
                new WitnessGraph.LockTypeSeen("B", "sleep mutex")), graph.lockTypes(), "only the types acquired");
        assertEquals(2, graph.orders().size(), graph.orders().toString());
        WitnessGraph.Order ab = graph.orders().get(0);
        assertEquals(List.of("A", "B", "good_path:2", "proc/t#0"), List.of(ab.first(), ab.second(), ab.site(),
                ab.thread()));
        assertEquals(List.of("good_path+0x2", "sys_both+0x0"), ab.stack(), "innermost first, as badstacks prints");
        WitnessGraph.Order ba = graph.orders().get(1);
        assertEquals(List.of("B", "A", "bad_path:2"), List.of(ba.first(), ba.second(), ba.site()),
                "the reversed direction was seen too (B was the last lock held)");
        assertTrue(ba.timeNs() > ab.timeNs(), "the good path ran first");

        assertEquals(1, graph.reversals().size());
        WitnessGraph.Reversal r = graph.reversals().get(0);
        assertEquals(List.of("A", "B"), List.of(r.first(), r.second()), "A is established before B");
        assertEquals(List.of(ab), r.established(), "where A -> B was first seen");
        assertEquals("bad_path:1", r.heldSite(), "where B was taken");
        assertEquals("bad_path:2", r.reversedSite(), "where A was taken with B held");
        assertEquals("proc/t#0", r.thread());
    }

    @Test
    void observedGraphOfAReversalOfTheStaticOrderSaysTheOrderIsDeclared() throws Exception {
        Fixtures.Model m = model("graph-static");
        LockType a = m.mutex("A"), b = m.mutex("B");
        m.order("A", "B");
        CodePath p = m.path("bad_path", acquire(b), acquire(a), work(100), release(a), release(b));
        Witness witness = run(m, p, Witness.Options.of(WitnessEra.MODERN)).witness();
        WitnessGraph graph = witness.observedGraph();
        WitnessGraph.Reversal r = graph.reversals().get(0);
        assertEquals(List.of(WitnessGraph.Order.declared("A", "B")), r.established());
        assertTrue(r.established().get(0).isDeclared());
        assertEquals("A \u2192 B declared by the static lock order", r.established().get(0).describe());
        assertEquals(List.of("B", "A"), List.of(graph.orders().get(0).first(), graph.orders().get(0).second()));
        assertEquals(graph, witness.observedGraph(), "two copies of one state are equal and independent");
    }

    @Test
    void reversalThroughIntermediateLocksReportsTheWholeChain() throws Exception {
        Fixtures.Model m = model("chain");
        LockType a = m.mutex("A"), b = m.mutex("B"), c = m.mutex("C");
        m.order("A", "B");
        CodePath bc = m.path("b_then_c", acquire(b), acquire(c), release(c), release(b));
        CodePath ca = m.path("c_then_a", acquire(c), acquire(a), release(a), release(c));
        CodePath syscall = m.path("sys_chain", call(bc), call(ca));
        WitnessFinding f = run(m, syscall, Witness.Options.of(WitnessEra.MODERN)).only(Kind.LOCK_ORDER_REVERSAL);
        assertEquals(List.of("C", "A"), f.locks());
        assertEquals(List.of("A", "B", "C"), f.chain(), "A -> B (static) -> C (run time)");
        assertTrue(f.text().contains("""
                lock order A -> B established by the static lock order
                lock order B -> C established at:
                #0 0xffffffff80800002 at b_then_c+0x2
                #1 0xffffffff80802000 at sys_chain+0x0
                lock order C -> A attempted at:
                """), f.text());
    }

    @Test
    void tryLocksAreNotOrderCheckedButTakePartInLaterChecks() throws Exception {
        Fixtures.Model m = model("try");
        LockType z = m.mutex("Z"), a = m.mutex("A"), b = m.mutex("B");
        m.order("Z", "A", "B");
        org.smpng.model.kernel.Acquire tryA = acquire(a);
        tryA.setTryAcquire(true);
        CodePath p = m.path("p", acquire(b), tryA, acquire(z), release(z), release(a), release(b));
        WitnessFinding f = run(m, p, Witness.Options.of(WitnessEra.MODERN)).only(Kind.LOCK_ORDER_REVERSAL);
        assertEquals(List.of("A", "Z"), f.locks(), "A tried after B is silent; Z after the held A is not");
    }

    /**
     * FreeBSD skips the walk when the new lock is a known child of the last one held; behind a try-locked lock
     * (which adds no order) that shortcut misses a reversal against an older held lock. This WITNESS walks.
     */
    @Test
    void reversalBehindAKnownChildOfTheLastHeldLockIsStillFound() throws Exception {
        Fixtures.Model m = model("no-shortcut");
        LockType w1 = m.mutex("W1"), w = m.mutex("W"), h = m.mutex("H");
        m.order("W1", "W", "H");
        org.smpng.model.kernel.Acquire tryW1 = acquire(w1);
        tryW1.setTryAcquire(true);
        CodePath p = m.path("p", acquire(h), tryW1, acquire(w), release(w), release(w1), release(h));
        WitnessFinding f = run(m, p, Witness.Options.of(WitnessEra.MODERN)).only(Kind.LOCK_ORDER_REVERSAL);
        assertEquals(List.of("H", "W"), f.locks());
    }

    @Test
    void earlierInstanceOfTheNewLocksTypeMakesAThreeLineReport() throws Exception {
        Fixtures.Model m = model("three");
        LockType obj = m.mutex("vm object"), hash = m.mutex("swhash");
        obj.setDupOk(true);
        obj.setInstances(LockInstances.PER_THREAD);
        CodePath p = m.path("swap_pager", acquire(obj), acquire(hash), acquire(obj), release(obj), release(hash),
                release(obj));
        WitnessFinding f = run(m, p, Witness.Options.of(WitnessEra.FREEBSD_11X)).only(Kind.LOCK_ORDER_REVERSAL);
        assertEquals(List.of("vm object", "swhash", "vm object"), f.locks());
        assertTrue(f.text().matches("""
                lock order reversal:
                 1st 0x\\p{XDigit}+ vm object \\(vm object\\) @ swap_pager:1
                 2nd 0x\\p{XDigit}+ swhash \\(swhash\\) @ swap_pager:2
                 3rd 0x\\p{XDigit}+ vm object \\(vm object\\) @ swap_pager:3
                stack backtrace:
                #0 0x\\p{XDigit}+ at swap_pager\\+0x3
                """), f.text());
    }

    @Test
    void sleepableAfterNonSleepableAndGiantAfterNonSleepableAreReversalsWithoutAnyOrder() throws Exception {
        Fixtures.Model m = model("variants");
        m.giant();
        LockType mtx = m.mutex("vtdev"), sx = m.sx("sysctl lock");
        LockType giant = m.locks.get("Giant");
        CodePath p = m.path("p", acquire(mtx), acquire(sx), release(sx), acquire(giant), release(giant),
                release(mtx));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        List<WitnessFinding> found = r.witness().findings(Kind.LOCK_ORDER_REVERSAL);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).text().startsWith("lock order reversal: (sleepable after non-sleepable)\n"));
        assertEquals(List.of("vtdev", "sysctl lock"), found.get(0).locks());
        assertTrue(found.get(1).text().startsWith("lock order reversal: (Giant after non-sleepable)\n"));
        assertEquals(List.of("vtdev", "Giant"), found.get(1).locks());
    }

    @Test
    void giantAndSleepableLocksAreNotOrderedAgainstEachOther() throws Exception {
        Fixtures.Model m = model("giant-sx");
        LockType giant = m.giant();
        LockType sx = m.sx("proctree");
        CodePath one = m.path("one", acquire(giant), acquire(sx), release(sx), release(giant));
        CodePath two = m.path("two", acquire(sx), acquire(giant), release(giant), release(sx));
        Run r = run(m, m.path("sys", call(one), call(two)), Witness.Options.of(WitnessEra.MODERN));
        assertEquals(List.of(), r.witness().findings());
    }

    @Test
    void blessedPairsOfTheModelAndOfTheOptionsAndBlessedSitesSilenceAReversal() throws Exception {
        for (int variant = 0; variant < 3; variant++) {
            Fixtures.Model m = model("bless" + variant);
            LockType a = m.mutex("A"), b = m.mutex("B");
            m.order("A", "B");
            Witness.Options options = Witness.Options.of(WitnessEra.MODERN);
            switch (variant) {
            case 0 -> m.bless("B", "A");
            case 1 -> options = options.blessPair("A", "B");
            default -> options = options.blessSite("bad_path:2");
            }
            CodePath p = m.path("bad_path", acquire(b), acquire(a), release(a), release(b));
            Run r = run(m, p, options);
            assertEquals(List.of(), r.witness().findings(), "variant " + variant);
            assertTrue(r.witness().badstacks().contains("Lock order reversal between \"B\"(sleep mutex) and \"A\""),
                    "badstacks still lists a blessed reversal, as the kernel does");
        }
    }

    @Test
    void sleepLockInACriticalSectionOrUnderASpinLockIsReportedBeforeThePanic() throws Exception {
        Fixtures.Model m = model("crit");
        LockType spin = m.spin("sched lock"), mtx = m.mutex("process lock");
        CodePath p = m.path("p", acquire(spin), acquire(mtx), release(mtx), release(spin));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("panic", r.results().outcome());
        assertEquals("panic: acquiring blockable sleep lock with spinlock or critical section held (sleep mutex)"
                + " process lock @ p:2\n", r.only(Kind.SLEEP_LOCK_IN_CRITICAL_SECTION).text());

        Fixtures.Model m2 = model("crit2");
        LockType sx = m2.sx("allproc");
        CodePath q = m2.path("q", criticalEnter(), acquireShared(sx), release(sx), criticalExit());
        Run r2 = run(m2, q, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("panic: acquiring blockable sleep lock with spinlock or critical section held (sx)"
                + " allproc @ q:2\n", r2.only(Kind.SLEEP_LOCK_IN_CRITICAL_SECTION).text());
    }

    @Test
    void criticalSectionThatWasLeftNoLongerCounts() throws Exception {
        Fixtures.Model m = model("crit-left");
        LockType spin = m.spin("sched lock"), mtx = m.mutex("process lock");
        CodePath p = m.path("p", criticalEnter(), criticalExit(), acquire(spin), release(spin), acquire(mtx),
                release(mtx));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("completed", r.results().outcome());
        assertEquals(List.of(), r.witness().findings());
    }

    @Test
    void sleepingWithANonSleepableLockListsItGiantAndTheInterlockExcepted() throws Exception {
        Fixtures.Model m = model("sleep");
        LockType giant = m.giant();
        LockType vtdev = m.mutex("vtdev"), inter = m.mutex("tq lock");
        CodePath p = m.path("vt_drain", acquire(giant), acquire(vtdev), acquire(inter),
                sleep(m.channel("tq_drain"), inter, fixed(1000)), release(inter), release(vtdev), release(giant));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("panic", r.results().outcome(), "the engine refuses the sleep after WITNESS warned");
        assertEquals("""
                Sleeping on "tq_drain" with the following non-sleepable locks held:
                exclusive sleep mutex vtdev (vtdev) r = 0 (0xfffff80001000040) locked @ vt_drain:2
                stack backtrace:
                #0 0xffffffff80800004 at vt_drain+0x4
                """, r.only(Kind.SLEEPING_WITH_NON_SLEEPABLE_LOCK).text());
    }

    @Test
    void sleepingWithOnlyGiantAndSleepableLocksIsFine() throws Exception {
        Fixtures.Model m = model("sleep-ok");
        LockType giant = m.giant();
        LockType sx = m.sx("proctree");
        CodePath p = m.path("p", acquire(sx), acquire(giant), acquire(giant), sleep(m.channel("wait"), null,
                fixed(1000)), release(giant), release(giant), release(sx));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("completed", r.results().outcome());
        assertEquals(List.of(), r.witness().findings(), "Giant recursion and the drop/pick-up across the sleep");
    }

    @Test
    void recursionOnANonRecursableLockPrintsBothSites() throws Exception {
        Fixtures.Model m = model("recurse");
        LockType mtx = m.mutex("filedesc structure");
        CodePath p = m.path("fdalloc", acquire(mtx), acquire(mtx), release(mtx), release(mtx));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("panic", r.results().outcome());
        assertEquals("""
                recursed on non-recursive lock (sleep mutex) filedesc structure @ fdalloc:2
                first acquired @ fdalloc:1
                panic: recurse
                """, r.only(Kind.RECURSION).text());
    }

    @Test
    void recursionOnARecursableLockIsCountedNotReported() throws Exception {
        Fixtures.Model m = model("recurse-ok");
        LockType mtx = m.mutex("sleepq chain");
        mtx.setRecursionAllowed(true);
        LockType other = m.mutex("other");
        CodePath p = m.path("p", acquire(mtx), acquire(mtx), release(mtx), acquire(other), release(other),
                release(mtx));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("completed", r.results().outcome());
        assertEquals(List.of(), r.witness().findings());
        assertEquals("\n\"sleepq chain\",\"other\"\n", r.witness().fullgraph(),
                "the lock was still held after the inner release");
    }

    @Test
    void duplicateLockOfTheSameTypeWithoutDupokIsReported() throws Exception {
        Fixtures.Model m = model("dup");
        LockType vnode = m.lock("ufs", org.smpng.model.kernel.LockClassKind.LOCKMGR);
        vnode.setInstances(LockInstances.PER_VNODE);
        CodePath p = m.path("vfs_rename", acquire(vnode), acquire(vnode), release(vnode), release(vnode));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        WitnessFinding f = r.only(Kind.DUPLICATE_LOCK);
        assertEquals("""
                acquiring duplicate lock of same type: "ufs"
                 1st ufs @ vfs_rename:1
                 2nd ufs @ vfs_rename:2
                stack backtrace:
                #0 0xffffffff80800002 at vfs_rename+0x2
                """, f.text());

        Fixtures.Model ok = model("dupok");
        LockType obj = ok.mutex("vm object");
        obj.setInstances(LockInstances.PER_THREAD);
        obj.setDupOk(true);
        CodePath q = ok.path("q", acquire(obj), acquire(obj), release(obj), release(obj));
        Run r2 = run(ok, q, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("completed", r2.results().outcome());
        assertEquals(List.of(), r2.witness().findings(), "DUPOK types may be held twice");
    }

    @Test
    void sharedAcquireOfAnExclusivelyHeldLockAndTheReverseAreModeMisuse() throws Exception {
        Fixtures.Model m = model("downgrade");
        LockType sx = m.sx("user map");
        sx.setRecursionAllowed(true);
        CodePath p = m.path("vm_map_lookup", acquire(sx), acquireShared(sx), release(sx), release(sx));
        assertEquals("""
                shared lock of (sx) user map @ vm_map_lookup:2
                while exclusively locked from vm_map_lookup:1
                panic: excl->share
                """, run(m, p, Witness.Options.of(WitnessEra.MODERN)).only(Kind.EXCLUSIVE_TO_SHARED).text());

        Fixtures.Model m2 = model("upgrade");
        LockType sx2 = m2.sx("user map");
        CodePath q = m2.path("vm_map_lookup", acquireShared(sx2), acquire(sx2), release(sx2), release(sx2));
        Run r = run(m2, q, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("""
                exclusive lock of (sx) user map @ vm_map_lookup:2
                while share locked from vm_map_lookup:1
                panic: share->excl
                """, r.only(Kind.SHARED_TO_EXCLUSIVE).text());
    }

    @Test
    void releasingALockNotHeldIsReported() throws Exception {
        Fixtures.Model m = model("unlock");
        LockType mtx = m.mutex("pipe mutex");
        CodePath p = m.path("pipe_close", work(100), release(mtx));
        Run r = run(m, p, Witness.Options.of(WitnessEra.MODERN));
        assertEquals("panic", r.results().outcome());
        assertEquals("panic: lock (sleep mutex) pipe mutex not locked @ pipe_close:2\n",
                r.only(Kind.UNLOCK_NOT_HELD).text());
    }

    @Test
    void twoRunsOfOneScenarioPrintTheSameText() throws Exception {
        String[] texts = new String[2];
        for (int i = 0; i < 2; i++) {
            Fixtures.Model m = model("stable");
            LockType a = m.mutex("A"), b = m.mutex("B");
            CodePath good = m.path("good", acquire(a), acquire(b), release(b), release(a));
            CodePath bad = m.path("bad", acquire(b), acquire(a), release(a), release(b));
            Run r = run(m, m.path("sys", call(good), call(bad)), Witness.Options.of(WitnessEra.MODERN));
            texts[i] = r.witness().findings().get(0).text() + r.witness().badstacks() + r.witness().fullgraph();
        }
        assertEquals(texts[0], texts[1]);
    }
}
