/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Broadcast</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Wakes every waiter of a condition variable (cv_broadcast).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Broadcast#getConditionVariable <em>Condition Variable</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getBroadcast()
 * @model
 * @generated
 */
public interface Broadcast extends Step {
	/**
	 * Returns the value of the '<em><b>Condition Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition variable broadcast.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition Variable</em>' reference.
	 * @see #setConditionVariable(ConditionVariable)
	 * @see org.smpng.model.kernel.KernelPackage#getBroadcast_ConditionVariable()
	 * @model required="true"
	 * @generated
	 */
	ConditionVariable getConditionVariable();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Broadcast#getConditionVariable <em>Condition Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition Variable</em>' reference.
	 * @see #getConditionVariable()
	 * @generated
	 */
	void setConditionVariable(ConditionVariable value);

} // Broadcast
