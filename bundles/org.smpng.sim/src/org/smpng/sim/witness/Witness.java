package org.smpng.sim.witness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.smpng.model.kernel.BlessedPair;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.support.LockOrderGraph;
import org.smpng.sim.SimObserver;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;
import org.smpng.sim.compile.CompiledScenario.SiteInfo;
import org.smpng.sim.compile.Op;

/**
 * A runtime WITNESS: watches a simulation run through its {@link SimObserver} seam and reports what FreeBSD's
 * WITNESS(4) reports, in the console format of a chosen {@link WitnessEra}: lock order reversals (also through
 * intermediate lock types, with the whole chain), sleep locks acquired in a critical section or with a spin lock
 * held, sleeping with a non-sleepable lock held (Giant and the interlock excepted), recursion on a non-recursable
 * lock, duplicate acquisition of one lock type without DUPOK, shared/exclusive mode changes by plain re-acquisition
 * (upgrade and downgrade misuse), and releases of locks not held. It also produces the
 * {@code debug.witness.fullgraph} and {@code debug.witness.badstacks} texts.
 *
 * <p>Usage:
 * <pre>
 * Witness witness = Witness.forKernel(scenario.getKernel(), Witness.Options.of(WitnessEra.MODERN));
 * try (Simulation sim = Simulation.load(scenario, options, witness)) {
 *     sim.run();
 * }
 * witness.findings().forEach(f -&gt; System.out.print(f.text()));
 * </pre>
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/subr_witness.c (witness_checkorder, witness_lock, witness_unlock, witness_warn). Lock types
 * are WITNESS's "witnesses", enrolled by name: first those of the kernel model's static order chains (FreeBSD's
 * order_lists[]), whose consecutive entries become parent -> child edges, then every lock type the compiled
 * scenario uses. The order relation lives in a {@link WitnessMatrix} kept transitively closed, so asking whether
 * the lock being acquired is already ordered before a held one is one bit test (O(1) per held lock; FreeBSD keeps
 * the same w_rmatrix). Unlike FreeBSD, whose lockless fast path skips the walk when the (last held, new) pair is
 * already known, every acquisition is checked against every held lock of its list: held lists are short in the
 * models and a missed reversal would make the "no reversal" evidence weaker.
 *
 * On each blocking acquisition attempt (lockAttempt; try-locks are not order-checked, as in FreeBSD): a sleep lock
 * with a spin lock or critical section held is reported; a lock the thread already holds is a recursion (or a
 * shared/exclusive mode change); otherwise the new lock's type is checked against the thread's held locks of the
 * same list (sleep locks and spin locks are separate lists, as td_sleeplocks and the per-CPU spinlocks): the same
 * type as the last held is a duplicate unless DUPOK; a held type that the new type already precedes is a
 * reversal; a sleepable lock after a non-sleepable one, and Giant after a non-sleepable one, are reversals too,
 * while Giant and sleepable locks are never checked against each other. Each pair is reported once
 * (WITNESS_REVERSAL). When no reversal is found, the edge last-held -> new is added (except Giant -> sleepable,
 * the wrong direction) and, the first time a direct order is seen, the acquisition site and the thread's code path
 * chain are recorded as the order's "established at" stack (FreeBSD's witness_lock_order hash).
 *
 * Stacks are the modeled thread's chain of code paths, innermost first, each printed as a frame
 * "func+0xoff" where func is the code path's name and off is the site's line for the innermost frame (the step's
 * ordinal in its path when the model gives no line) and 0 for the callers. Pointers (%p) are fake but stable:
 * synthesized from the lock instance id (5.x: 0xc1000000 + 0x100 * id, the i386 kernel map of the 5.x captures;
 * later eras: 0xfffff80001000000 + 0x40 * id), and frame addresses from the path id, so two runs of one
 * scenario print the same text and a diff against a kernel's log shows only real differences.
 * </pre>
 *
 * <p>Locking key: every field below the constants is (b), guarded by the engine's baton: the observer callbacks
 * run on whichever Java thread holds the baton, one at a time, and the baton's volatile handoff orders each
 * callback's writes before the next one's reads. The results ({@link #findings()}, {@link #fullgraph()},
 * {@link #badstacks()}) are read by the controller once the run has paused or ended, which happens after the
 * baton came back to it. {@link #inCallback} asserts that no two callbacks overlap.
 */
public final class Witness implements SimObserver {

    /**
     * What a {@link Witness} prints and what it stays silent about.
     *
     * @param era           the console format
     * @param blessedPairs  pairs of lock type names whose reversal is never reported (in either order), added to the
     *                      kernel model's own blessed pairs
     * @param blessedSites  acquisition points ({@code file:line}) where reversals are never reported, whether the
     *                      site is where the new lock is acquired or where a held lock was
     */
    public record Options(WitnessEra era, List<List<String>> blessedPairs, Set<String> blessedSites) {

