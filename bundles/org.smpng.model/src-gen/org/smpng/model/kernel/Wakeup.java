/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wakeup</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Wakes threads sleeping on a wait channel: wakeup() wakes all of them, wakeup_one() the first.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Wakeup#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Wakeup#isAll <em>All</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getWakeup()
 * @model
 * @generated
 */
public interface Wakeup extends Step {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wait channel to wake.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(WaitChannel)
	 * @see org.smpng.model.kernel.KernelPackage#getWakeup_Channel()
	 * @model required="true"
	 * @generated
	 */
	WaitChannel getChannel();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Wakeup#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(WaitChannel value);

	/**
	 * Returns the value of the '<em><b>All</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether all sleepers are woken (wakeup) rather than one (wakeup_one).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>All</em>' attribute.
	 * @see #setAll(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getWakeup_All()
	 * @model default="true"
	 * @generated
	 */
	boolean isAll();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Wakeup#isAll <em>All</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>All</em>' attribute.
	 * @see #isAll()
	 * @generated
	 */
	void setAll(boolean value);

} // Wakeup
