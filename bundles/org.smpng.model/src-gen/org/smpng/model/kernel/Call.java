/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Calls another code path and continues after it returns.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Call#getCodePath <em>Code Path</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getCall()
 * @model
 * @generated
 */
public interface Call extends Step {
	/**
	 * Returns the value of the '<em><b>Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code path called.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code Path</em>' reference.
	 * @see #setCodePath(CodePath)
	 * @see org.smpng.model.kernel.KernelPackage#getCall_CodePath()
	 * @model required="true"
	 * @generated
	 */
	CodePath getCodePath();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Call#getCodePath <em>Code Path</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Path</em>' reference.
	 * @see #getCodePath()
	 * @generated
	 */
	void setCodePath(CodePath value);

} // Call
