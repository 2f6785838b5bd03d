/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lock Class</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A FreeBSD lock class (struct lock_class), such as "sleep mutex", which fixes how every lock of that class behaves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.LockClass#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockClass#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockClass#getKind <em>Kind</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockClass#isSleepable <em>Sleepable</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockClass#isRecursable <em>Recursable</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockClass#isUpgradable <em>Upgradable</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockClass#isSpin <em>Spin</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getLockClass()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='consistentFlags'"
 * @generated
 */
public interface LockClass extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class name as lc_name gives it, such as "sleep mutex".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.kernel.KernelPackage#getLockClass_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockClass#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The C symbol of the class, such as "lock_class_mtx_sleep".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Symbol</em>' attribute.
	 * @see #setSymbol(String)
	 * @see org.smpng.model.kernel.KernelPackage#getLockClass_Symbol()
	 * @model
	 * @generated
	 */
	String getSymbol();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockClass#getSymbol <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' attribute.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.LockClassKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which locking primitive implements the class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.kernel.LockClassKind
	 * @see #setKind(LockClassKind)
	 * @see org.smpng.model.kernel.KernelPackage#getLockClass_Kind()
	 * @model
	 * @generated
	 */
	LockClassKind getKind();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockClass#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.kernel.LockClassKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LockClassKind value);

	/**
	 * Returns the value of the '<em><b>Sleepable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a holder of a lock of this class may sleep (LC_SLEEPABLE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sleepable</em>' attribute.
	 * @see #setSleepable(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getLockClass_Sleepable()
	 * @model
	 * @generated
	 */
	boolean isSleepable();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockClass#isSleepable <em>Sleepable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sleepable</em>' attribute.
	 * @see #isSleepable()
	 * @generated
	 */
	void setSleepable(boolean value);

	/**
	 * Returns the value of the '<em><b>Recursable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether locks of this class can be made recursive at all (LC_RECURSABLE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recursable</em>' attribute.
	 * @see #setRecursable(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getLockClass_Recursable()
	 * @model
	 * @generated
	 */
	boolean isRecursable();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockClass#isRecursable <em>Recursable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recursable</em>' attribute.
	 * @see #isRecursable()
	 * @generated
	 */
	void setRecursable(boolean value);

	/**
	 * Returns the value of the '<em><b>Upgradable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a shared hold can be upgraded to an exclusive one (LC_UPGRADABLE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upgradable</em>' attribute.
	 * @see #setUpgradable(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getLockClass_Upgradable()
	 * @model
	 * @generated
	 */
	boolean isUpgradable();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockClass#isUpgradable <em>Upgradable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upgradable</em>' attribute.
	 * @see #isUpgradable()
	 * @generated
	 */
	void setUpgradable(boolean value);

	/**
	 * Returns the value of the '<em><b>Spin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether locks of this class are spin locks (LC_SPINLOCK), the flag WITNESS uses to tell spin locks from sleep locks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spin</em>' attribute.
	 * @see #setSpin(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getLockClass_Spin()
	 * @model
	 * @generated
	 */
	boolean isSpin();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockClass#isSpin <em>Spin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spin</em>' attribute.
	 * @see #isSpin()
	 * @generated
	 */
	void setSpin(boolean value);

} // LockClass
