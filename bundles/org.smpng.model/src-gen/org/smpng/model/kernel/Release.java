/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Release</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Releases a lock of a lock type that this code path holds (mtx_unlock, sx_sunlock, ...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Release#getLockType <em>Lock Type</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getRelease()
 * @model
 * @generated
 */
public interface Release extends Step {
	/**
	 * Returns the value of the '<em><b>Lock Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock type released.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lock Type</em>' reference.
	 * @see #setLockType(LockType)
	 * @see org.smpng.model.kernel.KernelPackage#getRelease_LockType()
	 * @model required="true"
	 * @generated
	 */
	LockType getLockType();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Release#getLockType <em>Lock Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock Type</em>' reference.
	 * @see #getLockType()
	 * @generated
	 */
	void setLockType(LockType value);

} // Release
