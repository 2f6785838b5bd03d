/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Normal Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A normally distributed value, truncated at zero.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.NormalDistribution#getMean <em>Mean</em>}</li>
 *   <li>{@link org.smpng.model.kernel.NormalDistribution#getStandardDeviation <em>Standard Deviation</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getNormalDistribution()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validParameters'"
 * @generated
 */
public interface NormalDistribution extends Distribution {
	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mean value, in nanoseconds; zero or more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(double)
	 * @see org.smpng.model.kernel.KernelPackage#getNormalDistribution_Mean()
	 * @model
	 * @generated
	 */
	double getMean();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.NormalDistribution#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(double value);

	/**
	 * Returns the value of the '<em><b>Standard Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The standard deviation, in nanoseconds; zero or more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard Deviation</em>' attribute.
	 * @see #setStandardDeviation(double)
	 * @see org.smpng.model.kernel.KernelPackage#getNormalDistribution_StandardDeviation()
	 * @model
	 * @generated
	 */
	double getStandardDeviation();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.NormalDistribution#getStandardDeviation <em>Standard Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard Deviation</em>' attribute.
	 * @see #getStandardDeviation()
	 * @generated
	 */
	void setStandardDeviation(double value);

} // NormalDistribution
