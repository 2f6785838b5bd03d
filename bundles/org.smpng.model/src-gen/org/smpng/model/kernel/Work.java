/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Computation that holds the CPU without touching locks, for a time drawn from a distribution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Work#getDuration <em>Duration</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getWork()
 * @model
 * @generated
 */
public interface Work extends Step {
	/**
	 * Returns the value of the '<em><b>Duration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the work takes, in nanoseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' containment reference.
	 * @see #setDuration(Distribution)
	 * @see org.smpng.model.kernel.KernelPackage#getWork_Duration()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Distribution getDuration();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Work#getDuration <em>Duration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' containment reference.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(Distribution value);

} // Work
