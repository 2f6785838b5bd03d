/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockingStatus;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.WorkStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subsystem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.SubsystemImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SubsystemImpl#getLockingStatus <em>Locking Status</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SubsystemImpl#getWorkStatus <em>Work Status</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SubsystemImpl#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SubsystemImpl#getStaffing <em>Staffing</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SubsystemImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubsystemImpl extends MinimalEObjectImpl.Container implements Subsystem {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLockingStatus() <em>Locking Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockingStatus()
	 * @generated
	 * @ordered
	 */
	protected static final LockingStatus LOCKING_STATUS_EDEFAULT = LockingStatus.GIANT;

	/**
	 * The cached value of the '{@link #getLockingStatus() <em>Locking Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockingStatus()
	 * @generated
	 * @ordered
	 */
	protected LockingStatus lockingStatus = LOCKING_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkStatus() <em>Work Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkStatus()
	 * @generated
	 * @ordered
	 */
	protected static final WorkStatus WORK_STATUS_EDEFAULT = WorkStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getWorkStatus() <em>Work Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkStatus()
	 * @generated
	 * @ordered
	 */
	protected WorkStatus workStatus = WORK_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastUpdated() <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUpdated()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_UPDATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastUpdated() <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUpdated()
	 * @generated
	 * @ordered
	 */
	protected String lastUpdated = LAST_UPDATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStaffing() <em>Staffing</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffing()
	 * @generated
	 * @ordered
	 */
	protected EList<String> staffing;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubsystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.SUBSYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SUBSYSTEM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockingStatus getLockingStatus() {
		return lockingStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockingStatus(LockingStatus newLockingStatus) {
		LockingStatus oldLockingStatus = lockingStatus;
		lockingStatus = newLockingStatus == null ? LOCKING_STATUS_EDEFAULT : newLockingStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SUBSYSTEM__LOCKING_STATUS, oldLockingStatus, lockingStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkStatus getWorkStatus() {
		return workStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkStatus(WorkStatus newWorkStatus) {
		WorkStatus oldWorkStatus = workStatus;
		workStatus = newWorkStatus == null ? WORK_STATUS_EDEFAULT : newWorkStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SUBSYSTEM__WORK_STATUS, oldWorkStatus, workStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastUpdated() {
		return lastUpdated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastUpdated(String newLastUpdated) {
		String oldLastUpdated = lastUpdated;
		lastUpdated = newLastUpdated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SUBSYSTEM__LAST_UPDATED, oldLastUpdated, lastUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStaffing() {
		if (staffing == null) {
			staffing = new EDataTypeUniqueEList<String>(String.class, this, KernelPackage.SUBSYSTEM__STAFFING);
		}
		return staffing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SUBSYSTEM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KernelPackage.SUBSYSTEM__NAME:
				return getName();
			case KernelPackage.SUBSYSTEM__LOCKING_STATUS:
				return getLockingStatus();
			case KernelPackage.SUBSYSTEM__WORK_STATUS:
				return getWorkStatus();
			case KernelPackage.SUBSYSTEM__LAST_UPDATED:
				return getLastUpdated();
			case KernelPackage.SUBSYSTEM__STAFFING:
				return getStaffing();
			case KernelPackage.SUBSYSTEM__DESCRIPTION:
				return getDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case KernelPackage.SUBSYSTEM__NAME:
				setName((String)newValue);
				return;
			case KernelPackage.SUBSYSTEM__LOCKING_STATUS:
				setLockingStatus((LockingStatus)newValue);
				return;
			case KernelPackage.SUBSYSTEM__WORK_STATUS:
				setWorkStatus((WorkStatus)newValue);
				return;
			case KernelPackage.SUBSYSTEM__LAST_UPDATED:
				setLastUpdated((String)newValue);
				return;
			case KernelPackage.SUBSYSTEM__STAFFING:
				getStaffing().clear();
				getStaffing().addAll((Collection<? extends String>)newValue);
				return;
			case KernelPackage.SUBSYSTEM__DESCRIPTION:
				setDescription((String)newValue);
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
			case KernelPackage.SUBSYSTEM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case KernelPackage.SUBSYSTEM__LOCKING_STATUS:
				setLockingStatus(LOCKING_STATUS_EDEFAULT);
				return;
			case KernelPackage.SUBSYSTEM__WORK_STATUS:
				setWorkStatus(WORK_STATUS_EDEFAULT);
				return;
			case KernelPackage.SUBSYSTEM__LAST_UPDATED:
				setLastUpdated(LAST_UPDATED_EDEFAULT);
				return;
			case KernelPackage.SUBSYSTEM__STAFFING:
				getStaffing().clear();
				return;
			case KernelPackage.SUBSYSTEM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case KernelPackage.SUBSYSTEM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case KernelPackage.SUBSYSTEM__LOCKING_STATUS:
				return lockingStatus != LOCKING_STATUS_EDEFAULT;
			case KernelPackage.SUBSYSTEM__WORK_STATUS:
				return workStatus != WORK_STATUS_EDEFAULT;
			case KernelPackage.SUBSYSTEM__LAST_UPDATED:
				return LAST_UPDATED_EDEFAULT == null ? lastUpdated != null : !LAST_UPDATED_EDEFAULT.equals(lastUpdated);
			case KernelPackage.SUBSYSTEM__STAFFING:
				return staffing != null && !staffing.isEmpty();
			case KernelPackage.SUBSYSTEM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", lockingStatus: ");
		result.append(lockingStatus);
		result.append(", workStatus: ");
		result.append(workStatus);
		result.append(", lastUpdated: ");
		result.append(lastUpdated);
		result.append(", staffing: ");
		result.append(staffing);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //SubsystemImpl