        /** Checks the pairs and makes the collections immutable. */
        public Options {
            for (List<String> pair : blessedPairs) {
                if (pair.size() != 2) {
                    throw new IllegalArgumentException("a blessed pair names two lock types, not " + pair);
                }
            }
            blessedPairs = List.copyOf(blessedPairs);
            blessedSites = Set.copyOf(blessedSites);
        }

        /** Options with no blessing beyond the model's. */
        public static Options of(WitnessEra era) {
            return new Options(era, List.of(), Set.of());
        }

        /** These options with one more blessed pair. */
        public Options blessPair(String first, String second) {
            List<List<String>> pairs = new ArrayList<>(blessedPairs);
            pairs.add(List.of(first, second));
            return new Options(era, pairs, blessedSites);
        }

        /** These options with one more blessed site ({@code file:line}). */
        public Options blessSite(String fileLine) {
            Set<String> sites = new HashSet<>(blessedSites);
            sites.add(fileLine);
            return new Options(era, blessedPairs, sites);
        }
    }

    /** A held lock (struct lock_instance). */
    private static final class Held {
        int lock;
        int witness;
        int type;
        boolean spin;
        int site;
        boolean exclusive;
        int recursion;
        /**
         * Whether the last release step only removed a recursion level. An sx shared recursion reports
         * lockReleased for every level, an exclusive one only for the last, so a shared hold that was just
         * unrecursed must survive the lockReleased that follows.
         */
        boolean unrecursed;
    }

    /** WITNESS's per-thread state: held locks in acquisition order, critical nesting, code path chain. */
    private static final class ThreadState {
        Held[] held = new Held[8];
        int heldCount;
        int spinHeld;
        int critnest;
        int[] paths = new int[8];
        int depth;

        Held push() {
            if (heldCount == held.length) {
                held = Arrays.copyOf(held, heldCount * 2);
            }
            Held h = held[heldCount];
            if (h == null) {
                h = held[heldCount] = new Held();
            }
            heldCount++;
            return h;
        }
    }

    /** A recorded stack: the code path chain (outermost first), the site, and which thread was there when. */
    private record Stack(int[] paths, int site, int thread, long timeNs) {
    }

    private static final int NONE = -1;

    private final Options options;
    private final Map<String, Integer> witnessByName = new LinkedHashMap<>();
    private final List<String> witnessNames = new ArrayList<>();
    /** Per witness: its lock class name (lc_name), or null for a type only the static order names. */
    private final List<String> witnessClass = new ArrayList<>();
    private final WitnessMatrix matrix = new WitnessMatrix(WitnessMatrix.WITNESS_COUNT);
    /** Direct orders seen at run time -> where first seen (witness_lock_order hash), keyed from * COUNT + to. */
    private final Map<Integer, Stack> orderStacks = new HashMap<>();
    private final Set<Long> blessedPairKeys = new HashSet<>();
    private final List<WitnessFinding> findings = new ArrayList<>();
    private final AtomicBoolean inCallback = new AtomicBoolean();

    /* Set by attached(). */
    private RunInfo info;
    private CompiledScenario scenario;
    private int[] witnessOfType;
    /** Per lock instance, its lock type (RunInfo.lockTypeOf), and per lock type whether it is a spin mutex. */
    private int[] lockTypeOf;
    private boolean[] spinType;
    /** Per lock type whether it may be held across a sleep (sx, lockmgr: LO_SLEEPABLE). */
    private boolean[] sleepableType;
    private boolean[] acquired;
    private boolean[] shareSite, trySite;
    private ThreadState[] threads;
    private int giantType = NONE;

    private Witness(Options options) {
        this.options = options;
    }

    /**
     * Creates a witness seeded with a kernel model's static order (its order chains) and blessed pairs.
     *
     * @throws IllegalArgumentException if the static order has a cycle or more than WITNESS_COUNT lock types
     */
    public static Witness forKernel(KernelModel kernel, Options options) {
        Witness w = new Witness(options);
        LockOrderGraph graph = LockOrderGraph.of(kernel);
        for (LockType type : graph.lockTypes()) {
            w.enroll(type.getName(), null);
        }
        for (LockType type : graph.lockTypes()) {
            for (LockType successor : graph.successors(type)) {
                w.seed(type.getName(), successor.getName());
            }
        }
        for (BlessedPair pair : kernel.getBlessedPairs()) {
            if (pair.getFirst() != null && pair.getSecond() != null) {
                w.bless(pair.getFirst().getName(), pair.getSecond().getName());
            }
        }
        for (List<String> pair : options.blessedPairs()) {
            w.bless(pair.get(0), pair.get(1));
        }
        return w;
    }

