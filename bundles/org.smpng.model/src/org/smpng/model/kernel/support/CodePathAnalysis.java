package org.smpng.model.kernel.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquireMode;
import org.smpng.model.kernel.AcquisitionPoint;
import org.smpng.model.kernel.BlessedPair;
import org.smpng.model.kernel.Branch;
import org.smpng.model.kernel.Call;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.CriticalEnter;
import org.smpng.model.kernel.CriticalExit;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Loop;
import org.smpng.model.kernel.Release;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.Step;
import org.smpng.model.kernel.Yield;

/**
 * Follows every path through a code path the way WITNESS would see it at run time, and reports the locking
 * mistakes it finds: unbalanced acquires, releases of locks not held, sleeping with a mutex or spin lock held,
 * recursion on non-recursive lock types, blocking acquires inside a critical section, missing interlocks and
 * acquisitions against the static lock order.
 *
 * <p>Overview. The analysis is an abstract interpretation over the step tree. A state is the ordered list of
 * held lock types (with their mode) and the critical-section nesting depth. Each step maps a set of states to a
 * set of states: a {@link Branch} runs both arms and unites their results, a {@link Loop}'s body must leave every
 * state as it found it (so any number of iterations gives the entry state), and a {@link Call} interprets the
 * callee's steps with the caller's states, guarded against recursion by the stack of code paths being
 * interpreted. A path "holds" a lock type from its acquire to its release; a try-acquire is taken as having
 * succeeded, because the model's try-lock backs off and retries until it does (see
 * {@code Acquire.tryAcquire}). At most {@link #MAX_STATES} distinct states are followed per step list; real
 * kernel code paths come nowhere near it, and the cap keeps a pathological model from exploding.
 *
 * <p>The analysis only reads the model. Not thread-safe with respect to concurrent changes of the model.
 */
public final class CodePathAnalysis {

    /** The largest number of distinct lock states followed at once. */
    public static final int MAX_STATES = 256;

    /** The kinds of locking mistakes the analysis reports. */
    public enum Problem {
        /** A path ends holding a lock or inside a critical section, or a loop body changes the locks held. */
        UNBALANCED,
        /** A release of a lock type that the path does not hold at that point. */
        RELEASE_NOT_HELD,
        /** A sleep while holding a lock whose class is not sleepable (other than Giant and the interlock). */
        SLEEP_WITH_NON_SLEEPABLE_LOCK,
        /** A sleep or yield while holding a spin mutex or inside a critical section. */
        SLEEP_WITH_SPIN_LOCK,
        /** A second acquire of a lock type the path already holds, on a type that allows no recursion. */
        RECURSION_NOT_ALLOWED,
        /** A blocking acquire of a sleep lock while holding a spin mutex or inside a critical section. */
        BLOCKING_ACQUIRE_IN_CRITICAL_SECTION,
        /** A sleep whose interlock is not held, or a condition variable wait without an interlock. */
        INTERLOCK_NOT_HELD,
        /** An acquire of a lock type that the static order lists put before a lock type already held. */
        LOCK_ORDER_REVERSAL,
        /** A call of a code path that is already being executed on this path. */
        RECURSIVE_CALL
    }

    /**
     * One mistake found.
     *
     * @param problem what is wrong
     * @param step the step where it shows, or {@code null} for the end of the path
     * @param message a sentence naming the code path, the step and the locks involved
     * @param data the model elements involved, the analysed code path first
     */
    public record Finding(Problem problem, Step step, String message, List<Object> data) {
    }

    private record Held(LockType type, AcquireMode mode) {
    }

    private record State(List<Held> held, int criticalDepth) {

        static final State EMPTY = new State(List.of(), 0);

        State with(Held lock) {
            List<Held> next = new ArrayList<>(held);
            next.add(lock);
            return new State(List.copyOf(next), criticalDepth);
        }

        State without(LockType type) {
            List<Held> next = new ArrayList<>(held);
            for (int i = next.size() - 1; i >= 0; i--) {
                if (next.get(i).type() == type) {
                    next.remove(i);
                    break;
                }
            }
            return new State(List.copyOf(next), criticalDepth);
        }

        State critical(int delta) {
            return new State(held, criticalDepth + delta);
        }

        boolean holds(LockType type) {
            return held.stream().anyMatch(h -> h.type() == type);
        }

        LockType heldSpinLock() {
            return held.stream().map(Held::type).filter(CodePathAnalysis::isSpin).findFirst().orElse(null);
        }
    }

