/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Empirical Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value drawn from measured samples, each with a weight, such as hold times taken from a LOCK_PROFILING run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.EmpiricalDistribution#getValues <em>Values</em>}</li>
 *   <li>{@link org.smpng.model.kernel.EmpiricalDistribution#getWeights <em>Weights</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getEmpiricalDistribution()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validParameters'"
 * @generated
 */
public interface EmpiricalDistribution extends Distribution {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sample values, in nanoseconds; zero or more each.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.smpng.model.kernel.KernelPackage#getEmpiricalDistribution_Values()
	 * @model
	 * @generated
	 */
	EList<Double> getValues();

	/**
	 * Returns the value of the '<em><b>Weights</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The relative weight of each value, in the same order; positive, one per value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weights</em>' attribute list.
	 * @see org.smpng.model.kernel.KernelPackage#getEmpiricalDistribution_Weights()
	 * @model
	 * @generated
	 */
	EList<Double> getWeights();

} // EmpiricalDistribution