    /**
     * Creates a witness seeded with the given order chains (lock type names, each to be acquired before the next)
     * instead of a kernel model's; for tests and for order lists read from elsewhere.
     */
    public static Witness forChains(List<List<String>> chains, Options options) {
        Witness w = new Witness(options);
        for (List<String> chain : chains) {
            chain.forEach(name -> w.enroll(name, null));
        }
        for (List<String> chain : chains) {
            for (int i = 1; i < chain.size(); i++) {
                w.seed(chain.get(i - 1), chain.get(i));
            }
        }
        for (List<String> pair : options.blessedPairs()) {
            w.bless(pair.get(0), pair.get(1));
        }
        return w;
    }

    private int enroll(String name, String className) {
        Integer index = witnessByName.get(name);
        if (index == null) {
            if (witnessNames.size() == WitnessMatrix.WITNESS_COUNT) {
                throw new IllegalArgumentException("more than " + WitnessMatrix.WITNESS_COUNT
                        + " lock types (WITNESS_COUNT); cannot enroll '" + name + "'");
            }
            index = witnessNames.size();
            witnessByName.put(name, index);
            witnessNames.add(name);
            witnessClass.add(className);
        } else if (className != null && witnessClass.get(index) == null) {
            witnessClass.set(index, className);
        }
        return index;
    }

    private void seed(String parent, String child) {
        int p = witnessByName.get(parent), c = witnessByName.get(child);
        if (!matrix.addEdge(p, c)) {
            throw new IllegalArgumentException("the static lock order has a cycle: " + child + " is ordered before "
                    + parent + " and after it");
        }
    }

    private void bless(String first, String second) {
        int a = enroll(first, null), b = enroll(second, null);
        blessedPairKeys.add(pairKey(a, b));
        blessedPairKeys.add(pairKey(b, a));
    }

    private static long pairKey(int a, int b) {
        return (long) a * WitnessMatrix.WITNESS_COUNT + b;
    }

    /** The options this witness reports with. */
    public Options options() {
        return options;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Observer callbacks: each runs on the baton holder (entry and exit: baton held by the calling thread).

    private boolean enter() {
        return inCallback.compareAndSet(false, true);
    }

    private boolean exit() {
        return inCallback.compareAndSet(true, false);
    }

    /** Enrolls the scenario's lock types and learns which sites are shared or try acquisitions. */
    @Override
    public void attached(RunInfo runInfo) {
        assert enter() : "WITNESS callbacks overlap";
        if (info != null) {
            throw new IllegalStateException("a Witness watches one run; create another for the next");
        }
        info = runInfo;
        scenario = runInfo.scenario();
        witnessOfType = new int[scenario.lockTypes.length];
        lockTypeOf = runInfo.lockTypeOf();
        spinType = new boolean[scenario.lockTypes.length];
        sleepableType = new boolean[scenario.lockTypes.length];
        for (LockTypeInfo t : scenario.lockTypes) {
            spinType[t.id()] = t.kind() == CompiledScenario.SPIN_MUTEX;
            sleepableType[t.id()] = t.sleepable();
            witnessOfType[t.id()] = enroll(t.name(), className(t.kind()));
            if (t.giant()) {
                giantType = t.id();
            }
        }
        acquired = new boolean[WitnessMatrix.WITNESS_COUNT];
        shareSite = new boolean[scenario.sites.length];
        trySite = new boolean[scenario.sites.length];
        for (CompiledScenario.PathInfo path : scenario.paths) {
            markSites(path.steps());
        }
        threads = new ThreadState[runInfo.threads().size()];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new ThreadState();
        }
        assert exit();
    }

    private void markSites(Op[] steps) {
        for (Op op : steps) {
            if (op.code == Op.ACQUIRE && op.site >= 0) {
                shareSite[op.site] |= op.shared;
                trySite[op.site] |= op.tryLock;
            }
            if (op.body != null) {
                markSites(op.body);
            }
            if (op.elseBody != null) {
                markSites(op.elseBody);
            }
        }
    }

    @Override
    public void codePathEntered(long timeNs, int thread, int path) {
        assert enter() : "WITNESS callbacks overlap";
        ThreadState ts = threads[thread];
        if (ts.depth == ts.paths.length) {
            ts.paths = Arrays.copyOf(ts.paths, ts.depth * 2);
        }
        ts.paths[ts.depth++] = path;
        assert exit();
    }

    @Override
    public void codePathReturned(long timeNs, int thread, int path) {
        assert enter() : "WITNESS callbacks overlap";
        ThreadState ts = threads[thread];
        assert ts.depth > 0 && ts.paths[ts.depth - 1] == path : "code path return without its entry";
        ts.depth--;
        assert exit();
    }

    @Override
    public void criticalSection(long timeNs, int thread, boolean enter) {
        assert enter() : "WITNESS callbacks overlap";
        threads[thread].critnest += enter ? 1 : -1;
        assert exit();
    }

