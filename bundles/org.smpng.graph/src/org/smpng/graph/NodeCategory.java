package org.smpng.graph;

/**
 * The kind of lock a {@link LockNode} stands for, as far as a picture of the lock order needs to know.
 *
 * <p>The categories follow FreeBSD's {@code struct lock_class} symbols ({@code lock_class_mtx_sleep},
 * {@code lock_class_mtx_spin}, {@code lock_class_sx}, {@code lock_class_rw}); Giant gets a category of its own
 * although it is a sleep mutex, because the whole SMPng story is about pushing it out of the way and a reader
 * must find it at a glance.
 */
public enum NodeCategory {
    /** The Giant lock: a recursive sleep mutex that is dropped while its holder sleeps. */
    GIANT,
    /** A default ({@code MTX_DEF}) mutex whose contended waiters block on a turnstile. */
    SLEEP_MUTEX,
    /** An {@code MTX_SPIN} mutex that spins inside a critical section. */
    SPIN_MUTEX,
    /** A shared/exclusive lock whose waiters sleep on a sleepqueue. */
    SX,
    /** A reader/writer lock (FreeBSD 7.x and later). */
    RW,
    /** Any other lock class (lockmgr, rmlock, ...). */
    OTHER
}
