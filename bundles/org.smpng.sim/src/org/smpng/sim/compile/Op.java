package org.smpng.sim.compile;

/**
 * One compiled step of a code path. A single final class with an int opcode (rather than a class per step kind)
 * so that the interpreter's dispatch is one {@code switch} over a field, and so the compiled form is plainly
 * immutable data: ids into the {@link CompiledScenario}'s tables, never EMF objects.
 */
public final class Op {

    public static final int ACQUIRE = 1, RELEASE = 2, WORK = 3, SLEEP = 4, WAKEUP = 5, SIGNAL = 6, BROADCAST = 7,
            CRITICAL_ENTER = 8, CRITICAL_EXIT = 9, CALL = 10, LOOP = 11, BRANCH = 12, YIELD = 13;

    public final int code;
    /** ACQUIRE/RELEASE: the lock type; SLEEP: the interlock type or -1. */
    public final int lockType;
    public final boolean shared, tryLock, all;
    /** WORK: the duration; SLEEP: the timeout or null; LOOP: the count distribution or null. */
    public final Dist dist;
    /** SLEEP/WAKEUP/SIGNAL/BROADCAST: the wait channel id (condition variables share the id space). */
    public final int channel;
    /** CALL: the callee's path id; LOOP: the fixed count; SLEEP: the priority given to msleep (0: keep). */
    public final int target;
    /** BRANCH: the probability that {@link #body} runs. */
    public final double probability;
    /** LOOP: the body; BRANCH: the then steps. */
    public final Op[] body;
    /** BRANCH: the else steps. */
    public final Op[] elseBody;
    public final String label;
    /**
     * ACQUIRE/RELEASE/SLEEP: the index of the step's acquisition point in {@link CompiledScenario#sites} (what
     * WITNESS and LOCK_PROFILING print as {@code file:line}); -1 for other steps.
     */
    public final int site;

    Op(int code, int lockType, boolean shared, boolean tryLock, boolean all, Dist dist, int channel, int target,
            double probability, Op[] body, Op[] elseBody, String label, int site) {
        this.code = code;
        this.lockType = lockType;
        this.shared = shared;
        this.tryLock = tryLock;
        this.all = all;
        this.dist = dist;
        this.channel = channel;
        this.target = target;
        this.probability = probability;
        this.body = body;
        this.elseBody = elseBody;
        this.label = label;
        this.site = site;
    }
}