    private final CodePath root;
    private final KernelModel kernel;
    private final LockOrderGraph order;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final List<CodePath> callStack = new ArrayList<>();

    private CodePathAnalysis(CodePath root) {
        this.root = root;
        this.kernel = kernelOf(root);
        this.order = kernel == null ? null : LockOrderGraph.of(kernel);
    }

    /** Analyses every path through {@code codePath}, following calls, and returns the findings in step order. */
    public static List<Finding> analyse(CodePath codePath) {
        CodePathAnalysis analysis = new CodePathAnalysis(codePath);
        analysis.callStack.add(codePath);
        Set<State> end = analysis.run(codePath.getSteps(), Set.of(State.EMPTY));
        for (State state : end) {
            if (!state.held().isEmpty()) {
                List<Object> data = new ArrayList<>();
                data.add(codePath);
                state.held().forEach(h -> data.add(h.type()));
                analysis.report(Problem.UNBALANCED, null, "Code path " + name(codePath)
                        + " can return still holding " + names(state.held())
                        + "; every acquire must be released on every path", data, names(state.held()));
            }
            if (state.criticalDepth() > 0) {
                analysis.report(Problem.UNBALANCED, null, "Code path " + name(codePath)
                        + " can return inside a critical section; every critical_enter needs a critical_exit",
                        List.of(codePath), "critical");
            }
        }
        return List.copyOf(analysis.findings.values());
    }

    /**
     * Returns the steps reachable from {@code codePath}, following calls, that may block or give up the CPU:
     * sleeps, yields and acquires of sleep locks that are not try-locks. Code that runs in primary interrupt
     * context (fast handlers, filters) must have none.
     */
    public static List<Step> blockingSteps(CodePath codePath) {
        List<Step> result = new ArrayList<>();
        collectBlocking(codePath, new LinkedHashSet<>(), result);
        return result;
    }

    /** Describes a step for messages: its label if it has one, else what it does, with its acquisition point. */
    public static String describe(Step step) {
        if (step.getLabel() != null && !step.getLabel().isBlank()) {
            return "\"" + step.getLabel() + "\"";
        }
        String kind = step.eClass().getName();
        if (step instanceof Acquire acquire) {
            String what = (acquire.isTryAcquire() ? "try-acquire " : "acquire ")
                    + (acquire.getMode() == AcquireMode.SHARED ? "shared " : "") + "of " + name(acquire.getLockType());
            AcquisitionPoint point = acquire.getAcquisitionPoint();
            return point == null ? what : what + " at " + point.getFile() + ":" + point.getLine();
        }
        if (step instanceof Release release) {
            return "release of " + name(release.getLockType());
        }
        if (step instanceof Call call) {
            return "call of " + name(call.getCodePath());
        }
        EObject container = step.eContainer();
        return kind + (container instanceof CodePath path ? " step " + (path.getSteps().indexOf(step) + 1) : "");
    }

