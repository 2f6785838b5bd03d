/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Acquire</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Acquires a lock of a lock type (mtx_lock, sx_slock, rw_wlock, ...), or only tries to without blocking.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Acquire#getLockType <em>Lock Type</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Acquire#getMode <em>Mode</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Acquire#isTryAcquire <em>Try Acquire</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Acquire#getAcquisitionPoint <em>Acquisition Point</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getAcquire()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='sharedModeSupported'"
 * @generated
 */
public interface Acquire extends Step {
	/**
	 * Returns the value of the '<em><b>Lock Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock type acquired.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lock Type</em>' reference.
	 * @see #setLockType(LockType)
	 * @see org.smpng.model.kernel.KernelPackage#getAcquire_LockType()
	 * @model required="true"
	 * @generated
	 */
	LockType getLockType();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Acquire#getLockType <em>Lock Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock Type</em>' reference.
	 * @see #getLockType()
	 * @generated
	 */
	void setLockType(LockType value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.AcquireMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the lock is taken exclusively or shared.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.smpng.model.kernel.AcquireMode
	 * @see #setMode(AcquireMode)
	 * @see org.smpng.model.kernel.KernelPackage#getAcquire_Mode()
	 * @model
	 * @generated
	 */
	AcquireMode getMode();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Acquire#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.smpng.model.kernel.AcquireMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(AcquireMode value);

	/**
	 * Returns the value of the '<em><b>Try Acquire</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is a try-lock (mtx_trylock, sx_try_xlock): it never blocks, WITNESS does not check its order (LOP_TRYLOCK), and if the lock is busy the thread backs off and retries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Try Acquire</em>' attribute.
	 * @see #setTryAcquire(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getAcquire_TryAcquire()
	 * @model
	 * @generated
	 */
	boolean isTryAcquire();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Acquire#isTryAcquire <em>Try Acquire</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Try Acquire</em>' attribute.
	 * @see #isTryAcquire()
	 * @generated
	 */
	void setTryAcquire(boolean value);

	/**
	 * Returns the value of the '<em><b>Acquisition Point</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file:line of the acquisition, as LOCK_PROFILING keys its statistics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acquisition Point</em>' containment reference.
	 * @see #setAcquisitionPoint(AcquisitionPoint)
	 * @see org.smpng.model.kernel.KernelPackage#getAcquire_AcquisitionPoint()
	 * @model containment="true"
	 * @generated
	 */
	AcquisitionPoint getAcquisitionPoint();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Acquire#getAcquisitionPoint <em>Acquisition Point</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acquisition Point</em>' containment reference.
	 * @see #getAcquisitionPoint()
	 * @generated
	 */
	void setAcquisitionPoint(AcquisitionPoint value);

} // Acquire
