/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.smpng.model.kernel.ConditionVariable;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.Signal;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.SignalImpl#getConditionVariable <em>Condition Variable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignalImpl extends StepImpl implements Signal {
	/**
	 * The cached value of the '{@link #getConditionVariable() <em>Condition Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionVariable()
	 * @generated
	 * @ordered
	 */
	protected ConditionVariable conditionVariable;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.SIGNAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionVariable getConditionVariable() {
		if (conditionVariable != null && conditionVariable.eIsProxy()) {
			InternalEObject oldConditionVariable = (InternalEObject)conditionVariable;
			conditionVariable = (ConditionVariable)eResolveProxy(oldConditionVariable);
			if (conditionVariable != oldConditionVariable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.SIGNAL__CONDITION_VARIABLE, oldConditionVariable, conditionVariable));
			}
		}
		return conditionVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConditionVariable basicGetConditionVariable() {
		return conditionVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditionVariable(ConditionVariable newConditionVariable) {
		ConditionVariable oldConditionVariable = conditionVariable;
		conditionVariable = newConditionVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SIGNAL__CONDITION_VARIABLE, oldConditionVariable, conditionVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KernelPackage.SIGNAL__CONDITION_VARIABLE:
				if (resolve) return getConditionVariable();
				return basicGetConditionVariable();
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
			case KernelPackage.SIGNAL__CONDITION_VARIABLE:
				setConditionVariable((ConditionVariable)newValue);
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
			case KernelPackage.SIGNAL__CONDITION_VARIABLE:
				setConditionVariable((ConditionVariable)null);
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
			case KernelPackage.SIGNAL__CONDITION_VARIABLE:
				return conditionVariable != null;
		}
		return super.eIsSet(featureID);
	}

} //SignalImpl
