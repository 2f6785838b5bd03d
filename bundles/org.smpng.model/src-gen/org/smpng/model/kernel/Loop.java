/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Loop</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Repeats its body a fixed number of times or a number drawn from a distribution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Loop#getCount <em>Count</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Loop#getCountDistribution <em>Count Distribution</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Loop#getBody <em>Body</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getLoop()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validCount'"
 * @generated
 */
public interface Loop extends Step {
	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many times the body runs when no count distribution is given; zero or more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.smpng.model.kernel.KernelPackage#getLoop_Count()
	 * @model default="1"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Loop#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Count Distribution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distribution the number of iterations is drawn from, rounded to a whole number; overrides count.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count Distribution</em>' containment reference.
	 * @see #setCountDistribution(Distribution)
	 * @see org.smpng.model.kernel.KernelPackage#getLoop_CountDistribution()
	 * @model containment="true"
	 * @generated
	 */
	Distribution getCountDistribution();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Loop#getCountDistribution <em>Count Distribution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count Distribution</em>' containment reference.
	 * @see #getCountDistribution()
	 * @generated
	 */
	void setCountDistribution(Distribution value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps repeated on each iteration; they must leave the held locks as they found them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getLoop_Body()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getBody();

} // Loop
