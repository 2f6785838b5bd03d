/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subsystem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kernel subsystem, such as VM or the socket layer, as one row of the seed's "Subsystems and Staffing" table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Subsystem#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Subsystem#getLockingStatus <em>Locking Status</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Subsystem#getWorkStatus <em>Work Status</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Subsystem#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Subsystem#getStaffing <em>Staffing</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Subsystem#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getSubsystem()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='lastUpdatedIsIsoDate'"
 * @generated
 */
public interface Subsystem extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsystem's name as the seed writes it, such as "Pipe IPC".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.kernel.KernelPackage#getSubsystem_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Subsystem#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Locking Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.LockingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the subsystem still runs under Giant, partially without it, or is MPSAFE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locking Status</em>' attribute.
	 * @see org.smpng.model.kernel.LockingStatus
	 * @see #setLockingStatus(LockingStatus)
	 * @see org.smpng.model.kernel.KernelPackage#getSubsystem_LockingStatus()
	 * @model
	 * @generated
	 */
	LockingStatus getLockingStatus();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Subsystem#getLockingStatus <em>Locking Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locking Status</em>' attribute.
	 * @see org.smpng.model.kernel.LockingStatus
	 * @see #getLockingStatus()
	 * @generated
	 */
	void setLockingStatus(LockingStatus value);

	/**
	 * Returns the value of the '<em><b>Work Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.WorkStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SMPng work status of the subsystem: Done, In progress, Stalled or Not started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Status</em>' attribute.
	 * @see org.smpng.model.kernel.WorkStatus
	 * @see #setWorkStatus(WorkStatus)
	 * @see org.smpng.model.kernel.KernelPackage#getSubsystem_WorkStatus()
	 * @model
	 * @generated
	 */
	WorkStatus getWorkStatus();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Subsystem#getWorkStatus <em>Work Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Status</em>' attribute.
	 * @see org.smpng.model.kernel.WorkStatus
	 * @see #getWorkStatus()
	 * @generated
	 */
	void setWorkStatus(WorkStatus value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date of the seed's "Last updated" column as an ISO 8601 date (yyyy-mm-dd), or empty if unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(String)
	 * @see org.smpng.model.kernel.KernelPackage#getSubsystem_LastUpdated()
	 * @model
	 * @generated
	 */
	String getLastUpdated();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Subsystem#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(String value);

	/**
	 * Returns the value of the '<em><b>Staffing</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The developers the seed lists as working on the subsystem, one per entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staffing</em>' attribute list.
	 * @see org.smpng.model.kernel.KernelPackage#getSubsystem_Staffing()
	 * @model
	 * @generated
	 */
	EList<String> getStaffing();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the subsystem covers, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.smpng.model.kernel.KernelPackage#getSubsystem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Subsystem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Subsystem
