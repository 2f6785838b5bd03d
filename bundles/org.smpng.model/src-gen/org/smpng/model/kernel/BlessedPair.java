/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Blessed Pair</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A pair of lock types whose reversal WITNESS never reports.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.BlessedPair#getFirst <em>First</em>}</li>
 *   <li>{@link org.smpng.model.kernel.BlessedPair#getSecond <em>Second</em>}</li>
 *   <li>{@link org.smpng.model.kernel.BlessedPair#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getBlessedPair()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='distinctLocks'"
 * @generated
 */
public interface BlessedPair extends EObject {
	/**
	 * Returns the value of the '<em><b>First</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock type of the pair.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First</em>' reference.
	 * @see #setFirst(LockType)
	 * @see org.smpng.model.kernel.KernelPackage#getBlessedPair_First()
	 * @model required="true"
	 * @generated
	 */
	LockType getFirst();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.BlessedPair#getFirst <em>First</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' reference.
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(LockType value);

	/**
	 * Returns the value of the '<em><b>Second</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other lock type of the pair.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Second</em>' reference.
	 * @see #setSecond(LockType)
	 * @see org.smpng.model.kernel.KernelPackage#getBlessedPair_Second()
	 * @model required="true"
	 * @generated
	 */
	LockType getSecond();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.BlessedPair#getSecond <em>Second</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second</em>' reference.
	 * @see #getSecond()
	 * @generated
	 */
	void setSecond(LockType value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the reversal is known to be harmless.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.smpng.model.kernel.KernelPackage#getBlessedPair_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.BlessedPair#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // BlessedPair
