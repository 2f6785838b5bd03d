/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a kernel locking model: the lock classes and lock types of one kernel, the WITNESS order chains that seed its lock-order graph, its blessed pairs and the Giant lock.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getDescription <em>Description</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getLockClasses <em>Lock Classes</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getLockTypes <em>Lock Types</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getOrderChains <em>Order Chains</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getBlessedPairs <em>Blessed Pairs</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getGiant <em>Giant</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getSubsystems <em>Subsystems</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getTaskLists <em>Task Lists</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getSyscalls <em>Syscalls</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getCodePaths <em>Code Paths</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getWaitChannels <em>Wait Channels</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getConditionVariables <em>Condition Variables</em>}</li>
 *   <li>{@link org.smpng.model.kernel.KernelModel#getThreadingStatus <em>Threading Status</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getKernelModel()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueLockTypeNames acyclicLockOrder noSleepLockAfterSpinLock giantIsSleepMutex uniqueSubsystemNames uniqueSyscalls uniqueCodePathNames'"
 * @generated
 */
public interface KernelModel extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short name for the kernel this model describes, such as "FreeBSD 5.3".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.KernelModel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text describing what this model covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.KernelModel#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the facts in this model come from, if it was generated from FreeBSD source data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference.
	 * @see #setProvenance(Provenance)
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	Provenance getProvenance();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.KernelModel#getProvenance <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' containment reference.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(Provenance value);

	/**
	 * Returns the value of the '<em><b>Lock Classes</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.LockClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock classes (struct lock_class) of this kernel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lock Classes</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_LockClasses()
	 * @model containment="true"
	 * @generated
	 */
	EList<LockClass> getLockClasses();

	/**
	 * Returns the value of the '<em><b>Lock Types</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.LockType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lock types, named as WITNESS names them, that appear in this kernel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lock Types</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_LockTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<LockType> getLockTypes();

	/**
	 * Returns the value of the '<em><b>Order Chains</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.LockOrderChain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The static lock order chains, in the order of WITNESS's order_lists[].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Order Chains</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_OrderChains()
	 * @model containment="true"
	 * @generated
	 */
	EList<LockOrderChain> getOrderChains();

	/**
	 * Returns the value of the '<em><b>Blessed Pairs</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.BlessedPair}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pairs of lock types whose reversal WITNESS never reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blessed Pairs</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_BlessedPairs()
	 * @model containment="true"
	 * @generated
	 */
	EList<BlessedPair> getBlessedPairs();

	/**
	 * Returns the value of the '<em><b>Giant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distinguished Giant lock, which is dropped when its holder sleeps and re-acquired on wakeup.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Giant</em>' reference.
	 * @see #setGiant(LockType)
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_Giant()
	 * @model
	 * @generated
	 */
	LockType getGiant();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.KernelModel#getGiant <em>Giant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Giant</em>' reference.
	 * @see #getGiant()
	 * @generated
	 */
	void setGiant(LockType value);

	/**
	 * Returns the value of the '<em><b>Subsystems</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.Subsystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel subsystems (VM, VFS, sockets, ...) whose locking this model describes, as in the seed's "Subsystems and Staffing" table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsystems</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_Subsystems()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subsystem> getSubsystems();

	/**
	 * Returns the value of the '<em><b>Task Lists</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.TaskList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SMP project's task lists (general tasks, the network stack's tasks, known issues) as the seed keeps them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task Lists</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_TaskLists()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskList> getTaskLists();

	/**
	 * Returns the value of the '<em><b>Syscalls</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.Syscall}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system call table (sysent[]), each entry with its MPSAFE flag.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Syscalls</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_Syscalls()
	 * @model containment="true"
	 * @generated
	 */
	EList<Syscall> getSyscalls();

	/**
	 * Returns the value of the '<em><b>Code Paths</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.CodePath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel code paths (syscall bodies, interrupt handlers, callouts) as sequences of locking steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code Paths</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_CodePaths()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodePath> getCodePaths();

	/**
	 * Returns the value of the '<em><b>Wait Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.WaitChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wait channels that code paths msleep() on and wakeup().
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wait Channels</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_WaitChannels()
	 * @model containment="true"
	 * @generated
	 */
	EList<WaitChannel> getWaitChannels();

	/**
	 * Returns the value of the '<em><b>Condition Variables</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.ConditionVariable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition variables (struct cv) that code paths cv_wait() on and signal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition Variables</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_ConditionVariables()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionVariable> getConditionVariables();

	/**
	 * Returns the value of the '<em><b>Threading Status</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.ThreadingStatusTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The per-platform status of the kernel's thread libraries, as in the 5.x roadmap's KSE and THR tables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threading Status</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getKernelModel_ThreadingStatus()
	 * @model containment="true"
	 * @generated
	 */
	EList<ThreadingStatusTable> getThreadingStatus();

} // KernelModel
