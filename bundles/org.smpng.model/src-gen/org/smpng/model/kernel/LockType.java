/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lock Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lock type as WITNESS tracks it: every lock initialised with the same name shares one node in the lock-order graph.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.LockType#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockType#getLockClass <em>Lock Class</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockType#isRecursionAllowed <em>Recursion Allowed</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockType#isDupOk <em>Dup Ok</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockType#isNoWitness <em>No Witness</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockType#getDescription <em>Description</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockType#getSubsystem <em>Subsystem</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockType#getInstances <em>Instances</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockType#getInstanceCount <em>Instance Count</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getLockType()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='recursionOnlyOnRecursableClass'"
 * @generated
 */
public interface LockType extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock name WITNESS keys the type by, such as "process lock"; it may contain spaces, so it is not an EMF ID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.kernel.KernelPackage#getLockType_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockType#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Lock Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock class every lock of this type belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lock Class</em>' reference.
	 * @see #setLockClass(LockClass)
	 * @see org.smpng.model.kernel.KernelPackage#getLockType_LockClass()
	 * @model required="true"
	 * @generated
	 */
	LockClass getLockClass();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockType#getLockClass <em>Lock Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock Class</em>' reference.
	 * @see #getLockClass()
	 * @generated
	 */
	void setLockClass(LockClass value);

	/**
	 * Returns the value of the '<em><b>Recursion Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether locks of this type may be acquired recursively (MTX_RECURSE or its equivalent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recursion Allowed</em>' attribute.
	 * @see #setRecursionAllowed(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getLockType_RecursionAllowed()
	 * @model
	 * @generated
	 */
	boolean isRecursionAllowed();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockType#isRecursionAllowed <em>Recursion Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recursion Allowed</em>' attribute.
	 * @see #isRecursionAllowed()
	 * @generated
	 */
	void setRecursionAllowed(boolean value);

	/**
	 * Returns the value of the '<em><b>Dup Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether holding two locks of this type at once is allowed (MTX_DUPOK).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dup Ok</em>' attribute.
	 * @see #setDupOk(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getLockType_DupOk()
	 * @model
	 * @generated
	 */
	boolean isDupOk();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockType#isDupOk <em>Dup Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dup Ok</em>' attribute.
	 * @see #isDupOk()
	 * @generated
	 */
	void setDupOk(boolean value);

	/**
	 * Returns the value of the '<em><b>No Witness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether WITNESS ignores locks of this type (MTX_NOWITNESS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Witness</em>' attribute.
	 * @see #setNoWitness(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getLockType_NoWitness()
	 * @model
	 * @generated
	 */
	boolean isNoWitness();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockType#isNoWitness <em>No Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Witness</em>' attribute.
	 * @see #isNoWitness()
	 * @generated
	 */
	void setNoWitness(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the lock protects, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.smpng.model.kernel.KernelPackage#getLockType_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockType#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Subsystem</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsystem that owns and initialises locks of this type, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsystem</em>' reference.
	 * @see #setSubsystem(Subsystem)
	 * @see org.smpng.model.kernel.KernelPackage#getLockType_Subsystem()
	 * @model
	 * @generated
	 */
	Subsystem getSubsystem();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockType#getSubsystem <em>Subsystem</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsystem</em>' reference.
	 * @see #getSubsystem()
	 * @generated
	 */
	void setSubsystem(Subsystem value);

	/**
	 * Returns the value of the '<em><b>Instances</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.LockInstances}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many locks of this type exist at run time: one, one per CPU, per process, per socket and so on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instances</em>' attribute.
	 * @see org.smpng.model.kernel.LockInstances
	 * @see #setInstances(LockInstances)
	 * @see org.smpng.model.kernel.KernelPackage#getLockType_Instances()
	 * @model
	 * @generated
	 */
	LockInstances getInstances();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockType#getInstances <em>Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instances</em>' attribute.
	 * @see org.smpng.model.kernel.LockInstances
	 * @see #getInstances()
	 * @generated
	 */
	void setInstances(LockInstances value);

	/**
	 * Returns the value of the '<em><b>Instance Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of instances when instances is FIXED (for example the size of a mutex pool); ignored otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instance Count</em>' attribute.
	 * @see #setInstanceCount(int)
	 * @see org.smpng.model.kernel.KernelPackage#getLockType_InstanceCount()
	 * @model default="1"
	 * @generated
	 */
	int getInstanceCount();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockType#getInstanceCount <em>Instance Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance Count</em>' attribute.
	 * @see #getInstanceCount()
	 * @generated
	 */
	void setInstanceCount(int value);

} // LockType
