package org.smpng.sim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.Snapshots.ThreadSnapshot;

/**
 * Who is blocked by whom at one instant: the chains thread → lock → owner → lock → owner … that priority
 * propagation walks in FreeBSD's {@code propagate_priority()} (subr_turnstile.c), computed from an immutable
 * {@link EngineSnapshot}, so the live view and the command line's report show the same chains.
 *
 * <pre>{@code
 * for (BlockedByChains.Chain chain : BlockedByChains.of(simulation.latestSnapshot())) {
 *     System.out.println(chain);   // "td5 -[blocked on]-> so_snd#1 (lent 80) -> td2 (pri 80, base 120) running on CPU 1"
 * }
 * }</pre>
 *
 * <p>A thread waits for a lock when it is among the lock's turnstile or sleep-queue waiters (blocked) or among its
 * spinners (adaptive spinning or a spin mutex); failing both, when its {@code waitingFor} names a lock. A lock's
 * owners are its exclusive owner or, for sx, its sharers. A chain starts at a waiting thread that owns no lock
 * anybody waits for (the far end of the propagation), follows each owner in turn, and ends at an owner that waits
 * for nothing (it is running, runnable or asleep elsewhere), at a free lock, or where it meets a thread it already
 * passed (a deadlock cycle). Shared owners branch: one chain per owner. Threads that wait only in a deadlock cycle
 * (so none of them is a start) get one chain from the cycle's alphabetically first thread.
 *
 * <p>Stateless and thread-safe; the snapshot is immutable.
 */
public final class BlockedByChains {

    /** How a thread waits for a lock. */
    public enum Wait {
        /** On the lock's turnstile or sleep queue, off its CPU. */
        BLOCKED,
        /** Spinning on its CPU (adaptive spinning on a sleep mutex, or a spin mutex). */
        SPINNING
    }

    /**
     * One step of a chain: a thread and the lock it waits for (null for the last thread), and how it waits.
     *
     * @param thread the thread as the snapshot shows it
     * @param waitsFor the lock it waits for, or null when it is the chain's end
     * @param how how it waits, or null when it is the chain's end
     */
    public record Link(ThreadSnapshot thread, LockSnapshot waitsFor, Wait how) {

        /** Whether the thread runs at a priority lent to it (numerically better than its base). */
        public boolean lentPriority() {
            return thread.priority() < thread.basePriority();
        }
    }

    /**
     * One chain from a waiting thread to the owner at its end.
     *
     * @param links the threads in order, each with the lock it waits for; the last waits for nothing, or, when
     *        {@code cycle} is set, for a lock owned by an earlier thread of the chain
     * @param cycle whether the chain closes on itself (a deadlock)
     */
    public record Chain(List<Link> links, boolean cycle) {

        public Chain {
            links = List.copyOf(links);
        }

        /** The waiting thread the chain starts at. */
        public ThreadSnapshot head() {
            return links.get(0).thread();
        }

        /** The thread at the chain's end: the one everybody before it waits for. */
        public ThreadSnapshot end() {
            return links.get(links.size() - 1).thread();
        }

        /** The locks along the chain, in order. */
        public List<LockSnapshot> locks() {
            List<LockSnapshot> locks = new ArrayList<>();
            for (Link link : links) {
                if (link.waitsFor() != null) {
                    locks.add(link.waitsFor());
                }
            }
            return locks;
        }

