/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lock Order Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.LockOrderEntryImpl#getLockType <em>Lock Type</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockOrderEntryImpl#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LockOrderEntryImpl extends MinimalEObjectImpl.Container implements LockOrderEntry {
	/**
	 * The cached value of the '{@link #getLockType() <em>Lock Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockType()
	 * @generated
	 * @ordered
	 */
	protected LockType lockType;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LockOrderEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.LOCK_ORDER_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockType getLockType() {
		if (lockType != null && lockType.eIsProxy()) {
			InternalEObject oldLockType = (InternalEObject)lockType;
			lockType = (LockType)eResolveProxy(oldLockType);
			if (lockType != oldLockType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.LOCK_ORDER_ENTRY__LOCK_TYPE, oldLockType, lockType));
			}
		}
		return lockType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockType basicGetLockType() {
		return lockType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockType(LockType newLockType) {
		LockType oldLockType = lockType;
		lockType = newLockType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_ORDER_ENTRY__LOCK_TYPE, oldLockType, lockType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_ORDER_ENTRY__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KernelPackage.LOCK_ORDER_ENTRY__LOCK_TYPE:
				if (resolve) return getLockType();
				return basicGetLockType();
			case KernelPackage.LOCK_ORDER_ENTRY__CONDITION:
				return getCondition();
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
			case KernelPackage.LOCK_ORDER_ENTRY__LOCK_TYPE:
				setLockType((LockType)newValue);
				return;
			case KernelPackage.LOCK_ORDER_ENTRY__CONDITION:
				setCondition((String)newValue);
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
			case KernelPackage.LOCK_ORDER_ENTRY__LOCK_TYPE:
				setLockType((LockType)null);
				return;
			case KernelPackage.LOCK_ORDER_ENTRY__CONDITION:
				setCondition(CONDITION_EDEFAULT);
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
			case KernelPackage.LOCK_ORDER_ENTRY__LOCK_TYPE:
				return lockType != null;
			case KernelPackage.LOCK_ORDER_ENTRY__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
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
		result.append(" (condition: ");
		result.append(condition);
		result.append(')');
		return result.toString();
	}

} //LockOrderEntryImpl
