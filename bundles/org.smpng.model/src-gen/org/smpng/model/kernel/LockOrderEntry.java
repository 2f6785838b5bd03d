/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lock Order Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of an order chain, naming a lock type and the preprocessor condition, if any, under which the line is compiled.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.LockOrderEntry#getLockType <em>Lock Type</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockOrderEntry#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getLockOrderEntry()
 * @model
 * @generated
 */
public interface LockOrderEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Lock Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock type this entry orders.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lock Type</em>' reference.
	 * @see #setLockType(LockType)
	 * @see org.smpng.model.kernel.KernelPackage#getLockOrderEntry_LockType()
	 * @model required="true"
	 * @generated
	 */
	LockType getLockType();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockOrderEntry#getLockType <em>Lock Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock Type</em>' reference.
	 * @see #getLockType()
	 * @generated
	 */
	void setLockType(LockType value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The preprocessor condition from the source, such as "#ifdef SMP", or empty if the entry is unconditional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.smpng.model.kernel.KernelPackage#getLockOrderEntry_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockOrderEntry#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

} // LockOrderEntry
