/**
 * SMPng Workbench
 */
package org.smpng.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.scenario.EngineSettings;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.ScenarioPackage;
import org.smpng.model.scenario.SchedulerKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Engine Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#isPreemption <em>Preemption</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#isAdaptiveSpinning <em>Adaptive Spinning</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#isWitness <em>Witness</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#isLockProfiling <em>Lock Profiling</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#getKtrMask <em>Ktr Mask</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#getExecutionMode <em>Execution Mode</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#getContextSwitchCost <em>Context Switch Cost</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#getQuantum <em>Quantum</em>}</li>
 *   <li>{@link org.smpng.model.scenario.impl.EngineSettingsImpl#getIpiLatency <em>Ipi Latency</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EngineSettingsImpl extends MinimalEObjectImpl.Container implements EngineSettings {
	/**
	 * The default value of the '{@link #getScheduler() <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduler()
	 * @generated
	 * @ordered
	 */
	protected static final SchedulerKind SCHEDULER_EDEFAULT = SchedulerKind.FOUR_BSD;

	/**
	 * The cached value of the '{@link #getScheduler() <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduler()
	 * @generated
	 * @ordered
	 */
	protected SchedulerKind scheduler = SCHEDULER_EDEFAULT;

	/**
	 * The default value of the '{@link #isPreemption() <em>Preemption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPreemption()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PREEMPTION_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPreemption() <em>Preemption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPreemption()
	 * @generated
	 * @ordered
	 */
	protected boolean preemption = PREEMPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isAdaptiveSpinning() <em>Adaptive Spinning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdaptiveSpinning()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADAPTIVE_SPINNING_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAdaptiveSpinning() <em>Adaptive Spinning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdaptiveSpinning()
	 * @generated
	 * @ordered
	 */
	protected boolean adaptiveSpinning = ADAPTIVE_SPINNING_EDEFAULT;

	/**
	 * The default value of the '{@link #isWitness() <em>Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWitness()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WITNESS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWitness() <em>Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWitness()
	 * @generated
	 * @ordered
	 */
	protected boolean witness = WITNESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isLockProfiling() <em>Lock Profiling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLockProfiling()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOCK_PROFILING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLockProfiling() <em>Lock Profiling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLockProfiling()
	 * @generated
	 * @ordered
	 */
	protected boolean lockProfiling = LOCK_PROFILING_EDEFAULT;

	/**
	 * The default value of the '{@link #getKtrMask() <em>Ktr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKtrMask()
	 * @generated
	 * @ordered
	 */
	protected static final long KTR_MASK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getKtrMask() <em>Ktr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKtrMask()
	 * @generated
	 * @ordered
	 */
	protected long ktrMask = KTR_MASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getExecutionMode() <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutionMode()
	 * @generated
	 * @ordered
	 */
	protected static final ExecutionMode EXECUTION_MODE_EDEFAULT = ExecutionMode.DETERMINISTIC;

	/**
	 * The cached value of the '{@link #getExecutionMode() <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutionMode()
	 * @generated
	 * @ordered
	 */
	protected ExecutionMode executionMode = EXECUTION_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_EDEFAULT = 1.0E9;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected double duration = DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getContextSwitchCost() <em>Context Switch Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextSwitchCost()
	 * @generated
	 * @ordered
	 */
	protected static final double CONTEXT_SWITCH_COST_EDEFAULT = 2000.0;

	/**
	 * The cached value of the '{@link #getContextSwitchCost() <em>Context Switch Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextSwitchCost()
	 * @generated
	 * @ordered
	 */
	protected double contextSwitchCost = CONTEXT_SWITCH_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuantum() <em>Quantum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantum()
	 * @generated
	 * @ordered
	 */
	protected static final double QUANTUM_EDEFAULT = 1.0E8;

	/**
	 * The cached value of the '{@link #getQuantum() <em>Quantum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantum()
	 * @generated
	 * @ordered
	 */
	protected double quantum = QUANTUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpiLatency() <em>Ipi Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpiLatency()
	 * @generated
	 * @ordered
	 */
	protected static final double IPI_LATENCY_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getIpiLatency() <em>Ipi Latency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpiLatency()
	 * @generated
	 * @ordered
	 */
	protected double ipiLatency = IPI_LATENCY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EngineSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.ENGINE_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchedulerKind getScheduler() {
		return scheduler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduler(SchedulerKind newScheduler) {
		SchedulerKind oldScheduler = scheduler;
		scheduler = newScheduler == null ? SCHEDULER_EDEFAULT : newScheduler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__SCHEDULER, oldScheduler, scheduler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPreemption() {
		return preemption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreemption(boolean newPreemption) {
		boolean oldPreemption = preemption;
		preemption = newPreemption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__PREEMPTION, oldPreemption, preemption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAdaptiveSpinning() {
		return adaptiveSpinning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdaptiveSpinning(boolean newAdaptiveSpinning) {
		boolean oldAdaptiveSpinning = adaptiveSpinning;
		adaptiveSpinning = newAdaptiveSpinning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__ADAPTIVE_SPINNING, oldAdaptiveSpinning, adaptiveSpinning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWitness() {
		return witness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWitness(boolean newWitness) {
		boolean oldWitness = witness;
		witness = newWitness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__WITNESS, oldWitness, witness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLockProfiling() {
		return lockProfiling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockProfiling(boolean newLockProfiling) {
		boolean oldLockProfiling = lockProfiling;
		lockProfiling = newLockProfiling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__LOCK_PROFILING, oldLockProfiling, lockProfiling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getKtrMask() {
		return ktrMask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKtrMask(long newKtrMask) {
		long oldKtrMask = ktrMask;
		ktrMask = newKtrMask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__KTR_MASK, oldKtrMask, ktrMask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecutionMode getExecutionMode() {
		return executionMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecutionMode(ExecutionMode newExecutionMode) {
		ExecutionMode oldExecutionMode = executionMode;
		executionMode = newExecutionMode == null ? EXECUTION_MODE_EDEFAULT : newExecutionMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__EXECUTION_MODE, oldExecutionMode, executionMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(double newDuration) {
		double oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getContextSwitchCost() {
		return contextSwitchCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextSwitchCost(double newContextSwitchCost) {
		double oldContextSwitchCost = contextSwitchCost;
		contextSwitchCost = newContextSwitchCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__CONTEXT_SWITCH_COST, oldContextSwitchCost, contextSwitchCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getQuantum() {
		return quantum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantum(double newQuantum) {
		double oldQuantum = quantum;
		quantum = newQuantum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__QUANTUM, oldQuantum, quantum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIpiLatency() {
		return ipiLatency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpiLatency(double newIpiLatency) {
		double oldIpiLatency = ipiLatency;
		ipiLatency = newIpiLatency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.ENGINE_SETTINGS__IPI_LATENCY, oldIpiLatency, ipiLatency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.ENGINE_SETTINGS__SCHEDULER:
				return getScheduler();
			case ScenarioPackage.ENGINE_SETTINGS__PREEMPTION:
				return isPreemption();
			case ScenarioPackage.ENGINE_SETTINGS__ADAPTIVE_SPINNING:
				return isAdaptiveSpinning();
			case ScenarioPackage.ENGINE_SETTINGS__WITNESS:
				return isWitness();
			case ScenarioPackage.ENGINE_SETTINGS__LOCK_PROFILING:
				return isLockProfiling();
			case ScenarioPackage.ENGINE_SETTINGS__KTR_MASK:
				return getKtrMask();
			case ScenarioPackage.ENGINE_SETTINGS__EXECUTION_MODE:
				return getExecutionMode();
			case ScenarioPackage.ENGINE_SETTINGS__SEED:
				return getSeed();
			case ScenarioPackage.ENGINE_SETTINGS__DURATION:
				return getDuration();
			case ScenarioPackage.ENGINE_SETTINGS__CONTEXT_SWITCH_COST:
				return getContextSwitchCost();
			case ScenarioPackage.ENGINE_SETTINGS__QUANTUM:
				return getQuantum();
			case ScenarioPackage.ENGINE_SETTINGS__IPI_LATENCY:
				return getIpiLatency();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ScenarioPackage.ENGINE_SETTINGS__SCHEDULER:
				setScheduler((SchedulerKind)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__PREEMPTION:
				setPreemption((Boolean)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__ADAPTIVE_SPINNING:
				setAdaptiveSpinning((Boolean)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__WITNESS:
				setWitness((Boolean)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__LOCK_PROFILING:
				setLockProfiling((Boolean)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__KTR_MASK:
				setKtrMask((Long)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__EXECUTION_MODE:
				setExecutionMode((ExecutionMode)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__DURATION:
				setDuration((Double)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__CONTEXT_SWITCH_COST:
				setContextSwitchCost((Double)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__QUANTUM:
				setQuantum((Double)newValue);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__IPI_LATENCY:
				setIpiLatency((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ScenarioPackage.ENGINE_SETTINGS__SCHEDULER:
				setScheduler(SCHEDULER_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__PREEMPTION:
				setPreemption(PREEMPTION_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__ADAPTIVE_SPINNING:
				setAdaptiveSpinning(ADAPTIVE_SPINNING_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__WITNESS:
				setWitness(WITNESS_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__LOCK_PROFILING:
				setLockProfiling(LOCK_PROFILING_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__KTR_MASK:
				setKtrMask(KTR_MASK_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__EXECUTION_MODE:
				setExecutionMode(EXECUTION_MODE_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__CONTEXT_SWITCH_COST:
				setContextSwitchCost(CONTEXT_SWITCH_COST_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__QUANTUM:
				setQuantum(QUANTUM_EDEFAULT);
				return;
			case ScenarioPackage.ENGINE_SETTINGS__IPI_LATENCY:
				setIpiLatency(IPI_LATENCY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ScenarioPackage.ENGINE_SETTINGS__SCHEDULER:
				return scheduler != SCHEDULER_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__PREEMPTION:
				return preemption != PREEMPTION_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__ADAPTIVE_SPINNING:
				return adaptiveSpinning != ADAPTIVE_SPINNING_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__WITNESS:
				return witness != WITNESS_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__LOCK_PROFILING:
				return lockProfiling != LOCK_PROFILING_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__KTR_MASK:
				return ktrMask != KTR_MASK_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__EXECUTION_MODE:
				return executionMode != EXECUTION_MODE_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__DURATION:
				return duration != DURATION_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__CONTEXT_SWITCH_COST:
				return contextSwitchCost != CONTEXT_SWITCH_COST_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__QUANTUM:
				return quantum != QUANTUM_EDEFAULT;
			case ScenarioPackage.ENGINE_SETTINGS__IPI_LATENCY:
				return ipiLatency != IPI_LATENCY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (scheduler: ");
		result.append(scheduler);
		result.append(", preemption: ");
		result.append(preemption);
		result.append(", adaptiveSpinning: ");
		result.append(adaptiveSpinning);
		result.append(", witness: ");
		result.append(witness);
		result.append(", lockProfiling: ");
		result.append(lockProfiling);
		result.append(", ktrMask: ");
		result.append(ktrMask);
		result.append(", executionMode: ");
		result.append(executionMode);
		result.append(", seed: ");
		result.append(seed);
		result.append(", duration: ");
		result.append(duration);
		result.append(", contextSwitchCost: ");
		result.append(contextSwitchCost);
		result.append(", quantum: ");
		result.append(quantum);
		result.append(", ipiLatency: ");
		result.append(ipiLatency);
		result.append(')');
		return result.toString();
	}

} //EngineSettingsImpl
