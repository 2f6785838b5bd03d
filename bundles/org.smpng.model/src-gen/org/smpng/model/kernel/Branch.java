/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Branch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Takes one of two step sequences at random, like an if statement whose condition holds with a given probability.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Branch#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Branch#getThenSteps <em>Then Steps</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Branch#getElseSteps <em>Else Steps</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getBranch()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='probabilityInRange'"
 * @generated
 */
public interface Branch extends Step {
	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The probability, between 0 and 1, that the then steps run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(double)
	 * @see org.smpng.model.kernel.KernelPackage#getBranch_Probability()
	 * @model default="0.5"
	 * @generated
	 */
	double getProbability();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Branch#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(double value);

	/**
	 * Returns the value of the '<em><b>Then Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps run with the given probability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Then Steps</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getBranch_ThenSteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getThenSteps();

	/**
	 * Returns the value of the '<em><b>Else Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps run otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Else Steps</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getBranch_ElseSteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getElseSteps();

} // Branch