    /** witness_checkorder(): every check made before a lock is acquired. */
    @Override
    public void lockAttempt(long timeNs, int thread, int lock, int site) {
        assert enter() : "WITNESS callbacks overlap";
        checkOrder(timeNs, thread, lock, site);
        assert exit();
    }

    /** witness_lock(): the thread now holds the lock. */
    @Override
    public void lockAcquired(long timeNs, int thread, int lock, boolean shared, int site) {
        assert enter() : "WITNESS callbacks overlap";
        ThreadState ts = threads[thread];
        int type = lockTypeOf[lock];
        Held h = ts.push();
        h.lock = lock;
        h.type = type;
        h.witness = witnessOfType[type];
        h.site = site;
        h.exclusive = !shared;
        h.recursion = 0;
        h.unrecursed = false;
        h.spin = spinType[type];
        if (h.spin) {
            ts.spinHeld++;
        }
        acquired[h.witness] = true;
        assert exit();
    }

    /** A release step: a recursed hold loses one level; a release of a lock not held is reported. */
    @Override
    public void lockReleasing(long timeNs, int thread, int lockType, int lock, int site) {
        assert enter() : "WITNESS callbacks overlap";
        if (lock < 0) {
            LockTypeInfo t = scenario.lockTypes[lockType];
            String text = panicLine("lock (" + className(t.kind()) + ") " + t.name() + " not locked @ "
                    + site(site));
            report(WitnessFinding.Kind.UNLOCK_NOT_HELD, timeNs, thread, List.of(t.name()), List.of(site(site)),
                    List.of(), text);
        } else {
            Held h = find(threads[thread], lock);
            if (h != null) {
                h.unrecursed = h.recursion > 0;
                if (h.unrecursed) {
                    h.recursion--;
                }
            }
        }
        assert exit();
    }

    /** witness_unlock(): the thread's last hold of the lock ended. */
    @Override
    public void lockReleased(long timeNs, int thread, int lock, int site) {
        assert enter() : "WITNESS callbacks overlap";
        ThreadState ts = threads[thread];
        for (int i = ts.heldCount - 1; i >= 0; i--) {
            if (ts.held[i].lock == lock) {
                Held h = ts.held[i];
                if (!h.exclusive && h.unrecursed) {
                    h.unrecursed = false;
                    break;
                }
                if (h.spin) {
                    ts.spinHeld--;
                }
                System.arraycopy(ts.held, i + 1, ts.held, i, ts.heldCount - i - 1);
                ts.held[--ts.heldCount] = h; // keep the entry for reuse
                break;
            }
        }
        assert exit();
    }

