package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.model.tests.Models.branch;
import static org.smpng.model.tests.Models.criticalEnter;
import static org.smpng.model.tests.Models.criticalExit;
import static org.smpng.model.tests.Models.loop;
import static org.smpng.model.tests.Models.work;
import static org.smpng.model.tests.Models.yieldCpu;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.util.KernelValidator;

/**
 * The locking discipline of code paths, checked on every path: through both arms of a branch, loop bodies and
 * called code paths. Each rule fires on a code path that breaks it, with a message naming the locks, and stays
 * quiet on a correct one.
 */
class CodePathValidatorTest {

    /** Giant, a sleep mutex, an sx lock and a spin mutex, ordered proctree -> Giant -> pipe mutex. */
    private static Models kernel() {
        return Models.named("code paths")
                .lock("Giant", LockClassKind.SLEEP_MUTEX).giant("Giant", true)
                .lock("pipe mutex", LockClassKind.SLEEP_MUTEX)
                .lock("so_rcv", LockClassKind.SLEEP_MUTEX)
                .lock("proctree", LockClassKind.SX)
                .lock("sched lock", LockClassKind.SPIN_MUTEX)
                .chain("proctree", "Giant", "pipe mutex", "so_rcv")
                .chain("sched lock");
    }

    private static void assertClean(KernelModel model) {
        Diagnostic diagnostic = Models.validate(model);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> Models.messages(diagnostic));
    }

    private static Diagnostic single(KernelModel model, int code) {
        List<Diagnostic> found = Models.withCode(Models.validate(model), code);
        assertEquals(1, found.size(), () -> "expected one diagnostic with code " + code + ", got: "
                + Models.messages(Models.validate(model)));
        return found.get(0);
    }

    private static void assertMessage(Diagnostic diagnostic, String... parts) {
        for (String part : parts) {
            assertTrue(diagnostic.getMessage().contains(part), () -> "\"" + part + "\" not in: " + diagnostic.getMessage());
        }
    }

    @Test
    void aPathThatReleasesWhatItTakesOnBothArmsIsClean() {
        Models m = kernel();
        m.codePath("pipe_read", m.acquire("Giant"), m.acquire("pipe mutex"),
                branch(0.3, List.of(m.sleep("piperd", "pipe mutex")), List.of(work(500))),
                loop(3, m.acquire("so_rcv"), work(100), m.release("so_rcv")),
                m.release("pipe mutex"), m.release("Giant"),
                criticalEnter(), m.acquire("sched lock"), m.tryAcquire("so_rcv"), m.release("so_rcv"),
                m.release("sched lock"), criticalExit());
        assertClean(m.build());
    }

    @Test
    void aLockHeldOnOnlyOneArmAtReturnIsUnbalanced() {
        Models m = kernel();
        m.codePath("pipe_write", m.acquire("pipe mutex"),
                branch(0.5, List.of(m.release("pipe mutex")), List.of(work(10))));
        Diagnostic found = single(m.build(), KernelValidator.CODE_PATH_UNBALANCED);
        assertMessage(found, "Code path \"pipe_write\" can return still holding \"pipe mutex\"");
    }

    @Test
    void aLoopBodyThatKeepsALockIsUnbalanced() {
        Models m = kernel();
        m.codePath("soreceive", loop(2, m.acquire("so_rcv")));
        Diagnostic found = Models.withCode(Models.validate(m.build()), KernelValidator.CODE_PATH_UNBALANCED).get(0);
        assertMessage(found, "loop", "before: no locks, after: \"so_rcv\"");
    }

    @Test
    void aCriticalSectionLeftOpenIsUnbalanced() {
        Models m = kernel();
        m.codePath("sched_add", criticalEnter(), work(5));
        assertMessage(single(m.build(), KernelValidator.CODE_PATH_UNBALANCED), "inside a critical section");
    }

    @Test
    void releasingALockTakenOnOnlyOneArmIsReported() {
        Models m = kernel();
        m.codePath("pipe_close", branch(0.5, List.of(m.acquire("pipe mutex")), List.of()), m.release("pipe mutex"));
        assertMessage(single(m.build(), KernelValidator.RELEASE_OF_LOCK_NOT_HELD),
                "Code path \"pipe_close\" releases \"pipe mutex\"", "not held");
    }

    @Test
    void sleepingWithANonSleepableMutexIsReportedButGiantInterlockAndSxAreFine() {
        Models m = kernel();
        m.codePath("ok", m.acquire("proctree"), m.acquire("Giant"), m.acquire("pipe mutex"),
                m.sleep("piperd", "pipe mutex"), m.release("pipe mutex"), m.release("Giant"), m.release("proctree"));
        assertClean(m.build());

        Models bad = kernel();
        bad.codePath("sbwait", bad.acquire("pipe mutex"), bad.acquire("so_rcv"), bad.sleep("sbwait", "so_rcv"),
                bad.release("so_rcv"), bad.release("pipe mutex"));
        assertMessage(single(bad.build(), KernelValidator.SLEEP_WITH_NON_SLEEPABLE_LOCK),
                "sleeps", "while holding \"pipe mutex\" (sleep mutex), which is not sleepable");
    }

    @Test
    void sleepingInACalleeWhileTheCallerHoldsASpinLockIsReported() {
        Models m = kernel();
        m.codePath("tsleep_helper", m.sleep("pause", null));
        m.codePath("hardclock", m.acquire("sched lock"), m.call("tsleep_helper"), m.release("sched lock"));
        KernelModel model = m.build();
        assertMessage(single(model, KernelValidator.SLEEP_WITH_SPIN_LOCK), "Code path \"hardclock\", in \"tsleep_helper\"",
                "while holding spin mutex \"sched lock\"");
    }

    @Test
    void yieldingInACriticalSectionIsReported() {
        Models m = kernel();
        m.codePath("maybe_yield", criticalEnter(), yieldCpu(), criticalExit());
        assertMessage(single(m.build(), KernelValidator.SLEEP_WITH_SPIN_LOCK), "yields the CPU", "critical section");
    }

    @Test
    void recursingOnANonRecursiveMutexIsReportedButGiantMayRecurse() {
        Models m = kernel();
        m.codePath("giant_twice", m.acquire("Giant"), m.acquire("Giant"), m.release("Giant"), m.release("Giant"));
        assertClean(m.build());

        Models bad = kernel();
        bad.codePath("pipe_twice", bad.acquire("pipe mutex"), bad.acquire("pipe mutex"), bad.release("pipe mutex"),
                bad.release("pipe mutex"));
        assertMessage(single(bad.build(), KernelValidator.RECURSION_NOT_ALLOWED),
                "acquires \"pipe mutex\"", "already holding it");
    }

    @Test
    void aBlockingAcquireUnderASpinLockIsReportedButATryLockIsFine() {
        Models m = kernel();
        m.codePath("bad", m.acquire("sched lock"), m.acquire("so_rcv"), m.release("so_rcv"), m.release("sched lock"));
        assertMessage(single(m.build(), KernelValidator.BLOCKING_ACQUIRE_IN_CRITICAL_SECTION),
                "acquires sleep lock \"so_rcv\"", "holding spin mutex \"sched lock\"");

        Models ok = kernel();
        ok.codePath("ok", ok.acquire("sched lock"), ok.tryAcquire("so_rcv"), ok.release("so_rcv"),
                ok.release("sched lock"));
        assertClean(ok.build());
    }

    @Test
    void sleepingWithAnInterlockNotHeldOrACvWaitWithoutInterlockIsReported() {
        Models m = kernel();
        m.codePath("bad", m.sleep("piperd", "pipe mutex"));
        assertMessage(single(m.build(), KernelValidator.INTERLOCK_NOT_HELD), "interlock \"pipe mutex\"",
                "which it does not hold");

        Models cv = kernel();
        cv.codePath("cvbad", cv.cvWait("select", null));
        assertMessage(single(cv.build(), KernelValidator.INTERLOCK_NOT_HELD), "condition variable \"select\"",
                "without an interlock");

        Models ok = kernel();
        ok.codePath("cvok", ok.acquire("pipe mutex"), ok.cvWait("select", "pipe mutex"), ok.signal("select"),
                ok.broadcast("select"), ok.wakeup("piperd"), ok.release("pipe mutex"));
        assertClean(ok.build());
    }

    @Test
    void anAcquireAgainstTheStaticOrderIsAReversalUnlessTriedOrBlessed() {
        Models m = kernel();
        m.codePath("lor", m.acquire("pipe mutex"), m.acquire("proctree"), m.release("proctree"),
                m.release("pipe mutex"));
        assertMessage(single(m.build(), KernelValidator.LOCK_ORDER_REVERSAL),
                "acquires \"proctree\"", "while holding \"pipe mutex\"", "lock order reversal");

        Models tried = kernel();
        tried.codePath("try", tried.acquire("pipe mutex"), tried.tryAcquire("proctree"), tried.release("proctree"),
                tried.release("pipe mutex"));
        assertClean(tried.build());

        Models blessed = kernel().blessed("pipe mutex", "proctree");
        blessed.codePath("blessed", blessed.acquire("pipe mutex"), blessed.acquire("proctree"),
                blessed.release("proctree"), blessed.release("pipe mutex"));
        assertClean(blessed.build());
    }

    @Test
    void aRecursiveCallIsAWarning() {
        Models m = kernel();
        m.codePath("a", m.call("b"));
        m.codePath("b", work(1), m.call("a"));
        Diagnostic diagnostic = Models.validate(m.build());
        List<Diagnostic> found = Models.withCode(diagnostic, KernelValidator.RECURSIVE_CALL);
        assertEquals(2, found.size(), () -> Models.messages(diagnostic));
        assertEquals(Diagnostic.WARNING, found.get(0).getSeverity());
        assertMessage(found.get(0), "Code path \"b\", in \"a\", calls \"b\" recursively");
        assertMessage(found.get(1), "Code path \"a\", in \"b\", calls \"a\" recursively");
        assertEquals(Diagnostic.WARNING, diagnostic.getSeverity(), "a warning only");
    }
}
