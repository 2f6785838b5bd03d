/**
 * SMPng Workbench
 */
package org.smpng.model.scenario;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A simulation run: a kernel, a machine, a workload and the engine settings.
 * <!-- end-model-doc -->
 * @see org.smpng.model.scenario.ScenarioFactory
 * @model kind="package"
 * @generated
 */
public interface ScenarioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "scenario";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://smpng.org/model/scenario/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scenario";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ScenarioPackage eINSTANCE = org.smpng.model.scenario.impl.ScenarioPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.smpng.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.scenario.impl.ScenarioImpl
	 * @see org.smpng.model.scenario.impl.ScenarioPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__KERNEL = 2;

	/**
	 * The feature id for the '<em><b>Machine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MACHINE = 3;

	/**
	 * The feature id for the '<em><b>Workload</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__WORKLOAD = 4;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SETTINGS = 5;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.scenario.impl.EngineSettingsImpl <em>Engine Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.scenario.impl.EngineSettingsImpl
	 * @see org.smpng.model.scenario.impl.ScenarioPackageImpl#getEngineSettings()
	 * @generated
	 */
	int ENGINE_SETTINGS = 1;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__SCHEDULER = 0;

	/**
	 * The feature id for the '<em><b>Preemption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__PREEMPTION = 1;

	/**
	 * The feature id for the '<em><b>Adaptive Spinning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__ADAPTIVE_SPINNING = 2;

	/**
	 * The feature id for the '<em><b>Witness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__WITNESS = 3;

	/**
	 * The feature id for the '<em><b>Lock Profiling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__LOCK_PROFILING = 4;

	/**
	 * The feature id for the '<em><b>Ktr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__KTR_MASK = 5;

	/**
	 * The feature id for the '<em><b>Execution Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__EXECUTION_MODE = 6;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__SEED = 7;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__DURATION = 8;

	/**
	 * The feature id for the '<em><b>Context Switch Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__CONTEXT_SWITCH_COST = 9;

	/**
	 * The feature id for the '<em><b>Quantum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__QUANTUM = 10;

	/**
	 * The feature id for the '<em><b>Ipi Latency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS__IPI_LATENCY = 11;

	/**
	 * The number of structural features of the '<em>Engine Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Engine Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.scenario.SchedulerKind <em>Scheduler Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.scenario.SchedulerKind
	 * @see org.smpng.model.scenario.impl.ScenarioPackageImpl#getSchedulerKind()
	 * @generated
	 */
	int SCHEDULER_KIND = 2;

	/**
	 * The meta object id for the '{@link org.smpng.model.scenario.ExecutionMode <em>Execution Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.scenario.ExecutionMode
	 * @see org.smpng.model.scenario.impl.ScenarioPackageImpl#getExecutionMode()
	 * @generated
	 */
	int EXECUTION_MODE = 3;


	/**
	 * Returns the meta object for class '{@link org.smpng.model.scenario.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.smpng.model.scenario.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.scenario.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.smpng.model.scenario.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.scenario.Scenario#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kernel</em>'.
	 * @see org.smpng.model.scenario.Scenario#getKernel()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Kernel();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.scenario.Scenario#getMachine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Machine</em>'.
	 * @see org.smpng.model.scenario.Scenario#getMachine()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Machine();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.scenario.Scenario#getWorkload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Workload</em>'.
	 * @see org.smpng.model.scenario.Scenario#getWorkload()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Workload();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.scenario.Scenario#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see org.smpng.model.scenario.Scenario#getSettings()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Settings();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.scenario.EngineSettings <em>Engine Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engine Settings</em>'.
	 * @see org.smpng.model.scenario.EngineSettings
	 * @generated
	 */
	EClass getEngineSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#getScheduler <em>Scheduler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduler</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#getScheduler()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_Scheduler();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#isPreemption <em>Preemption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preemption</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#isPreemption()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_Preemption();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#isAdaptiveSpinning <em>Adaptive Spinning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adaptive Spinning</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#isAdaptiveSpinning()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_AdaptiveSpinning();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#isWitness <em>Witness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Witness</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#isWitness()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_Witness();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#isLockProfiling <em>Lock Profiling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lock Profiling</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#isLockProfiling()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_LockProfiling();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#getKtrMask <em>Ktr Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ktr Mask</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#getKtrMask()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_KtrMask();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#getExecutionMode <em>Execution Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Execution Mode</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#getExecutionMode()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_ExecutionMode();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#getSeed()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#getDuration()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#getContextSwitchCost <em>Context Switch Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context Switch Cost</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#getContextSwitchCost()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_ContextSwitchCost();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#getQuantum <em>Quantum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantum</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#getQuantum()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_Quantum();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.scenario.EngineSettings#getIpiLatency <em>Ipi Latency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipi Latency</em>'.
	 * @see org.smpng.model.scenario.EngineSettings#getIpiLatency()
	 * @see #getEngineSettings()
	 * @generated
	 */
	EAttribute getEngineSettings_IpiLatency();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.scenario.SchedulerKind <em>Scheduler Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scheduler Kind</em>'.
	 * @see org.smpng.model.scenario.SchedulerKind
	 * @generated
	 */
	EEnum getSchedulerKind();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.scenario.ExecutionMode <em>Execution Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Execution Mode</em>'.
	 * @see org.smpng.model.scenario.ExecutionMode
	 * @generated
	 */
	EEnum getExecutionMode();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ScenarioFactory getScenarioFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.smpng.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.scenario.impl.ScenarioImpl
		 * @see org.smpng.model.scenario.impl.ScenarioPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__KERNEL = eINSTANCE.getScenario_Kernel();

		/**
		 * The meta object literal for the '<em><b>Machine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__MACHINE = eINSTANCE.getScenario_Machine();

		/**
		 * The meta object literal for the '<em><b>Workload</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__WORKLOAD = eINSTANCE.getScenario_Workload();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__SETTINGS = eINSTANCE.getScenario_Settings();

		/**
		 * The meta object literal for the '{@link org.smpng.model.scenario.impl.EngineSettingsImpl <em>Engine Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.scenario.impl.EngineSettingsImpl
		 * @see org.smpng.model.scenario.impl.ScenarioPackageImpl#getEngineSettings()
		 * @generated
		 */
		EClass ENGINE_SETTINGS = eINSTANCE.getEngineSettings();

		/**
		 * The meta object literal for the '<em><b>Scheduler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__SCHEDULER = eINSTANCE.getEngineSettings_Scheduler();

		/**
		 * The meta object literal for the '<em><b>Preemption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__PREEMPTION = eINSTANCE.getEngineSettings_Preemption();

		/**
		 * The meta object literal for the '<em><b>Adaptive Spinning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__ADAPTIVE_SPINNING = eINSTANCE.getEngineSettings_AdaptiveSpinning();

		/**
		 * The meta object literal for the '<em><b>Witness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__WITNESS = eINSTANCE.getEngineSettings_Witness();

		/**
		 * The meta object literal for the '<em><b>Lock Profiling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__LOCK_PROFILING = eINSTANCE.getEngineSettings_LockProfiling();

		/**
		 * The meta object literal for the '<em><b>Ktr Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__KTR_MASK = eINSTANCE.getEngineSettings_KtrMask();

		/**
		 * The meta object literal for the '<em><b>Execution Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__EXECUTION_MODE = eINSTANCE.getEngineSettings_ExecutionMode();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__SEED = eINSTANCE.getEngineSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__DURATION = eINSTANCE.getEngineSettings_Duration();

		/**
		 * The meta object literal for the '<em><b>Context Switch Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__CONTEXT_SWITCH_COST = eINSTANCE.getEngineSettings_ContextSwitchCost();

		/**
		 * The meta object literal for the '<em><b>Quantum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__QUANTUM = eINSTANCE.getEngineSettings_Quantum();

		/**
		 * The meta object literal for the '<em><b>Ipi Latency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_SETTINGS__IPI_LATENCY = eINSTANCE.getEngineSettings_IpiLatency();

		/**
		 * The meta object literal for the '{@link org.smpng.model.scenario.SchedulerKind <em>Scheduler Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.scenario.SchedulerKind
		 * @see org.smpng.model.scenario.impl.ScenarioPackageImpl#getSchedulerKind()
		 * @generated
		 */
		EEnum SCHEDULER_KIND = eINSTANCE.getSchedulerKind();

		/**
		 * The meta object literal for the '{@link org.smpng.model.scenario.ExecutionMode <em>Execution Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.scenario.ExecutionMode
		 * @see org.smpng.model.scenario.impl.ScenarioPackageImpl#getExecutionMode()
		 * @generated
		 */
		EEnum EXECUTION_MODE = eINSTANCE.getExecutionMode();

	}

} //ScenarioPackage
