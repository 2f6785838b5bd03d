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

import org.smpng.model.kernel.Branch;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.Step;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Branch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.BranchImpl#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.BranchImpl#getThenSteps <em>Then Steps</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.BranchImpl#getElseSteps <em>Else Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BranchImpl extends StepImpl implements Branch {
	/**
	 * The default value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBABILITY_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected double probability = PROBABILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getThenSteps() <em>Then Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThenSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> thenSteps;

	/**
	 * The cached value of the '{@link #getElseSteps() <em>Else Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElseSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> elseSteps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BranchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.BRANCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbability() {
		return probability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbability(double newProbability) {
		double oldProbability = probability;
		probability = newProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.BRANCH__PROBABILITY, oldProbability, probability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getThenSteps() {
		if (thenSteps == null) {
			thenSteps = new EObjectContainmentEList<Step>(Step.class, this, KernelPackage.BRANCH__THEN_STEPS);
		}
		return thenSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getElseSteps() {
		if (elseSteps == null) {
			elseSteps = new EObjectContainmentEList<Step>(Step.class, this, KernelPackage.BRANCH__ELSE_STEPS);
		}
		return elseSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KernelPackage.BRANCH__THEN_STEPS:
				return ((InternalEList<?>)getThenSteps()).basicRemove(otherEnd, msgs);
			case KernelPackage.BRANCH__ELSE_STEPS:
				return ((InternalEList<?>)getElseSteps()).basicRemove(otherEnd, msgs);
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
			case KernelPackage.BRANCH__PROBABILITY:
				return getProbability();
			case KernelPackage.BRANCH__THEN_STEPS:
				return getThenSteps();
			case KernelPackage.BRANCH__ELSE_STEPS:
				return getElseSteps();
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
			case KernelPackage.BRANCH__PROBABILITY:
				setProbability((Double)newValue);
				return;
			case KernelPackage.BRANCH__THEN_STEPS:
				getThenSteps().clear();
				getThenSteps().addAll((Collection<? extends Step>)newValue);
				return;
			case KernelPackage.BRANCH__ELSE_STEPS:
				getElseSteps().clear();
				getElseSteps().addAll((Collection<? extends Step>)newValue);
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
			case KernelPackage.BRANCH__PROBABILITY:
				setProbability(PROBABILITY_EDEFAULT);
				return;
			case KernelPackage.BRANCH__THEN_STEPS:
				getThenSteps().clear();
				return;
			case KernelPackage.BRANCH__ELSE_STEPS:
				getElseSteps().clear();
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
			case KernelPackage.BRANCH__PROBABILITY:
				return probability != PROBABILITY_EDEFAULT;
			case KernelPackage.BRANCH__THEN_STEPS:
				return thenSteps != null && !thenSteps.isEmpty();
			case KernelPackage.BRANCH__ELSE_STEPS:
				return elseSteps != null && !elseSteps.isEmpty();
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
		result.append(" (probability: ");
		result.append(probability);
		result.append(')');
		return result.toString();
	}

} //BranchImpl
