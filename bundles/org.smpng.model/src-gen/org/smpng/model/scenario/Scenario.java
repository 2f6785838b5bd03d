/**
 * SMPng Workbench
 */
package org.smpng.model.scenario;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.kernel.KernelModel;

import org.smpng.model.machine.Machine;

import org.smpng.model.workload.Workload;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A simulation run: a kernel, a machine and a workload, with the engine settings to run them with.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.scenario.Scenario#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.scenario.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link org.smpng.model.scenario.Scenario#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.smpng.model.scenario.Scenario#getMachine <em>Machine</em>}</li>
 *   <li>{@link org.smpng.model.scenario.Scenario#getWorkload <em>Workload</em>}</li>
 *   <li>{@link org.smpng.model.scenario.Scenario#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.scenario.ScenarioPackage#getScenario()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='referencesPresent consistentReferences'"
 * @generated
 */
public interface Scenario extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short name for the scenario, such as "5.3 on 4 CPUs, web server".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.scenario.ScenarioPackage#getScenario_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.Scenario#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the scenario is meant to show.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.smpng.model.scenario.ScenarioPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel whose locking is simulated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel</em>' reference.
	 * @see #setKernel(KernelModel)
	 * @see org.smpng.model.scenario.ScenarioPackage#getScenario_Kernel()
	 * @model required="true"
	 * @generated
	 */
	KernelModel getKernel();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.Scenario#getKernel <em>Kernel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' reference.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(KernelModel value);

	/**
	 * Returns the value of the '<em><b>Machine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine the kernel runs on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine</em>' reference.
	 * @see #setMachine(Machine)
	 * @see org.smpng.model.scenario.ScenarioPackage#getScenario_Machine()
	 * @model required="true"
	 * @generated
	 */
	Machine getMachine();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.Scenario#getMachine <em>Machine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine</em>' reference.
	 * @see #getMachine()
	 * @generated
	 */
	void setMachine(Machine value);

	/**
	 * Returns the value of the '<em><b>Workload</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The workload that runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workload</em>' reference.
	 * @see #setWorkload(Workload)
	 * @see org.smpng.model.scenario.ScenarioPackage#getScenario_Workload()
	 * @model required="true"
	 * @generated
	 */
	Workload getWorkload();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.Scenario#getWorkload <em>Workload</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workload</em>' reference.
	 * @see #getWorkload()
	 * @generated
	 */
	void setWorkload(Workload value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel options and engine settings of the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(EngineSettings)
	 * @see org.smpng.model.scenario.ScenarioPackage#getScenario_Settings()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EngineSettings getSettings();

	/**
	 * Sets the value of the '{@link org.smpng.model.scenario.Scenario#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(EngineSettings value);

} // Scenario
