/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One task of an SMP project task list: what is to be done, its status and date, and who is responsible.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Task#getTitle <em>Title</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Task#getStatus <em>Status</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Task#getSeedStatus <em>Seed Status</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Task#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Task#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Task#getSubsystem <em>Subsystem</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Task#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='lastUpdatedIsIsoDate'"
 * @generated
 */
public interface Task extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task as the seed words it, such as "Lock down pipes.".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.smpng.model.kernel.KernelPackage#getTask_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Task#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.WorkStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task's status; the known issues' Resolved and Unresolved are Done and In progress, with the seed's word kept in seedStatus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.smpng.model.kernel.WorkStatus
	 * @see #setStatus(WorkStatus)
	 * @see org.smpng.model.kernel.KernelPackage#getTask_Status()
	 * @model
	 * @generated
	 */
	WorkStatus getStatus();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Task#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.smpng.model.kernel.WorkStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(WorkStatus value);

	/**
	 * Returns the value of the '<em><b>Seed Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status exactly as the seed writes it, such as "Not Started" or "Resolved".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed Status</em>' attribute.
	 * @see #setSeedStatus(String)
	 * @see org.smpng.model.kernel.KernelPackage#getTask_SeedStatus()
	 * @model
	 * @generated
	 */
	String getSeedStatus();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Task#getSeedStatus <em>Seed Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed Status</em>' attribute.
	 * @see #getSeedStatus()
	 * @generated
	 */
	void setSeedStatus(String value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task's date as an ISO 8601 date (yyyy-mm-dd): completed, last updated, stalled or added, by status, as the seed defines it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(String)
	 * @see org.smpng.model.kernel.KernelPackage#getTask_LastUpdated()
	 * @model
	 * @generated
	 */
	String getLastUpdated();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Task#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(String value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The developers responsible for the task, one per entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible</em>' attribute list.
	 * @see org.smpng.model.kernel.KernelPackage#getTask_Responsible()
	 * @model
	 * @generated
	 */
	EList<String> getResponsible();

	/**
	 * Returns the value of the '<em><b>Subsystem</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsystem the task belongs to, where that is clear.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsystem</em>' reference.
	 * @see #setSubsystem(Subsystem)
	 * @see org.smpng.model.kernel.KernelPackage#getTask_Subsystem()
	 * @model
	 * @generated
	 */
	Subsystem getSubsystem();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Task#getSubsystem <em>Subsystem</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsystem</em>' reference.
	 * @see #getSubsystem()
	 * @generated
	 */
	void setSubsystem(Subsystem value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remarks on the transcription, such as how an ambiguous line of the seed was read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.smpng.model.kernel.KernelPackage#getTask_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Task#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Task
