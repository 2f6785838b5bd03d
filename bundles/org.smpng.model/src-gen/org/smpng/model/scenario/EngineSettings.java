/**
 * SMPng Workbench
 */
package org.smpng.model.scenario;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Engine Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The kernel configuration options and simulation engine settings of a scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#isPreemption <em>Preemption</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#isAdaptiveSpinning <em>Adaptive Spinning</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#isWitness <em>Witness</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#isLockProfiling <em>Lock Profiling</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#getKtrMask <em>Ktr Mask</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#getExecutionMode <em>Execution Mode</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#getContextSwitchCost <em>Context Switch Cost</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#getQuantum <em>Quantum</em>}</li>
 *   <li>{@link org.smpng.model.scenario.EngineSettings#getIpiLatency <em>Ipi Latency</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='positiveDuration timingsInRange'"
 * @generated
 */
public interface EngineSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Scheduler</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.scenario.SchedulerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheduler, SCHED_4BSD or SCHED_ULE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduler</em>' attribute.
	 * @see org.smpng.model.scenario.SchedulerKind
	 * @see #setScheduler(SchedulerKind)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_Scheduler()
	 * @model
	 * @generated
	 */
	SchedulerKind getScheduler();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#getScheduler <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduler</em>' attribute.
	 * @see org.smpng.model.scenario.SchedulerKind
	 * @see #getScheduler()
	 * @generated
	 */
	void setScheduler(SchedulerKind value);

	/**
	 * Returns the value of the '<em><b>Preemption</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the kernel is built with options PREEMPTION.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preemption</em>' attribute.
	 * @see #setPreemption(boolean)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_Preemption()
	 * @model default="true"
	 * @generated
	 */
	boolean isPreemption();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#isPreemption <em>Preemption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preemption</em>' attribute.
	 * @see #isPreemption()
	 * @generated
	 */
	void setPreemption(boolean value);

	/**
	 * Returns the value of the '<em><b>Adaptive Spinning</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a contended sleep lock spins while its owner runs on another CPU (ADAPTIVE_MUTEXES).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adaptive Spinning</em>' attribute.
	 * @see #setAdaptiveSpinning(boolean)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_AdaptiveSpinning()
	 * @model default="true"
	 * @generated
	 */
	boolean isAdaptiveSpinning();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#isAdaptiveSpinning <em>Adaptive Spinning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adaptive Spinning</em>' attribute.
	 * @see #isAdaptiveSpinning()
	 * @generated
	 */
	void setAdaptiveSpinning(boolean value);

	/**
	 * Returns the value of the '<em><b>Witness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether WITNESS checks lock order during the run (options WITNESS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Witness</em>' attribute.
	 * @see #setWitness(boolean)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_Witness()
	 * @model
	 * @generated
	 */
	boolean isWitness();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#isWitness <em>Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Witness</em>' attribute.
	 * @see #isWitness()
	 * @generated
	 */
	void setWitness(boolean value);

	/**
	 * Returns the value of the '<em><b>Lock Profiling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether LOCK_PROFILING statistics are collected per acquisition point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lock Profiling</em>' attribute.
	 * @see #setLockProfiling(boolean)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_LockProfiling()
	 * @model
	 * @generated
	 */
	boolean isLockProfiling();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#isLockProfiling <em>Lock Profiling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock Profiling</em>' attribute.
	 * @see #isLockProfiling()
	 * @generated
	 */
	void setLockProfiling(boolean value);

	/**
	 * Returns the value of the '<em><b>Ktr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The KTR trace classes recorded (debug.ktr.mask, KTR_* bits); 0 records nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ktr Mask</em>' attribute.
	 * @see #setKtrMask(long)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_KtrMask()
	 * @model
	 * @generated
	 */
	long getKtrMask();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#getKtrMask <em>Ktr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ktr Mask</em>' attribute.
	 * @see #getKtrMask()
	 * @generated
	 */
	void setKtrMask(long value);

	/**
	 * Returns the value of the '<em><b>Execution Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.scenario.ExecutionMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the run is deterministic or parallel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Execution Mode</em>' attribute.
	 * @see org.smpng.model.scenario.ExecutionMode
	 * @see #setExecutionMode(ExecutionMode)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_ExecutionMode()
	 * @model
	 * @generated
	 */
	ExecutionMode getExecutionMode();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#getExecutionMode <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Execution Mode</em>' attribute.
	 * @see org.smpng.model.scenario.ExecutionMode
	 * @see #getExecutionMode()
	 * @generated
	 */
	void setExecutionMode(ExecutionMode value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The seed of the pseudo-random numbers a deterministic run draws from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * The default value is <code>"1.0E9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The simulated time the run lasts, in nanoseconds; positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(double)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_Duration()
	 * @model default="1.0E9"
	 * @generated
	 */
	double getDuration();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(double value);

	/**
	 * Returns the value of the '<em><b>Context Switch Cost</b></em>' attribute.
	 * The default value is <code>"2000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a context switch (cpu_switch with its cache and TLB effects) costs the CPU, in nanoseconds; not negative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context Switch Cost</em>' attribute.
	 * @see #setContextSwitchCost(double)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_ContextSwitchCost()
	 * @model default="2000.0"
	 * @generated
	 */
	double getContextSwitchCost();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#getContextSwitchCost <em>Context Switch Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context Switch Cost</em>' attribute.
	 * @see #getContextSwitchCost()
	 * @generated
	 */
	void setContextSwitchCost(double value);

	/**
	 * Returns the value of the '<em><b>Quantum</b></em>' attribute.
	 * The default value is <code>"1.0E8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SCHED_4BSD's time quantum (kern.sched.quantum; 5.x: hz / 10 ticks = 100 ms), in nanoseconds; positive. SCHED_ULE uses its own slice of 12 statclock ticks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quantum</em>' attribute.
	 * @see #setQuantum(double)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_Quantum()
	 * @model default="1.0E8"
	 * @generated
	 */
	double getQuantum();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#getQuantum <em>Quantum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantum</em>' attribute.
	 * @see #getQuantum()
	 * @generated
	 */
	void setQuantum(double value);

	/**
	 * Returns the value of the '<em><b>Ipi Latency</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long an inter-processor interrupt (IPI_AST, IPI_PREEMPT) takes from the sending CPU to the remote CPU acting on it, in nanoseconds; not negative (0 acts at once and sends no IPI).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipi Latency</em>' attribute.
	 * @see #setIpiLatency(double)
	 * @see org.smpng.model.scenario.ScenarioPackage#getEngineSettings_IpiLatency()
	 * @model default="1000.0"
	 * @generated
	 */
	double getIpiLatency();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.EngineSettings#getIpiLatency <em>Ipi Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipi Latency</em>' attribute.
	 * @see #getIpiLatency()
	 * @generated
	 */
	void setIpiLatency(double value);

} // EngineSettings
