/**
 * FreeBSD's diagnostics for a simulation run, fed by the engine's one instrumentation seam
 * ({@link org.smpng.sim.SimObserver}): LOCK_PROFILING ({@link org.smpng.sim.diag.LockProfiler}), KTR with
 * {@code ktrdump -ct} and Chrome trace export, and analyses of a run (priority inversion, Giant, utilisation,
 * scaling).
 */
package org.smpng.sim.diag;