    private Set<State> run(List<Step> steps, Set<State> states) {
        Set<State> current = states;
        for (Step step : steps) {
            Set<State> next = new LinkedHashSet<>();
            for (State state : current) {
                for (State result : step(step, state)) {
                    if (next.size() < MAX_STATES) {
                        next.add(result);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private Set<State> step(Step step, State state) {
        if (step instanceof Acquire acquire) {
            return Set.of(acquire(acquire, state));
        }
        if (step instanceof Release release) {
            LockType type = release.getLockType();
            if (type == null) {
                return Set.of(state);
            }
            if (!state.holds(type)) {
                report(Problem.RELEASE_NOT_HELD, step, where() + " releases " + name(type) + " at "
                        + describe(step) + ", but on some path to it the lock is not held", data(step, type), "");
                return Set.of(state);
            }
            return Set.of(state.without(type));
        }
        if (step instanceof Sleep sleep) {
            sleep(sleep, state);
            return Set.of(state);
        }
        if (step instanceof Yield) {
            LockType spin = state.heldSpinLock();
            if (spin != null || state.criticalDepth() > 0) {
                report(Problem.SLEEP_WITH_SPIN_LOCK, step, where() + " yields the CPU at " + describe(step) + " while "
                        + (spin != null ? "holding spin mutex " + name(spin) : "inside a critical section")
                        + "; a thread may not switch out with interrupts or preemption disabled",
                        spin != null ? data(step, spin) : data(step), "");
            }
            return Set.of(state);
        }
        if (step instanceof CriticalEnter) {
            return Set.of(state.critical(1));
        }
        if (step instanceof CriticalExit) {
            if (state.criticalDepth() == 0) {
                report(Problem.UNBALANCED, step, where() + " calls critical_exit at " + describe(step)
                        + " outside any critical section", data(step), "");
                return Set.of(state);
            }
            return Set.of(state.critical(-1));
        }
        if (step instanceof Call call) {
            CodePath callee = call.getCodePath();
            if (callee == null) {
                return Set.of(state);
            }
            if (callStack.contains(callee)) {
                report(Problem.RECURSIVE_CALL, step, where() + " calls " + name(callee)
                        + " recursively; the analysis does not follow the recursion", data(step, callee), "");
                return Set.of(state);
            }
            callStack.add(callee);
            try {
                return run(callee.getSteps(), Set.of(state));
            } finally {
                callStack.remove(callStack.size() - 1);
            }
        }
        if (step instanceof Loop loop) {
            for (State after : run(loop.getBody(), Set.of(state))) {
                if (!after.equals(state)) {
                    report(Problem.UNBALANCED, step, where() + " has a loop " + describe(step)
                            + " whose body does not leave the locks held as it found them (before: "
                            + names(state.held()) + ", after: " + names(after.held())
                            + "); each iteration must release what it acquires", data(step), "");
                }
            }
            return Set.of(state);
        }
        if (step instanceof Branch branch) {
            Set<State> results = new LinkedHashSet<>(run(branch.getThenSteps(), Set.of(state)));
            results.addAll(run(branch.getElseSteps(), Set.of(state)));
            return results;
        }
        return Set.of(state); // Work, Wakeup, Signal and Broadcast do not change the locks held.
    }

    private State acquire(Acquire acquire, State state) {
        LockType type = acquire.getLockType();
        if (type == null) {
            return state;
        }
        if (state.holds(type) && !type.isRecursionAllowed() && !type.isDupOk()) {
            report(Problem.RECURSION_NOT_ALLOWED, acquire, where() + " acquires " + name(type) + " at "
                    + describe(acquire) + " while already holding it, but the lock type allows no recursion"
                    + " (neither MTX_RECURSE nor DUPOK)", data(acquire, type), "");
        }
        boolean blocking = !acquire.isTryAcquire() && !isSpin(type);
        LockType spin = state.heldSpinLock();
        if (blocking && (spin != null || state.criticalDepth() > 0)) {
            report(Problem.BLOCKING_ACQUIRE_IN_CRITICAL_SECTION, acquire, where() + " acquires sleep lock "
                    + name(type) + " at " + describe(acquire) + " while "
                    + (spin != null ? "holding spin mutex " + name(spin) : "inside a critical section")
                    + "; only a try-lock may take a sleep lock there, since blocking is impossible",
                    spin != null ? data(acquire, type, spin) : data(acquire, type), "");
        }
        if (!acquire.isTryAcquire() && order != null) {
            for (Held held : state.held()) {
                LockType before = held.type();
                if (before != type && order.reaches(type, before) && !blessed(type, before)) {
                    report(Problem.LOCK_ORDER_REVERSAL, acquire, where() + " acquires " + name(type) + " at "
                            + describe(acquire) + " while holding " + name(before)
                            + ", but the lock order lists say " + name(type) + " comes before " + name(before)
                            + "; WITNESS would report a lock order reversal", data(acquire, type, before),
                            name(before));
                }
            }
        }
        State next = state.with(new Held(type, acquire.getMode()));
        return next;
    }

    private void sleep(Sleep sleep, State state) {
        LockType interlock = sleep.getInterlock();
        if (interlock != null && !state.holds(interlock)) {
            report(Problem.INTERLOCK_NOT_HELD, sleep, where() + " sleeps at " + describe(sleep) + " with interlock "
                    + name(interlock) + ", which it does not hold there; msleep and cv_wait drop an interlock the"
                    + " caller holds", data(sleep, interlock), "");
        }
        if (interlock == null && sleep.getConditionVariable() != null) {
            report(Problem.INTERLOCK_NOT_HELD, sleep, where() + " waits on condition variable \""
                    + sleep.getConditionVariable().getName() + "\" at " + describe(sleep)
                    + " without an interlock; cv_wait always takes the mutex that protects the condition",
                    data(sleep, sleep.getConditionVariable()), "");
        }
        if (state.criticalDepth() > 0) {
            report(Problem.SLEEP_WITH_SPIN_LOCK, sleep, where() + " sleeps at " + describe(sleep)
                    + " inside a critical section; a thread may not sleep with preemption disabled", data(sleep),
                    "critical");
        }
        boolean interlockSkipped = false;
        LockType giant = kernel == null ? null : kernel.getGiant();
        for (Held held : state.held()) {
            LockType type = held.type();
            if (type == interlock && !interlockSkipped) {
                interlockSkipped = true; // msleep drops the interlock while asleep
                continue;
            }
            if (type == giant || type.getLockClass() == null) {
                continue; // Giant is dropped across a sleep and re-acquired on wakeup
            }
            if (isSpin(type)) {
                report(Problem.SLEEP_WITH_SPIN_LOCK, sleep, where() + " sleeps at " + describe(sleep)
                        + " while holding spin mutex " + name(type)
                        + "; a spin mutex disables interrupts and must never be held across a sleep",
                        data(sleep, type), name(type));
            } else if (!type.getLockClass().isSleepable()) {
                report(Problem.SLEEP_WITH_NON_SLEEPABLE_LOCK, sleep, where() + " sleeps at " + describe(sleep)
                        + " while holding " + name(type) + " (" + type.getLockClass().getName()
                        + "), which is not sleepable; only Giant, sx and lockmgr locks may be held across a sleep",
                        data(sleep, type), name(type));
            }
        }
    }

    private boolean blessed(LockType a, LockType b) {
        for (BlessedPair pair : kernel.getBlessedPairs()) {
            if ((pair.getFirst() == a && pair.getSecond() == b) || (pair.getFirst() == b && pair.getSecond() == a)) {
                return true;
            }
        }
        return false;
    }

    private String where() {
        String text = "Code path " + name(root);
        for (int i = callStack.size() - 1; i > 0; i--) {
            text += (i == callStack.size() - 1 ? ", in " : " called from ") + name(callStack.get(i));
        }
        return text + (callStack.size() > 1 ? "," : "");
    }

    private List<Object> data(Step step, Object... more) {
        List<Object> data = new ArrayList<>();
        data.add(root);
        data.add(step);
        Collections.addAll(data, more);
        return data;
    }

    /** Records a finding once per problem, step and detail, however many paths lead to it. */
    private void report(Problem problem, Step step, String message, List<Object> data, String detail) {
        String key = problem + "|" + System.identityHashCode(step) + "|" + callStack.size() + "|" + detail;
        findings.putIfAbsent(key, new Finding(problem, step, message, List.copyOf(data)));
    }

    private static void collectBlocking(CodePath codePath, Set<CodePath> visited, List<Step> result) {
        if (codePath == null || !visited.add(codePath)) {
            return;
        }
        collectBlocking(codePath.getSteps(), visited, result);
    }

    private static void collectBlocking(List<Step> steps, Set<CodePath> visited, List<Step> result) {
        for (Step step : steps) {
            if (step instanceof Sleep || step instanceof Yield) {
                result.add(step);
            } else if (step instanceof Acquire acquire && !acquire.isTryAcquire() && acquire.getLockType() != null
                    && !isSpin(acquire.getLockType())) {
                result.add(step);
            } else if (step instanceof Call call) {
                collectBlocking(call.getCodePath(), visited, result);
            } else if (step instanceof Loop loop) {
                collectBlocking(loop.getBody(), visited, result);
            } else if (step instanceof Branch branch) {
                collectBlocking(branch.getThenSteps(), visited, result);
                collectBlocking(branch.getElseSteps(), visited, result);
            }
        }
    }

    private static boolean isSpin(LockType type) {
        LockClass lockClass = type.getLockClass();
        return lockClass != null && lockClass.isSpin();
    }

    private static KernelModel kernelOf(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current instanceof KernelModel model) {
                return model;
            }
        }
        return null;
    }

    private static String name(LockType type) {
        return type == null ? "(no lock type)" : "\"" + type.getName() + "\"";
    }

    private static String name(CodePath path) {
        return path == null ? "(no code path)" : "\"" + path.getName() + "\"";
    }

    private static String names(List<Held> held) {
        if (held.isEmpty()) {
            return "no locks";
        }
        List<String> names = new ArrayList<>();
        held.forEach(h -> names.add(name(h.type())));
        return String.join(", ", names);
    }
}
