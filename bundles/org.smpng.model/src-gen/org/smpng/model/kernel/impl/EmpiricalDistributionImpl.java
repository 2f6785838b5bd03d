/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.smpng.model.kernel.EmpiricalDistribution;
import org.smpng.model.kernel.KernelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Empirical Distribution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.EmpiricalDistributionImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.EmpiricalDistributionImpl#getWeights <em>Weights</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmpiricalDistributionImpl extends DistributionImpl implements EmpiricalDistribution {
	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> values;

	/**
	 * The cached value of the '{@link #getWeights() <em>Weights</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> weights;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EmpiricalDistributionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.EMPIRICAL_DISTRIBUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getValues() {
		if (values == null) {
			values = new EDataTypeUniqueEList<Double>(Double.class, this, KernelPackage.EMPIRICAL_DISTRIBUTION__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getWeights() {
		if (weights == null) {
			weights = new EDataTypeUniqueEList<Double>(Double.class, this, KernelPackage.EMPIRICAL_DISTRIBUTION__WEIGHTS);
		}
		return weights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KernelPackage.EMPIRICAL_DISTRIBUTION__VALUES:
				return getValues();
			case KernelPackage.EMPIRICAL_DISTRIBUTION__WEIGHTS:
				return getWeights();
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
			case KernelPackage.EMPIRICAL_DISTRIBUTION__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends Double>)newValue);
				return;
			case KernelPackage.EMPIRICAL_DISTRIBUTION__WEIGHTS:
				getWeights().clear();
				getWeights().addAll((Collection<? extends Double>)newValue);
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
			case KernelPackage.EMPIRICAL_DISTRIBUTION__VALUES:
				getValues().clear();
				return;
			case KernelPackage.EMPIRICAL_DISTRIBUTION__WEIGHTS:
				getWeights().clear();
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
			case KernelPackage.EMPIRICAL_DISTRIBUTION__VALUES:
				return values != null && !values.isEmpty();
			case KernelPackage.EMPIRICAL_DISTRIBUTION__WEIGHTS:
				return weights != null && !weights.isEmpty();
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
		result.append(" (values: ");
		result.append(values);
		result.append(", weights: ");
		result.append(weights);
		result.append(')');
		return result.toString();
	}

} //EmpiricalDistributionImpl