    /** WITNESS_WARN(WARN_GIANTOK | WARN_SLEEPOK, interlock, "Sleeping on \"%s\"") of _sleep(). */
    @Override
    public void sleeping(long timeNs, int thread, int channel, int interlock, int site) {
        assert enter() : "WITNESS callbacks overlap";
        ThreadState ts = threads[thread];
        List<Held> offending = new ArrayList<>();
        for (int i = ts.heldCount - 1; i >= 0; i--) {
            Held h = ts.held[i];
            LockTypeInfo t = scenario.lockTypes[h.type];
            if (h.lock != interlock && !t.giant() && !t.sleepable()) {
                offending.add(h);
            }
        }
        if (!offending.isEmpty()) {
            StringBuilder text = new StringBuilder("Sleeping on \"" + info.channels().get(channel)
                    + "\" with the following non-sleepable locks held:\n");
            List<String> names = new ArrayList<>(), sites = new ArrayList<>();
            for (Held h : offending) {
                text.append(listLock(h));
                names.add(witnessNames.get(h.witness));
                sites.add(site(h.site));
            }
            text.append(backtrace(ts, site));
            report(WitnessFinding.Kind.SLEEPING_WITH_NON_SLEEPABLE_LOCK, timeNs, thread, names, sites, List.of(),
                    text.toString());
        }
        assert exit();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The checks (called from the callbacks, baton held)

    private void checkOrder(long timeNs, int thread, int lock, int site) {
        if (site >= 0 && trySite[site]) {
            return; // try-locks cannot deadlock: FreeBSD does not order-check them
        }
        ThreadState ts = threads[thread];
        int type = lockTypeOf[lock];
        LockTypeInfo t = scenario.lockTypes[type];
        int w = witnessOfType[type];
        boolean spin = spinType[type];
        if (!spin && ts.critnest + ts.spinHeld > 0) {
            String text = panicLine("acquiring blockable sleep lock with spinlock or critical section held ("
                    + className(t.kind()) + ") " + t.name() + " @ " + site(site));
            report(WitnessFinding.Kind.SLEEP_LOCK_IN_CRITICAL_SECTION, timeNs, thread, List.of(t.name()),
                    List.of(site(site)), List.of(), text);
            return;
        }
        boolean exclusive = site < 0 || !shareSite[site];
        Held same = find(ts, lock);
        if (same != null) {
            checkRecursion(timeNs, thread, same, t, exclusive, site);
            return;
        }
        Held plock = lastHeld(ts, spin);
        if (plock == null) {
            return; // the first lock of its list: nothing to be ordered against
        }
        int w1 = plock.witness;
        if (w1 == w) {
            if (!t.dupOk() && !matrix.isReversed(w, w)) {
                matrix.markReversed(w, w);
                String text = "acquiring duplicate lock of same type: \"" + t.name() + "\"\n" + " 1st "
                        + witnessNames.get(w1) + " @ " + site(plock.site) + "\n" + " 2nd " + t.name() + " @ "
                        + site(site) + "\n" + backtrace(ts, site);
                report(WitnessFinding.Kind.DUPLICATE_LOCK, timeNs, thread, List.of(t.name(), t.name()),
                        List.of(site(plock.site), site(site)), List.of(), text);
            }
            return;
        }
        if (!matrix.isOrderKnown(w1, w)) {
            matrix.markOrderKnown(w1, w);
            orderStacks.put(w1 * WitnessMatrix.WITNESS_COUNT + w, new Stack(Arrays.copyOf(ts.paths, ts.depth), site,
                    thread, timeNs));
        }
        // No early exit when w is already a child of w1 (FreeBSD's isitmychild shortcut): another thread may have
        // ordered w before an older held lock since, so every held lock is checked, each with one bit test.
        boolean sleepable = sleepableType[type];
        boolean giant = type == giantType;
        for (int i = ts.heldCount - 1; i >= 0; i--) {
            Held h = ts.held[i];
            if (h.spin != spin || h.witness == w) {
                continue;
            }
            boolean heldSleepable = sleepableType[h.type];
            if ((giant && heldSleepable) || (sleepable && h.type == giantType)) {
                continue; // Giant and sleepable locks are never ordered against each other
            }
            String variant;
            if (sleepable && !heldSleepable) {
                variant = " (sleepable after non-sleepable)";
            } else if (giant && !heldSleepable) {
                variant = " (Giant after non-sleepable)";
            } else if (matrix.isDescendant(w, h.witness)) {
                variant = "";
            } else {
                continue;
            }
            if (!matrix.isReversed(h.witness, w)) {
                matrix.markReversed(h.witness, w);
                if (!blessed(h, w, site)) {
                    reportReversal(timeNs, thread, ts, i, lock, w, site, variant);
                }
            }
            return; // no new edge after a reversal
        }
        if (!(plock.type == giantType && sleepable) && !matrix.isChild(w1, w)) {
            matrix.addEdge(w1, w); // false only if a Giant/sleepable exemption hid a cycle; then nothing is added
        }
    }

    private void checkRecursion(long timeNs, int thread, Held held, LockTypeInfo t, boolean exclusive, int site) {
        String cls = className(t.kind());
        if (held.exclusive && !exclusive) {
            String text = "shared lock of (" + cls + ") " + t.name() + " @ " + site(site) + "\n"
                    + "while exclusively locked from " + site(held.site) + "\n" + panicLine("excl->share");
            report(WitnessFinding.Kind.EXCLUSIVE_TO_SHARED, timeNs, thread, List.of(t.name()),
                    List.of(site(held.site), site(site)), List.of(), text);
        } else if (!held.exclusive && exclusive) {
            String text = "exclusive lock of (" + cls + ") " + t.name() + " @ " + site(site) + "\n"
                    + "while share locked from " + site(held.site) + "\n" + panicLine("share->excl");
            report(WitnessFinding.Kind.SHARED_TO_EXCLUSIVE, timeNs, thread, List.of(t.name()),
                    List.of(site(held.site), site(site)), List.of(), text);
        } else if (!t.recursable()) {
            String text = "recursed on non-recursive lock (" + cls + ") " + t.name() + " @ " + site(site) + "\n"
                    + "first acquired @ " + site(held.site) + "\n" + panicLine("recurse");
            report(WitnessFinding.Kind.RECURSION, timeNs, thread, List.of(t.name()),
                    List.of(site(held.site), site(site)), List.of(), text);
        } else {
            held.recursion++;
        }
    }

    private boolean blessed(Held held, int w, int site) {
        return blessedPairKeys.contains(pairKey(held.witness, w))
                || options.blessedSites().contains(site(site)) || options.blessedSites().contains(site(held.site));
    }

    /** Prints a reversal: the held lock at index {@code i} conflicts with the new lock (witness w). */
    private void reportReversal(long timeNs, int thread, ThreadState ts, int i, int lock, int w, int site,
            String variant) {
        Held lock1 = ts.held[i];
        Held lock2 = null; // an earlier held instance of the new lock's type: the 3-line report
        for (int k = i - 1; k >= 0; k--) {
            if (ts.held[k].witness == w) {
                lock2 = ts.held[k];
                break;
            }
        }
        WitnessEra era = options.era();
        StringBuilder text = new StringBuilder("lock order reversal")
                .append(era == WitnessEra.FREEBSD_5X ? "" : ":" + variant).append('\n');
        List<String> names = new ArrayList<>(), sites = new ArrayList<>();
        String[] ordinals = { " 1st ", " 2nd ", " 3rd " };
        int n = 0;
        if (lock2 != null) {
            text.append(lockLine(ordinals[n++], lock2.lock, lock2.type, lock2.site));
            names.add(witnessNames.get(lock2.witness));
            sites.add(site(lock2.site));
        }
        text.append(lockLine(ordinals[n++], lock1.lock, lock1.type, lock1.site));
        names.add(witnessNames.get(lock1.witness));
        sites.add(site(lock1.site));
        int type = lockTypeOf[lock];
        text.append(lockLine(ordinals[n], lock, type, site));
        names.add(witnessNames.get(w));
        sites.add(site(site));

        int[] path = matrix.path(w, lock1.witness);
        List<String> chain = new ArrayList<>();
        for (int x : path) {
            chain.add(witnessNames.get(x));
        }
        if (era == WitnessEra.MODERN) {
            // The stack of each edge of the established order; FreeBSD prints the one direct edge, the chain
            // through intermediate lock types is this simulator's addition (one block per edge).
            for (int k = 1; k < path.length; k++) {
                Stack stack = orderStacks.get(path[k - 1] * WitnessMatrix.WITNESS_COUNT + path[k]);
                String order = "lock order " + witnessNames.get(path[k - 1]) + " -> " + witnessNames.get(path[k]);
                if (stack != null) {
                    text.append(order).append(" established at:\n").append(frames(stack.paths(), stack.site()));
                } else if (path.length > 2) {
                    text.append(order).append(" established by the static lock order\n");
                }
            }
            text.append("lock order ").append(witnessNames.get(lock1.witness)).append(" -> ")
                    .append(witnessNames.get(w)).append(" attempted at:\n")
                    .append(frames(Arrays.copyOf(ts.paths, ts.depth), site));
        } else {
            text.append(backtrace(ts, site));
        }
        report(WitnessFinding.Kind.LOCK_ORDER_REVERSAL, timeNs, thread, names, sites, chain, text.toString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Formatting

    private String lockLine(String ordinal, int lock, int type, int site) {
        LockTypeInfo t = scenario.lockTypes[type];
        String within = options.era() == WitnessEra.MODERN ? t.name() + ", " + className(t.kind()) : t.name();
        return ordinal + pointer(lock) + " " + t.name() + " (" + within + ") @ " + site(site) + "\n";
    }

    /** witness_list_lock(): one held lock of a warning. */
    private String listLock(Held h) {
        LockTypeInfo t = scenario.lockTypes[h.type];
        return (h.exclusive ? "exclusive " : "shared ") + className(t.kind()) + " " + t.name()
                + (options.era() == WitnessEra.FREEBSD_5X ? "" : " (" + t.name() + ")") + " r = " + h.recursion
                + " (" + pointer(h.lock) + ") locked @ " + site(h.site) + "\n";
    }

    private String pointer(int lock) {
        return options.era() == WitnessEra.FREEBSD_5X ? "0x" + Long.toHexString(0xc1000000L + 0x100L * lock)
                : "0x" + Long.toHexString(0xfffff80001000000L + 0x40L * lock);
    }

    private String backtrace(ThreadState ts, int site) {
        int[] paths = Arrays.copyOf(ts.paths, ts.depth);
        if (options.era() == WitnessEra.FREEBSD_5X) {
            StringBuilder text = new StringBuilder("KDB: stack backtrace:\n");
            for (int k = paths.length - 1; k >= 0; k--) {
                String name = scenario.paths[paths[k]].name();
                text.append(name).append("() at ").append(name).append("+0x")
                        .append(Integer.toHexString(offset(paths, k, site))).append("/frame 0x")
                        .append(Long.toHexString(0xd4000000L + 0x40L * (paths.length - k))).append('\n');
            }
            return text.toString();
        }
        return "stack backtrace:\n" + frames(paths, site);
    }

    /** stack_sbuf_print() long format: "#N 0x&lt;addr&gt; at func+0x&lt;off&gt;", innermost first. */
    private String frames(int[] paths, int site) {
        StringBuilder text = new StringBuilder();
        for (int k = paths.length - 1, n = 0; k >= 0; k--, n++) {
            int off = offset(paths, k, site);
            text.append('#').append(n).append(" 0x")
                    .append(Long.toHexString(0xffffffff80800000L + 0x1000L * paths[k] + off)).append(" at ")
                    .append(scenario.paths[paths[k]].name()).append("+0x").append(Integer.toHexString(off))
                    .append('\n');
        }
        return text.toString();
    }

    private int offset(int[] paths, int k, int site) {
        if (k != paths.length - 1 || site < 0) {
            return 0;
        }
        SiteInfo s = scenario.sites[site];
        return s.line();
    }

    private String site(int site) {
        return site < 0 ? "(unknown):0" : scenario.sites[site].toString();
    }

    private static String panicLine(String message) {
        return "panic: " + message + "\n";
    }

    /** The lc_name of an engine lock kind. */
    static String className(int kind) {
        return switch (kind) {
        case CompiledScenario.SPIN_MUTEX -> "spin mutex";
        case CompiledScenario.SLEEP_MUTEX -> "sleep mutex";
        case CompiledScenario.SX -> "sx";
        case CompiledScenario.LOCKMGR -> "lockmgr";
        default -> "(unknown class)";
        };
    }

    private static Held find(ThreadState ts, int lock) {
        for (int i = ts.heldCount - 1; i >= 0; i--) {
            if (ts.held[i].lock == lock) {
                return ts.held[i];
            }
        }
        return null;
    }

    private Held lastHeld(ThreadState ts, boolean spin) {
        for (int i = ts.heldCount - 1; i >= 0; i--) {
            if (ts.held[i].spin == spin) {
                return ts.held[i];
            }
        }
        return null;
    }

    private void report(WitnessFinding.Kind kind, long timeNs, int thread, List<String> locks, List<String> sites,
            List<String> chain, String text) {
        findings.add(new WitnessFinding(kind, timeNs, info.threads().get(thread), locks, sites, chain, text));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Results (controller thread, once the run has paused or ended)

    /** The findings so far, in the order they were reported. */
    public List<WitnessFinding> findings() {
        return List.copyOf(findings);
    }

    /** The findings of one kind. */
    public List<WitnessFinding> findings(WitnessFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * The {@code sysctl debug.witness.fullgraph} text: a leading newline, then one {@code "parent","child"} line
     * per direct order edge, walked depth-first from each lock type that was acquired during the run, each parent
     * listed once (sysctl_debug_witness_fullgraph). Edges from the static order are included, as in the kernel.
     */
    public String fullgraph() {
        StringBuilder text = new StringBuilder("\n");
        boolean[] displayed = new boolean[witnessNames.size()];
        for (int w = 0; w < witnessNames.size(); w++) {
            addFullgraph(text, w, displayed);
        }
        return text.toString();
    }

    private void addFullgraph(StringBuilder text, int parent, boolean[] displayed) {
        if (displayed[parent] || acquired == null || !acquired[parent]) {
            return;
        }
        displayed[parent] = true;
        for (int c = 0; c < witnessNames.size(); c++) {
            if (matrix.isChild(parent, c)) {
                text.append('"').append(witnessNames.get(parent)).append("\",\"").append(witnessNames.get(c))
                        .append("\"\n");
                addFullgraph(text, c, displayed);
            }
        }
    }

    /**
     * The {@code sysctl debug.witness.badstacks} text: the number of direct orders seen at run time, then for each
     * reversed pair the stacks where each of its two orders was first seen (sbuf_print_witness_badstacks). Blessed
     * reversals are listed too, as in the kernel.
     */
    public String badstacks() {
        StringBuilder text = new StringBuilder("Number of known direct relationships is " + orderStacks.size()
                + "\n");
        for (int i = 0; i < witnessNames.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (!matrix.isReversed(i, j)) {
                    continue;
                }
                String a = "\"" + witnessNames.get(i) + "\"(" + classOf(i) + ")";
                String b = "\"" + witnessNames.get(j) + "\"(" + classOf(j) + ")";
                text.append("\nLock order reversal between ").append(a).append(" and ").append(b).append("!\n");
                Stack first = orderStacks.get(i * WitnessMatrix.WITNESS_COUNT + j);
                Stack second = orderStacks.get(j * WitnessMatrix.WITNESS_COUNT + i);
                if (first != null) {
                    text.append("Lock order ").append(a).append(" -> ").append(b).append(" first seen at:\n")
                            .append(frames(first.paths(), first.site())).append('\n');
                }
                if (second != null) {
                    text.append("Lock order ").append(b).append(" -> ").append(a).append(" first seen at:\n")
                            .append(frames(second.paths(), second.site())).append('\n');
                }
            }
        }
        return text.toString();
    }

    /**
     * The findings and the two sysctl texts as one JSON object ({@code era}, {@code lockTypes}, {@code edges},
     * {@code findings} with kind, time, thread, locks, sites, chain and text, {@code fullgraph}, {@code badstacks}),
     * for the run report.
     */
    public String toJson() {
        StringBuilder b = new StringBuilder("{\"era\": ").append(quote(options.era().label()))
                .append(", \"lockTypes\": ").append(lockTypeCount()).append(", \"edges\": ").append(edgeCount())
                .append(",\n    \"findings\": [");
        for (int i = 0; i < findings.size(); i++) {
            WitnessFinding f = findings.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("      {\"kind\": ").append(quote(f.kind().name()))
                    .append(", \"timeNs\": ").append(f.timeNs()).append(", \"thread\": ").append(quote(f.thread()))
                    .append(", \"locks\": ").append(quoteAll(f.locks())).append(", \"sites\": ")
                    .append(quoteAll(f.sites())).append(", \"chain\": ").append(quoteAll(f.chain()))
                    .append(", \"text\": ").append(quote(f.text())).append('}');
        }
        return b.append(findings.isEmpty() ? "" : "\n    ").append("],\n    \"fullgraph\": ").append(quote(fullgraph()))
                .append(",\n    \"badstacks\": ").append(quote(badstacks())).append('}').toString();
    }

    private static String quoteAll(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        return b.append(']').toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            case '\t' -> b.append("\\t");
            default -> {
                if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            }
        }
        return b.append('"').toString();
    }

    private String classOf(int witness) {
        String c = witnessClass.get(witness);
        return c == null ? "(unknown class)" : c;
    }

    /**
     * A structured copy of what this witness has seen so far, for views that draw it: the lock types acquired, the
     * direct orders first seen at run time (FreeBSD's witness_lock_order entries) and the reported reversals with
     * the sites of both directions. Controller thread, once the run has paused or ended, or between slices of a
     * run (the engine then does not call the witness, so the baton-guarded fields are stable); the copy shares
     * nothing mutable with the witness.
     */
    public WitnessGraph observedGraph() {
        assert !inCallback.get() : "the witness is read while the engine calls it";
        List<WitnessGraph.LockTypeSeen> seen = new ArrayList<>();
        for (int w = 0; acquired != null && w < witnessNames.size(); w++) {
            if (acquired[w]) {
                seen.add(new WitnessGraph.LockTypeSeen(witnessNames.get(w), classOf(w)));
            }
        }
        List<WitnessGraph.Order> orders = new ArrayList<>();
        // Sorted by key (from * COUNT + to): a stable order, so two copies of one run compare equal.
        orderStacks.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> orders.add(
                order(e.getKey() / WitnessMatrix.WITNESS_COUNT, e.getKey() % WitnessMatrix.WITNESS_COUNT,
                        e.getValue())));
        List<WitnessGraph.Reversal> reversals = new ArrayList<>();
        for (WitnessFinding f : findings) {
            if (f.kind() != WitnessFinding.Kind.LOCK_ORDER_REVERSAL) {
                continue;
            }
            // locks and sites end with the held lock and the new one; the chain runs from the new lock's type to
            // the held one's along the established order (empty for the sleepable and Giant variants).
            int n = f.locks().size();
            String held = f.locks().get(n - 2), acquiredNew = f.locks().get(n - 1);
            List<WitnessGraph.Order> established = new ArrayList<>();
            for (int k = 1; k < f.chain().size(); k++) {
                int from = witnessByName.get(f.chain().get(k - 1)), to = witnessByName.get(f.chain().get(k));
                Stack stack = orderStacks.get(from * WitnessMatrix.WITNESS_COUNT + to);
                established.add(stack == null ? WitnessGraph.Order.declared(witnessNames.get(from),
                        witnessNames.get(to)) : order(from, to, stack));
            }
            reversals.add(new WitnessGraph.Reversal(acquiredNew, held, established, f.sites().get(n - 2),
                    f.sites().get(n - 1), f.thread(), f.timeNs()));
        }
        return new WitnessGraph(seen, orders, reversals);
    }

    private WitnessGraph.Order order(int from, int to, Stack stack) {
        List<String> frames = new ArrayList<>();
        for (int k = stack.paths().length - 1; k >= 0; k--) {
            frames.add(scenario.paths[stack.paths()[k]].name() + "+0x"
                    + Integer.toHexString(offset(stack.paths(), k, stack.site())));
        }
        return new WitnessGraph.Order(witnessNames.get(from), witnessNames.get(to), site(stack.site()),
                info.threads().get(stack.thread()), stack.timeNs(), frames);
    }

    /**
     * The lock types acquired at least once during the run (those DDB's "show witness" does not list under "Locks
     * which were never acquired"), in enrollment order.
     */
    public List<String> acquiredLockTypes() {
        List<String> names = new ArrayList<>();
        for (int w = 0; acquired != null && w < witnessNames.size(); w++) {
            if (acquired[w]) {
                names.add(witnessNames.get(w));
            }
        }
        return names;
    }

    /** The number of lock types enrolled (static order and scenario). */
    public int lockTypeCount() {
        return witnessNames.size();
    }

    /** The number of direct order edges known (static and seen at run time). */
    public int edgeCount() {
        return matrix.edgeCount();
    }
}
