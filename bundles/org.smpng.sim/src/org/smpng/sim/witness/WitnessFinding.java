package org.smpng.sim.witness;

import java.util.List;

/**
 * One problem the runtime {@link Witness} reported, with the console text FreeBSD's WITNESS would print for it.
 *
 * @param kind     what was detected
 * @param timeNs   the virtual time of the offending acquisition, release or sleep
 * @param thread   the modeled thread's name
 * @param locks    the lock type (witness) names in the order the report lists them (1st, 2nd[, 3rd] for a
 *                 reversal; the held and then the new lock for a duplicate; the locks held for a sleep)
 * @param sites    the {@code file:line} of each of {@link #locks}, in the same order
 * @param chain    for a reversal, the established order the acquisition contradicts, from the lock being acquired
 *                 to the held one, including every intermediate lock type ({@code [new, ..., held]}); otherwise
 *                 empty
 * @param text     the report as the selected era's kernel prints it, lines ending in {@code \n}
 */
public record WitnessFinding(Kind kind, long timeNs, String thread, List<String> locks, List<String> sites,
        List<String> chain, String text) {

    /** The kinds of problems WITNESS detects. */
    public enum Kind {
        /** A lock acquired against the established order (directly or through intermediate locks). */
        LOCK_ORDER_REVERSAL,
        /** A second lock of the same type acquired without DUPOK. */
        DUPLICATE_LOCK,
        /** A held lock acquired again although its type does not allow recursion. */
        RECURSION,
        /** A blockable sleep lock acquired while holding a spin lock or inside a critical section. */
        SLEEP_LOCK_IN_CRITICAL_SECTION,
        /** A sleep (msleep, cv_wait) while holding a lock that may not be held across a sleep (Giant excepted). */
        SLEEPING_WITH_NON_SLEEPABLE_LOCK,
        /** A shared acquisition of a lock the thread holds exclusively: a downgrade without sx_downgrade. */
        EXCLUSIVE_TO_SHARED,
        /** An exclusive acquisition of a lock the thread holds shared: an upgrade without sx_try_upgrade. */
        SHARED_TO_EXCLUSIVE,
        /** A release of a lock the thread does not hold. */
        UNLOCK_NOT_HELD
    }

    /** Makes the lists immutable. */
    public WitnessFinding {
        locks = List.copyOf(locks);
        sites = List.copyOf(sites);
        chain = List.copyOf(chain);
    }
}
