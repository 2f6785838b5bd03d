/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.smpng.model.kernel.Distribution;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.Loop;
import org.smpng.model.kernel.Step;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Loop</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.LoopImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LoopImpl#getCountDistribution <em>Count Distribution</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LoopImpl#getBody <em>Body</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LoopImpl extends StepImpl implements Loop {
	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCountDistribution() <em>Count Distribution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountDistribution()
	 * @generated
	 * @ordered
	 */
	protected Distribution countDistribution;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> body;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LoopImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.LOOP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOOP__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Distribution getCountDistribution() {
		return countDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCountDistribution(Distribution newCountDistribution, NotificationChain msgs) {
		Distribution oldCountDistribution = countDistribution;
		countDistribution = newCountDistribution;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KernelPackage.LOOP__COUNT_DISTRIBUTION, oldCountDistribution, newCountDistribution);
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
	public void setCountDistribution(Distribution newCountDistribution) {
		if (newCountDistribution != countDistribution) {
			NotificationChain msgs = null;
			if (countDistribution != null)
				msgs = ((InternalEObject)countDistribution).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KernelPackage.LOOP__COUNT_DISTRIBUTION, null, msgs);
			if (newCountDistribution != null)
				msgs = ((InternalEObject)newCountDistribution).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KernelPackage.LOOP__COUNT_DISTRIBUTION, null, msgs);
			msgs = basicSetCountDistribution(newCountDistribution, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOOP__COUNT_DISTRIBUTION, newCountDistribution, newCountDistribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getBody() {
		if (body == null) {
			body = new EObjectContainmentEList<Step>(Step.class, this, KernelPackage.LOOP__BODY);
		}
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KernelPackage.LOOP__COUNT_DISTRIBUTION:
				return basicSetCountDistribution(null, msgs);
			case KernelPackage.LOOP__BODY:
				return ((InternalEList<?>)getBody()).basicRemove(otherEnd, msgs);
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
			case KernelPackage.LOOP__COUNT:
				return getCount();
			case KernelPackage.LOOP__COUNT_DISTRIBUTION:
				return getCountDistribution();
			case KernelPackage.LOOP__BODY:
				return getBody();
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
			case KernelPackage.LOOP__COUNT:
				setCount((Integer)newValue);
				return;
			case KernelPackage.LOOP__COUNT_DISTRIBUTION:
				setCountDistribution((Distribution)newValue);
				return;
			case KernelPackage.LOOP__BODY:
				getBody().clear();
				getBody().addAll((Collection<? extends Step>)newValue);
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
			case KernelPackage.LOOP__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case KernelPackage.LOOP__COUNT_DISTRIBUTION:
				setCountDistribution((Distribution)null);
				return;
			case KernelPackage.LOOP__BODY:
				getBody().clear();
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
			case KernelPackage.LOOP__COUNT:
				return count != COUNT_EDEFAULT;
			case KernelPackage.LOOP__COUNT_DISTRIBUTION:
				return countDistribution != null;
			case KernelPackage.LOOP__BODY:
				return body != null && !body.isEmpty();
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
		result.append(" (count: ");
		result.append(count);
		result.append(')');
		return result.toString();
	}

} //LoopImpl
