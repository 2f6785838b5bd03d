/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What runs on the machine: user processes making syscalls, interrupt sources and software interrupts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.Workload#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.Workload#getProcesses <em>Processes</em>}</li>
 *   <li>{@link org.smpng.model.workload.Workload#getInterruptSources <em>Interrupt Sources</em>}</li>
 *   <li>{@link org.smpng.model.workload.Workload#getSoftwareInterrupts <em>Software Interrupts</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.workload.WorkloadPackage#getWorkload()
 * @model
 * @generated
 */
public interface Workload extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short name for the workload, such as "web server, 4 threads".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.workload.WorkloadPackage#getWorkload_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.Workload#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Processes</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.workload.UserProcess}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user processes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Processes</em>' containment reference list.
	 * @see org.smpng.model.workload.WorkloadPackage#getWorkload_Processes()
	 * @model containment="true"
	 * @generated
	 */
	EList<UserProcess> getProcesses();

	/**
	 * Returns the value of the '<em><b>Interrupt Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.workload.InterruptSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hardware interrupt sources and when they fire.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interrupt Sources</em>' containment reference list.
	 * @see org.smpng.model.workload.WorkloadPackage#getWorkload_InterruptSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<InterruptSource> getInterruptSources();

	/**
	 * Returns the value of the '<em><b>Software Interrupts</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.workload.SoftwareInterrupt}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The software interrupts (swi) and when they are scheduled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Software Interrupts</em>' containment reference list.
	 * @see org.smpng.model.workload.WorkloadPackage#getWorkload_SoftwareInterrupts()
	 * @model containment="true"
	 * @generated
	 */
	EList<SoftwareInterrupt> getSoftwareInterrupts();

} // Workload
