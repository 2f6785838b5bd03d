/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquireMode;
import org.smpng.model.kernel.AcquisitionPoint;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Acquire</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.AcquireImpl#getLockType <em>Lock Type</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.AcquireImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.AcquireImpl#isTryAcquire <em>Try Acquire</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.AcquireImpl#getAcquisitionPoint <em>Acquisition Point</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AcquireImpl extends StepImpl implements Acquire {
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
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final AcquireMode MODE_EDEFAULT = AcquireMode.EXCLUSIVE;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected AcquireMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #isTryAcquire() <em>Try Acquire</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTryAcquire()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRY_ACQUIRE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTryAcquire() <em>Try Acquire</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTryAcquire()
	 * @generated
	 * @ordered
	 */
	protected boolean tryAcquire = TRY_ACQUIRE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAcquisitionPoint() <em>Acquisition Point</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquisitionPoint()
	 * @generated
	 * @ordered
	 */
	protected AcquisitionPoint acquisitionPoint;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AcquireImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.ACQUIRE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.ACQUIRE__LOCK_TYPE, oldLockType, lockType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.ACQUIRE__LOCK_TYPE, oldLockType, lockType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AcquireMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(AcquireMode newMode) {
		AcquireMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.ACQUIRE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTryAcquire() {
		return tryAcquire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTryAcquire(boolean newTryAcquire) {
		boolean oldTryAcquire = tryAcquire;
		tryAcquire = newTryAcquire;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.ACQUIRE__TRY_ACQUIRE, oldTryAcquire, tryAcquire));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AcquisitionPoint getAcquisitionPoint() {
		return acquisitionPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAcquisitionPoint(AcquisitionPoint newAcquisitionPoint, NotificationChain msgs) {
		AcquisitionPoint oldAcquisitionPoint = acquisitionPoint;
		acquisitionPoint = newAcquisitionPoint;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KernelPackage.ACQUIRE__ACQUISITION_POINT, oldAcquisitionPoint, newAcquisitionPoint);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcquisitionPoint(AcquisitionPoint newAcquisitionPoint) {
		if (newAcquisitionPoint != acquisitionPoint) {
			NotificationChain msgs = null;
			if (acquisitionPoint != null)
				msgs = ((InternalEObject)acquisitionPoint).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KernelPackage.ACQUIRE__ACQUISITION_POINT, null, msgs);
			if (newAcquisitionPoint != null)
				msgs = ((InternalEObject)newAcquisitionPoint).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KernelPackage.ACQUIRE__ACQUISITION_POINT, null, msgs);
			msgs = basicSetAcquisitionPoint(newAcquisitionPoint, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.ACQUIRE__ACQUISITION_POINT, newAcquisitionPoint, newAcquisitionPoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KernelPackage.ACQUIRE__ACQUISITION_POINT:
				return basicSetAcquisitionPoint(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KernelPackage.ACQUIRE__LOCK_TYPE:
				if (resolve) return getLockType();
				return basicGetLockType();
			case KernelPackage.ACQUIRE__MODE:
				return getMode();
			case KernelPackage.ACQUIRE__TRY_ACQUIRE:
				return isTryAcquire();
			case KernelPackage.ACQUIRE__ACQUISITION_POINT:
				return getAcquisitionPoint();
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
			case KernelPackage.ACQUIRE__LOCK_TYPE:
				setLockType((LockType)newValue);
				return;
			case KernelPackage.ACQUIRE__MODE:
				setMode((AcquireMode)newValue);
				return;
			case KernelPackage.ACQUIRE__TRY_ACQUIRE:
				setTryAcquire((Boolean)newValue);
				return;
			case KernelPackage.ACQUIRE__ACQUISITION_POINT:
				setAcquisitionPoint((AcquisitionPoint)newValue);
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
			case KernelPackage.ACQUIRE__LOCK_TYPE:
				setLockType((LockType)null);
				return;
			case KernelPackage.ACQUIRE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case KernelPackage.ACQUIRE__TRY_ACQUIRE:
				setTryAcquire(TRY_ACQUIRE_EDEFAULT);
				return;
			case KernelPackage.ACQUIRE__ACQUISITION_POINT:
				setAcquisitionPoint((AcquisitionPoint)null);
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
			case KernelPackage.ACQUIRE__LOCK_TYPE:
				return lockType != null;
			case KernelPackage.ACQUIRE__MODE:
				return mode != MODE_EDEFAULT;
			case KernelPackage.ACQUIRE__TRY_ACQUIRE:
				return tryAcquire != TRY_ACQUIRE_EDEFAULT;
			case KernelPackage.ACQUIRE__ACQUISITION_POINT:
				return acquisitionPoint != null;
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", tryAcquire: ");
		result.append(tryAcquire);
		result.append(')');
		return result.toString();
	}

} //AcquireImpl