        /** The chain in one line, e.g. {@code td5 -> so_snd#1 (lent 80) -> td2 (pri 80, base 120) running on CPU 1}. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (Link link : links) {
                ThreadSnapshot t = link.thread();
                b.append(t.name()).append(" (pri ").append(t.priority());
                if (t.priority() != t.basePriority()) {
                    b.append(", base ").append(t.basePriority());
                }
                b.append(')');
                if (link.waitsFor() != null) {
                    LockSnapshot l = link.waitsFor();
                    b.append(link.how() == Wait.SPINNING ? " spins on " : " blocked on ").append(l.name());
                    if (l.lentPriority() != LockSnapshot.NONE) {
                        b.append(" (lent ").append(l.lentPriority()).append(')');
                    }
                    b.append(" -> ");
                } else {
                    b.append(t.cpu() >= 0 ? " running on CPU " + t.cpu() : " " + t.state());
                }
            }
            if (cycle) {
                b.append(" (deadlock: back to ").append(cycleTarget()).append(')');
            }
            return b.toString();
        }

        private String cycleTarget() {
            LockSnapshot last = links.get(links.size() - 1).waitsFor();
            return last == null ? "?" : last.owner() != null ? last.owner() : String.join(", ", last.sharers());
        }
    }

    private BlockedByChains() {
    }

    /**
     * Returns the chains of {@code snapshot}, longest first, then by the name of the thread they start at.
     */
    public static List<Chain> of(EngineSnapshot snapshot) {
        Map<String, ThreadSnapshot> threads = new HashMap<>();
        for (ThreadSnapshot t : snapshot.threads()) {
            threads.put(t.name(), t);
        }
        Map<String, LockSnapshot> locks = new HashMap<>();
        for (LockSnapshot l : snapshot.locks()) {
            locks.put(l.name(), l);
        }
        // The lock each thread waits for, in the snapshot's lock order so the result does not depend on hashing.
        Map<String, LockSnapshot> waitsFor = new LinkedHashMap<>();
        Map<String, Wait> how = new HashMap<>();
        for (LockSnapshot l : snapshot.locks()) {
            for (String w : l.waiters()) {
                waitsFor.putIfAbsent(w, l);
                how.putIfAbsent(w, Wait.BLOCKED);
            }
            for (String s : l.spinners()) {
                waitsFor.putIfAbsent(s, l);
                how.putIfAbsent(s, Wait.SPINNING);
            }
        }
        for (ThreadSnapshot t : snapshot.threads()) {
            if (t.waitingFor() != null && !waitsFor.containsKey(t.name()) && locks.containsKey(t.waitingFor())
                    && !"sleep".equals(t.state())) {
                waitsFor.put(t.name(), locks.get(t.waitingFor()));
                how.put(t.name(), "running".equals(t.state()) ? Wait.SPINNING : Wait.BLOCKED);
            }
        }
        // Threads that own a lock somebody waits for are inner links of somebody else's chain.
        Set<String> waitedOn = new HashSet<>();
        for (LockSnapshot l : waitsFor.values()) {
            waitedOn.addAll(owners(l));
        }
        List<Chain> chains = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (String head : waitsFor.keySet()) {
            if (!waitedOn.contains(head)) {
                walk(head, new ArrayList<>(), new HashSet<>(), threads, waitsFor, how, chains, covered);
            }
        }
        // Whatever is left waits only inside cycles: start one chain per cycle at its first thread by name.
        List<String> rest = waitsFor.keySet().stream().filter(t -> !covered.contains(t)).sorted().toList();
        for (String head : rest) {
            if (!covered.contains(head)) {
                walk(head, new ArrayList<>(), new HashSet<>(), threads, waitsFor, how, chains, covered);
            }
        }
        chains.sort(Comparator.comparingInt((Chain c) -> -c.links().size()).thenComparing(c -> c.head().name()));
        return List.copyOf(chains);
    }

    /** Follows {@code thread} to the end of its chain(s), branching on shared owners. */
    private static void walk(String thread, List<Link> prefix, Set<String> seen, Map<String, ThreadSnapshot> threads,
            Map<String, LockSnapshot> waitsFor, Map<String, Wait> how, List<Chain> out, Set<String> covered) {
        ThreadSnapshot t = threads.get(thread);
        if (t == null) {
            // An owner the snapshot does not list (it never should): end the chain at its predecessor.
            if (!prefix.isEmpty()) {
                out.add(new Chain(prefix, false));
            }
            return;
        }
        covered.add(thread);
        seen.add(thread);
        LockSnapshot lock = waitsFor.get(thread);
        if (lock == null) {
            List<Link> links = new ArrayList<>(prefix);
            links.add(new Link(t, null, null));
            out.add(new Chain(links, false));
            return;
        }
        List<Link> links = new ArrayList<>(prefix);
        links.add(new Link(t, lock, how.get(thread)));
        List<String> owners = owners(lock);
        if (owners.isEmpty()) {
            // The lock was just released and the waiter not yet woken: the chain ends at the free lock.
            out.add(new Chain(links, false));
            return;
        }
        for (String owner : owners) {
            if (seen.contains(owner)) {
                out.add(new Chain(links, true));
            } else {
                walk(owner, links, new HashSet<>(seen), threads, waitsFor, how, out, covered);
            }
        }
    }

    private static List<String> owners(LockSnapshot lock) {
        if (lock.owner() != null) {
            return List.of(lock.owner());
        }
        return lock.sharers();
    }
}
