/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The locking facts of a FreeBSD SMPng kernel: subsystems, lock classes and types, the WITNESS order lists and blessed pairs, the syscall table and the code paths that take the locks.
 * <!-- end-model-doc -->
 * @see org.smpng.model.kernel.KernelFactory
 * @model kind="package"
 * @generated
 */
public interface KernelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "kernel";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://smpng.org/model/kernel/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "kernel";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	KernelPackage eINSTANCE = org.smpng.model.kernel.impl.KernelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.KernelModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.KernelModelImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getKernelModel()
	 * @generated
	 */
	int KERNEL_MODEL = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__PROVENANCE = 2;

	/**
	 * The feature id for the '<em><b>Lock Classes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__LOCK_CLASSES = 3;

	/**
	 * The feature id for the '<em><b>Lock Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__LOCK_TYPES = 4;

	/**
	 * The feature id for the '<em><b>Order Chains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__ORDER_CHAINS = 5;

	/**
	 * The feature id for the '<em><b>Blessed Pairs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__BLESSED_PAIRS = 6;

	/**
	 * The feature id for the '<em><b>Giant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__GIANT = 7;

	/**
	 * The feature id for the '<em><b>Subsystems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__SUBSYSTEMS = 8;

	/**
	 * The feature id for the '<em><b>Task Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__TASK_LISTS = 9;

	/**
	 * The feature id for the '<em><b>Syscalls</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__SYSCALLS = 10;

	/**
	 * The feature id for the '<em><b>Code Paths</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__CODE_PATHS = 11;

	/**
	 * The feature id for the '<em><b>Wait Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__WAIT_CHANNELS = 12;

	/**
	 * The feature id for the '<em><b>Condition Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__CONDITION_VARIABLES = 13;

	/**
	 * The feature id for the '<em><b>Threading Status</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL__THREADING_STATUS = 14;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.ProvenanceImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Dating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DATING = 1;

	/**
	 * The feature id for the '<em><b>Data File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DATA_FILE = 2;

	/**
	 * The feature id for the '<em><b>Data Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DATA_SHA256 = 3;

	/**
	 * The feature id for the '<em><b>Generator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__GENERATOR = 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__NOTES = 5;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.LockClassImpl <em>Lock Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.LockClassImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockClass()
	 * @generated
	 */
	int LOCK_CLASS = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_CLASS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_CLASS__SYMBOL = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_CLASS__KIND = 2;

	/**
	 * The feature id for the '<em><b>Sleepable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_CLASS__SLEEPABLE = 3;

	/**
	 * The feature id for the '<em><b>Recursable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_CLASS__RECURSABLE = 4;

	/**
	 * The feature id for the '<em><b>Upgradable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_CLASS__UPGRADABLE = 5;

	/**
	 * The feature id for the '<em><b>Spin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_CLASS__SPIN = 6;

	/**
	 * The number of structural features of the '<em>Lock Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_CLASS_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Lock Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_CLASS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.LockTypeImpl <em>Lock Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.LockTypeImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockType()
	 * @generated
	 */
	int LOCK_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Lock Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE__LOCK_CLASS = 1;

	/**
	 * The feature id for the '<em><b>Recursion Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE__RECURSION_ALLOWED = 2;

	/**
	 * The feature id for the '<em><b>Dup Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE__DUP_OK = 3;

	/**
	 * The feature id for the '<em><b>No Witness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE__NO_WITNESS = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE__DESCRIPTION = 5;

	/**
	 * The feature id for the '<em><b>Subsystem</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE__SUBSYSTEM = 6;

	/**
	 * The feature id for the '<em><b>Instances</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE__INSTANCES = 7;

	/**
	 * The feature id for the '<em><b>Instance Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE__INSTANCE_COUNT = 8;

	/**
	 * The number of structural features of the '<em>Lock Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Lock Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.LockOrderChainImpl <em>Lock Order Chain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.LockOrderChainImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockOrderChain()
	 * @generated
	 */
	int LOCK_ORDER_CHAIN = 4;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_ORDER_CHAIN__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_ORDER_CHAIN__ENTRIES = 1;

	/**
	 * The number of structural features of the '<em>Lock Order Chain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_ORDER_CHAIN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Lock Order Chain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_ORDER_CHAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.LockOrderEntryImpl <em>Lock Order Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.LockOrderEntryImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockOrderEntry()
	 * @generated
	 */
	int LOCK_ORDER_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Lock Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_ORDER_ENTRY__LOCK_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_ORDER_ENTRY__CONDITION = 1;

	/**
	 * The number of structural features of the '<em>Lock Order Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_ORDER_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Lock Order Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_ORDER_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.BlessedPairImpl <em>Blessed Pair</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.BlessedPairImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getBlessedPair()
	 * @generated
	 */
	int BLESSED_PAIR = 6;

	/**
	 * The feature id for the '<em><b>First</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLESSED_PAIR__FIRST = 0;

	/**
	 * The feature id for the '<em><b>Second</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLESSED_PAIR__SECOND = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLESSED_PAIR__REASON = 2;

	/**
	 * The number of structural features of the '<em>Blessed Pair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLESSED_PAIR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Blessed Pair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLESSED_PAIR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.SubsystemImpl <em>Subsystem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.SubsystemImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getSubsystem()
	 * @generated
	 */
	int SUBSYSTEM = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Locking Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__LOCKING_STATUS = 1;

	/**
	 * The feature id for the '<em><b>Work Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__WORK_STATUS = 2;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__LAST_UPDATED = 3;

	/**
	 * The feature id for the '<em><b>Staffing</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__STAFFING = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM__DESCRIPTION = 5;

	/**
	 * The number of structural features of the '<em>Subsystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Subsystem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSYSTEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.TaskListImpl <em>Task List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.TaskListImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getTaskList()
	 * @generated
	 */
	int TASK_LIST = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_LIST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_LIST__TASKS = 1;

	/**
	 * The number of structural features of the '<em>Task List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_LIST_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Task List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_LIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.TaskImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getTask()
	 * @generated
	 */
	int TASK = 9;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Seed Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__SEED_STATUS = 2;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__LAST_UPDATED = 3;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__RESPONSIBLE = 4;

	/**
	 * The feature id for the '<em><b>Subsystem</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__SUBSYSTEM = 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NOTE = 6;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.SyscallImpl <em>Syscall</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.SyscallImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getSyscall()
	 * @generated
	 */
	int SYSCALL = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCALL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCALL__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Mpsafe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCALL__MPSAFE = 2;

	/**
	 * The feature id for the '<em><b>Subsystem</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCALL__SUBSYSTEM = 3;

	/**
	 * The feature id for the '<em><b>Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCALL__CODE_PATH = 4;

	/**
	 * The number of structural features of the '<em>Syscall</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCALL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Syscall</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSCALL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.WaitChannelImpl <em>Wait Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.WaitChannelImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getWaitChannel()
	 * @generated
	 */
	int WAIT_CHANNEL = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT_CHANNEL__NAME = 0;

	/**
	 * The number of structural features of the '<em>Wait Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT_CHANNEL_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Wait Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIT_CHANNEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.ConditionVariableImpl <em>Condition Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.ConditionVariableImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getConditionVariable()
	 * @generated
	 */
	int CONDITION_VARIABLE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_VARIABLE__NAME = 0;

	/**
	 * The number of structural features of the '<em>Condition Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_VARIABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Condition Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_VARIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.CodePathImpl <em>Code Path</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.CodePathImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getCodePath()
	 * @generated
	 */
	int CODE_PATH = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_PATH__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_PATH__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Subsystem</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_PATH__SUBSYSTEM = 2;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_PATH__STEPS = 3;

	/**
	 * The number of structural features of the '<em>Code Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_PATH_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Code Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_PATH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.StepImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 14;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__LABEL = 0;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.AcquisitionPointImpl <em>Acquisition Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.AcquisitionPointImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getAcquisitionPoint()
	 * @generated
	 */
	int ACQUISITION_POINT = 15;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUISITION_POINT__FILE = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUISITION_POINT__LINE = 1;

	/**
	 * The number of structural features of the '<em>Acquisition Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUISITION_POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Acquisition Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUISITION_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.AcquireImpl <em>Acquire</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.AcquireImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getAcquire()
	 * @generated
	 */
	int ACQUIRE = 16;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRE__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Lock Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRE__LOCK_TYPE = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRE__MODE = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Try Acquire</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRE__TRY_ACQUIRE = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Acquisition Point</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRE__ACQUISITION_POINT = STEP_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Acquire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRE_FEATURE_COUNT = STEP_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Acquire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRE_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.ReleaseImpl <em>Release</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.ReleaseImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getRelease()
	 * @generated
	 */
	int RELEASE = 17;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Lock Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE__LOCK_TYPE = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Release</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Release</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.WorkImpl <em>Work</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.WorkImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getWork()
	 * @generated
	 */
	int WORK = 18;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK__DURATION = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Work</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Work</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.SleepImpl <em>Sleep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.SleepImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getSleep()
	 * @generated
	 */
	int SLEEP = 19;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEEP__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEEP__CHANNEL = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Condition Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEEP__CONDITION_VARIABLE = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Interlock</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEEP__INTERLOCK = STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Timeout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEEP__TIMEOUT = STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEEP__PRIORITY = STEP_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Sleep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Sleep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.WakeupImpl <em>Wakeup</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.WakeupImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getWakeup()
	 * @generated
	 */
	int WAKEUP = 20;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKEUP__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKEUP__CHANNEL = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>All</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKEUP__ALL = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Wakeup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKEUP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Wakeup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAKEUP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.SignalImpl <em>Signal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.SignalImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getSignal()
	 * @generated
	 */
	int SIGNAL = 21;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Condition Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__CONDITION_VARIABLE = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.BroadcastImpl <em>Broadcast</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.BroadcastImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getBroadcast()
	 * @generated
	 */
	int BROADCAST = 22;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BROADCAST__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Condition Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BROADCAST__CONDITION_VARIABLE = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Broadcast</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BROADCAST_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Broadcast</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BROADCAST_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.CriticalEnterImpl <em>Critical Enter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.CriticalEnterImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getCriticalEnter()
	 * @generated
	 */
	int CRITICAL_ENTER = 23;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_ENTER__LABEL = STEP__LABEL;

	/**
	 * The number of structural features of the '<em>Critical Enter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_ENTER_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Critical Enter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_ENTER_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.CriticalExitImpl <em>Critical Exit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.CriticalExitImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getCriticalExit()
	 * @generated
	 */
	int CRITICAL_EXIT = 24;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_EXIT__LABEL = STEP__LABEL;

	/**
	 * The number of structural features of the '<em>Critical Exit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_EXIT_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Critical Exit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_EXIT_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.CallImpl <em>Call</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.CallImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getCall()
	 * @generated
	 */
	int CALL = 25;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL__CODE_PATH = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.LoopImpl <em>Loop</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.LoopImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLoop()
	 * @generated
	 */
	int LOOP = 26;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP__COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Count Distribution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP__COUNT_DISTRIBUTION = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Body</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP__BODY = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Loop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP_FEATURE_COUNT = STEP_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Loop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.BranchImpl <em>Branch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.BranchImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getBranch()
	 * @generated
	 */
	int BRANCH = 27;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH__LABEL = STEP__LABEL;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH__PROBABILITY = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Then Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH__THEN_STEPS = STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Else Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH__ELSE_STEPS = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Branch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_FEATURE_COUNT = STEP_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Branch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.YieldImpl <em>Yield</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.YieldImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getYield()
	 * @generated
	 */
	int YIELD = 28;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YIELD__LABEL = STEP__LABEL;

	/**
	 * The number of structural features of the '<em>Yield</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YIELD_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Yield</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YIELD_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.DistributionImpl <em>Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.DistributionImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getDistribution()
	 * @generated
	 */
	int DISTRIBUTION = 29;

	/**
	 * The number of structural features of the '<em>Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.FixedDistributionImpl <em>Fixed Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.FixedDistributionImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getFixedDistribution()
	 * @generated
	 */
	int FIXED_DISTRIBUTION = 30;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_DISTRIBUTION__VALUE = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fixed Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_DISTRIBUTION_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fixed Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_DISTRIBUTION_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.UniformDistributionImpl <em>Uniform Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.UniformDistributionImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getUniformDistribution()
	 * @generated
	 */
	int UNIFORM_DISTRIBUTION = 31;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION__MIN = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION__MAX = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Uniform Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Uniform Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.ExponentialDistributionImpl <em>Exponential Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.ExponentialDistributionImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getExponentialDistribution()
	 * @generated
	 */
	int EXPONENTIAL_DISTRIBUTION = 32;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_DISTRIBUTION__MEAN = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Exponential Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_DISTRIBUTION_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Exponential Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPONENTIAL_DISTRIBUTION_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.NormalDistributionImpl <em>Normal Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.NormalDistributionImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getNormalDistribution()
	 * @generated
	 */
	int NORMAL_DISTRIBUTION = 33;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION__MEAN = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Standard Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION__STANDARD_DEVIATION = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Normal Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Normal Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.EmpiricalDistributionImpl <em>Empirical Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.EmpiricalDistributionImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getEmpiricalDistribution()
	 * @generated
	 */
	int EMPIRICAL_DISTRIBUTION = 34;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPIRICAL_DISTRIBUTION__VALUES = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPIRICAL_DISTRIBUTION__WEIGHTS = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Empirical Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPIRICAL_DISTRIBUTION_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Empirical Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPIRICAL_DISTRIBUTION_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.ThreadingStatusTableImpl <em>Threading Status Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.ThreadingStatusTableImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getThreadingStatusTable()
	 * @generated
	 */
	int THREADING_STATUS_TABLE = 35;

	/**
	 * The feature id for the '<em><b>Library</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREADING_STATUS_TABLE__LIBRARY = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREADING_STATUS_TABLE__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREADING_STATUS_TABLE__ROWS = 2;

	/**
	 * The number of structural features of the '<em>Threading Status Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREADING_STATUS_TABLE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Threading Status Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREADING_STATUS_TABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.impl.PlatformThreadingStatusImpl <em>Platform Threading Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.impl.PlatformThreadingStatusImpl
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getPlatformThreadingStatus()
	 * @generated
	 */
	int PLATFORM_THREADING_STATUS = 36;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_THREADING_STATUS__PLATFORM = 0;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_THREADING_STATUS__KERNEL = 1;

	/**
	 * The feature id for the '<em><b>Userland</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_THREADING_STATUS__USERLAND = 2;

	/**
	 * The feature id for the '<em><b>Works</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_THREADING_STATUS__WORKS = 3;

	/**
	 * The number of structural features of the '<em>Platform Threading Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_THREADING_STATUS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Platform Threading Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_THREADING_STATUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.LockClassKind <em>Lock Class Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.LockClassKind
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockClassKind()
	 * @generated
	 */
	int LOCK_CLASS_KIND = 37;


	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.LockInstances <em>Lock Instances</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.LockInstances
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockInstances()
	 * @generated
	 */
	int LOCK_INSTANCES = 38;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.LockingStatus <em>Locking Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.LockingStatus
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockingStatus()
	 * @generated
	 */
	int LOCKING_STATUS = 39;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.WorkStatus <em>Work Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.WorkStatus
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getWorkStatus()
	 * @generated
	 */
	int WORK_STATUS = 40;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.AcquireMode <em>Acquire Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.AcquireMode
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getAcquireMode()
	 * @generated
	 */
	int ACQUIRE_MODE = 41;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.Platform <em>Platform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.Platform
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getPlatform()
	 * @generated
	 */
	int PLATFORM = 42;

	/**
	 * The meta object id for the '{@link org.smpng.model.kernel.ThreadingLibrary <em>Threading Library</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.ThreadingLibrary
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getThreadingLibrary()
	 * @generated
	 */
	int THREADING_LIBRARY = 43;


	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.KernelModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.smpng.model.kernel.KernelModel
	 * @generated
	 */
	EClass getKernelModel();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.KernelModel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getName()
	 * @see #getKernelModel()
	 * @generated
	 */
	EAttribute getKernelModel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.KernelModel#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getDescription()
	 * @see #getKernelModel()
	 * @generated
	 */
	EAttribute getKernelModel_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.kernel.KernelModel#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getProvenance()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_Provenance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getLockClasses <em>Lock Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lock Classes</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getLockClasses()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_LockClasses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getLockTypes <em>Lock Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lock Types</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getLockTypes()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_LockTypes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getOrderChains <em>Order Chains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Order Chains</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getOrderChains()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_OrderChains();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getBlessedPairs <em>Blessed Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Blessed Pairs</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getBlessedPairs()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_BlessedPairs();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.KernelModel#getGiant <em>Giant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Giant</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getGiant()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_Giant();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getSubsystems <em>Subsystems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subsystems</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getSubsystems()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_Subsystems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getTaskLists <em>Task Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Task Lists</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getTaskLists()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_TaskLists();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getSyscalls <em>Syscalls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Syscalls</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getSyscalls()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_Syscalls();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getCodePaths <em>Code Paths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Code Paths</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getCodePaths()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_CodePaths();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getWaitChannels <em>Wait Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wait Channels</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getWaitChannels()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_WaitChannels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getConditionVariables <em>Condition Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Condition Variables</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getConditionVariables()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_ConditionVariables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.KernelModel#getThreadingStatus <em>Threading Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Threading Status</em>'.
	 * @see org.smpng.model.kernel.KernelModel#getThreadingStatus()
	 * @see #getKernelModel()
	 * @generated
	 */
	EReference getKernelModel_ThreadingStatus();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see org.smpng.model.kernel.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Provenance#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.smpng.model.kernel.Provenance#getSource()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Provenance#getDating <em>Dating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dating</em>'.
	 * @see org.smpng.model.kernel.Provenance#getDating()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Dating();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Provenance#getDataFile <em>Data File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data File</em>'.
	 * @see org.smpng.model.kernel.Provenance#getDataFile()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_DataFile();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Provenance#getDataSha256 <em>Data Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Sha256</em>'.
	 * @see org.smpng.model.kernel.Provenance#getDataSha256()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_DataSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Provenance#getGenerator <em>Generator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generator</em>'.
	 * @see org.smpng.model.kernel.Provenance#getGenerator()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Generator();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Provenance#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.smpng.model.kernel.Provenance#getNotes()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Notes();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.LockClass <em>Lock Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lock Class</em>'.
	 * @see org.smpng.model.kernel.LockClass
	 * @generated
	 */
	EClass getLockClass();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockClass#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.kernel.LockClass#getName()
	 * @see #getLockClass()
	 * @generated
	 */
	EAttribute getLockClass_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockClass#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see org.smpng.model.kernel.LockClass#getSymbol()
	 * @see #getLockClass()
	 * @generated
	 */
	EAttribute getLockClass_Symbol();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.smpng.model.kernel.LockClass#getKind()
	 * @see #getLockClass()
	 * @generated
	 */
	EAttribute getLockClass_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockClass#isSleepable <em>Sleepable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sleepable</em>'.
	 * @see org.smpng.model.kernel.LockClass#isSleepable()
	 * @see #getLockClass()
	 * @generated
	 */
	EAttribute getLockClass_Sleepable();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockClass#isRecursable <em>Recursable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recursable</em>'.
	 * @see org.smpng.model.kernel.LockClass#isRecursable()
	 * @see #getLockClass()
	 * @generated
	 */
	EAttribute getLockClass_Recursable();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockClass#isUpgradable <em>Upgradable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upgradable</em>'.
	 * @see org.smpng.model.kernel.LockClass#isUpgradable()
	 * @see #getLockClass()
	 * @generated
	 */
	EAttribute getLockClass_Upgradable();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockClass#isSpin <em>Spin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spin</em>'.
	 * @see org.smpng.model.kernel.LockClass#isSpin()
	 * @see #getLockClass()
	 * @generated
	 */
	EAttribute getLockClass_Spin();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.LockType <em>Lock Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lock Type</em>'.
	 * @see org.smpng.model.kernel.LockType
	 * @generated
	 */
	EClass getLockType();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockType#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.kernel.LockType#getName()
	 * @see #getLockType()
	 * @generated
	 */
	EAttribute getLockType_Name();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.LockType#getLockClass <em>Lock Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lock Class</em>'.
	 * @see org.smpng.model.kernel.LockType#getLockClass()
	 * @see #getLockType()
	 * @generated
	 */
	EReference getLockType_LockClass();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockType#isRecursionAllowed <em>Recursion Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recursion Allowed</em>'.
	 * @see org.smpng.model.kernel.LockType#isRecursionAllowed()
	 * @see #getLockType()
	 * @generated
	 */
	EAttribute getLockType_RecursionAllowed();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockType#isDupOk <em>Dup Ok</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dup Ok</em>'.
	 * @see org.smpng.model.kernel.LockType#isDupOk()
	 * @see #getLockType()
	 * @generated
	 */
	EAttribute getLockType_DupOk();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockType#isNoWitness <em>No Witness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Witness</em>'.
	 * @see org.smpng.model.kernel.LockType#isNoWitness()
	 * @see #getLockType()
	 * @generated
	 */
	EAttribute getLockType_NoWitness();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockType#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.smpng.model.kernel.LockType#getDescription()
	 * @see #getLockType()
	 * @generated
	 */
	EAttribute getLockType_Description();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.LockType#getSubsystem <em>Subsystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subsystem</em>'.
	 * @see org.smpng.model.kernel.LockType#getSubsystem()
	 * @see #getLockType()
	 * @generated
	 */
	EReference getLockType_Subsystem();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockType#getInstances <em>Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instances</em>'.
	 * @see org.smpng.model.kernel.LockType#getInstances()
	 * @see #getLockType()
	 * @generated
	 */
	EAttribute getLockType_Instances();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockType#getInstanceCount <em>Instance Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Count</em>'.
	 * @see org.smpng.model.kernel.LockType#getInstanceCount()
	 * @see #getLockType()
	 * @generated
	 */
	EAttribute getLockType_InstanceCount();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.LockOrderChain <em>Lock Order Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lock Order Chain</em>'.
	 * @see org.smpng.model.kernel.LockOrderChain
	 * @generated
	 */
	EClass getLockOrderChain();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockOrderChain#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.smpng.model.kernel.LockOrderChain#getLabel()
	 * @see #getLockOrderChain()
	 * @generated
	 */
	EAttribute getLockOrderChain_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.LockOrderChain#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.smpng.model.kernel.LockOrderChain#getEntries()
	 * @see #getLockOrderChain()
	 * @generated
	 */
	EReference getLockOrderChain_Entries();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.LockOrderEntry <em>Lock Order Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lock Order Entry</em>'.
	 * @see org.smpng.model.kernel.LockOrderEntry
	 * @generated
	 */
	EClass getLockOrderEntry();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.LockOrderEntry#getLockType <em>Lock Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lock Type</em>'.
	 * @see org.smpng.model.kernel.LockOrderEntry#getLockType()
	 * @see #getLockOrderEntry()
	 * @generated
	 */
	EReference getLockOrderEntry_LockType();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.LockOrderEntry#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.smpng.model.kernel.LockOrderEntry#getCondition()
	 * @see #getLockOrderEntry()
	 * @generated
	 */
	EAttribute getLockOrderEntry_Condition();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.BlessedPair <em>Blessed Pair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Blessed Pair</em>'.
	 * @see org.smpng.model.kernel.BlessedPair
	 * @generated
	 */
	EClass getBlessedPair();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.BlessedPair#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>First</em>'.
	 * @see org.smpng.model.kernel.BlessedPair#getFirst()
	 * @see #getBlessedPair()
	 * @generated
	 */
	EReference getBlessedPair_First();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.BlessedPair#getSecond <em>Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Second</em>'.
	 * @see org.smpng.model.kernel.BlessedPair#getSecond()
	 * @see #getBlessedPair()
	 * @generated
	 */
	EReference getBlessedPair_Second();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.BlessedPair#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.smpng.model.kernel.BlessedPair#getReason()
	 * @see #getBlessedPair()
	 * @generated
	 */
	EAttribute getBlessedPair_Reason();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Subsystem <em>Subsystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subsystem</em>'.
	 * @see org.smpng.model.kernel.Subsystem
	 * @generated
	 */
	EClass getSubsystem();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Subsystem#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.kernel.Subsystem#getName()
	 * @see #getSubsystem()
	 * @generated
	 */
	EAttribute getSubsystem_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Subsystem#getLockingStatus <em>Locking Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locking Status</em>'.
	 * @see org.smpng.model.kernel.Subsystem#getLockingStatus()
	 * @see #getSubsystem()
	 * @generated
	 */
	EAttribute getSubsystem_LockingStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Subsystem#getWorkStatus <em>Work Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Work Status</em>'.
	 * @see org.smpng.model.kernel.Subsystem#getWorkStatus()
	 * @see #getSubsystem()
	 * @generated
	 */
	EAttribute getSubsystem_WorkStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Subsystem#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.smpng.model.kernel.Subsystem#getLastUpdated()
	 * @see #getSubsystem()
	 * @generated
	 */
	EAttribute getSubsystem_LastUpdated();

	/**
	 * Returns the meta object for the attribute list '{@link org.smpng.model.kernel.Subsystem#getStaffing <em>Staffing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Staffing</em>'.
	 * @see org.smpng.model.kernel.Subsystem#getStaffing()
	 * @see #getSubsystem()
	 * @generated
	 */
	EAttribute getSubsystem_Staffing();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Subsystem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.smpng.model.kernel.Subsystem#getDescription()
	 * @see #getSubsystem()
	 * @generated
	 */
	EAttribute getSubsystem_Description();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.TaskList <em>Task List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task List</em>'.
	 * @see org.smpng.model.kernel.TaskList
	 * @generated
	 */
	EClass getTaskList();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.TaskList#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.kernel.TaskList#getName()
	 * @see #getTaskList()
	 * @generated
	 */
	EAttribute getTaskList_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.TaskList#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.smpng.model.kernel.TaskList#getTasks()
	 * @see #getTaskList()
	 * @generated
	 */
	EReference getTaskList_Tasks();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.smpng.model.kernel.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Task#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.smpng.model.kernel.Task#getTitle()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Task#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.smpng.model.kernel.Task#getStatus()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Task#getSeedStatus <em>Seed Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed Status</em>'.
	 * @see org.smpng.model.kernel.Task#getSeedStatus()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_SeedStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Task#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.smpng.model.kernel.Task#getLastUpdated()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_LastUpdated();

	/**
	 * Returns the meta object for the attribute list '{@link org.smpng.model.kernel.Task#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Responsible</em>'.
	 * @see org.smpng.model.kernel.Task#getResponsible()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Responsible();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Task#getSubsystem <em>Subsystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subsystem</em>'.
	 * @see org.smpng.model.kernel.Task#getSubsystem()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Subsystem();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Task#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.smpng.model.kernel.Task#getNote()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Note();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Syscall <em>Syscall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Syscall</em>'.
	 * @see org.smpng.model.kernel.Syscall
	 * @generated
	 */
	EClass getSyscall();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Syscall#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.kernel.Syscall#getName()
	 * @see #getSyscall()
	 * @generated
	 */
	EAttribute getSyscall_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Syscall#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.smpng.model.kernel.Syscall#getNumber()
	 * @see #getSyscall()
	 * @generated
	 */
	EAttribute getSyscall_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Syscall#isMpsafe <em>Mpsafe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mpsafe</em>'.
	 * @see org.smpng.model.kernel.Syscall#isMpsafe()
	 * @see #getSyscall()
	 * @generated
	 */
	EAttribute getSyscall_Mpsafe();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Syscall#getSubsystem <em>Subsystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subsystem</em>'.
	 * @see org.smpng.model.kernel.Syscall#getSubsystem()
	 * @see #getSyscall()
	 * @generated
	 */
	EReference getSyscall_Subsystem();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Syscall#getCodePath <em>Code Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code Path</em>'.
	 * @see org.smpng.model.kernel.Syscall#getCodePath()
	 * @see #getSyscall()
	 * @generated
	 */
	EReference getSyscall_CodePath();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.WaitChannel <em>Wait Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wait Channel</em>'.
	 * @see org.smpng.model.kernel.WaitChannel
	 * @generated
	 */
	EClass getWaitChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.WaitChannel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.kernel.WaitChannel#getName()
	 * @see #getWaitChannel()
	 * @generated
	 */
	EAttribute getWaitChannel_Name();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.ConditionVariable <em>Condition Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition Variable</em>'.
	 * @see org.smpng.model.kernel.ConditionVariable
	 * @generated
	 */
	EClass getConditionVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.ConditionVariable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.kernel.ConditionVariable#getName()
	 * @see #getConditionVariable()
	 * @generated
	 */
	EAttribute getConditionVariable_Name();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.CodePath <em>Code Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code Path</em>'.
	 * @see org.smpng.model.kernel.CodePath
	 * @generated
	 */
	EClass getCodePath();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.CodePath#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.kernel.CodePath#getName()
	 * @see #getCodePath()
	 * @generated
	 */
	EAttribute getCodePath_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.CodePath#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.smpng.model.kernel.CodePath#getDescription()
	 * @see #getCodePath()
	 * @generated
	 */
	EAttribute getCodePath_Description();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.CodePath#getSubsystem <em>Subsystem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subsystem</em>'.
	 * @see org.smpng.model.kernel.CodePath#getSubsystem()
	 * @see #getCodePath()
	 * @generated
	 */
	EReference getCodePath_Subsystem();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.CodePath#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.smpng.model.kernel.CodePath#getSteps()
	 * @see #getCodePath()
	 * @generated
	 */
	EReference getCodePath_Steps();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.smpng.model.kernel.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Step#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.smpng.model.kernel.Step#getLabel()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Label();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.AcquisitionPoint <em>Acquisition Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Acquisition Point</em>'.
	 * @see org.smpng.model.kernel.AcquisitionPoint
	 * @generated
	 */
	EClass getAcquisitionPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.AcquisitionPoint#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.smpng.model.kernel.AcquisitionPoint#getFile()
	 * @see #getAcquisitionPoint()
	 * @generated
	 */
	EAttribute getAcquisitionPoint_File();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.AcquisitionPoint#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.smpng.model.kernel.AcquisitionPoint#getLine()
	 * @see #getAcquisitionPoint()
	 * @generated
	 */
	EAttribute getAcquisitionPoint_Line();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Acquire <em>Acquire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Acquire</em>'.
	 * @see org.smpng.model.kernel.Acquire
	 * @generated
	 */
	EClass getAcquire();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Acquire#getLockType <em>Lock Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lock Type</em>'.
	 * @see org.smpng.model.kernel.Acquire#getLockType()
	 * @see #getAcquire()
	 * @generated
	 */
	EReference getAcquire_LockType();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Acquire#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.smpng.model.kernel.Acquire#getMode()
	 * @see #getAcquire()
	 * @generated
	 */
	EAttribute getAcquire_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Acquire#isTryAcquire <em>Try Acquire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Try Acquire</em>'.
	 * @see org.smpng.model.kernel.Acquire#isTryAcquire()
	 * @see #getAcquire()
	 * @generated
	 */
	EAttribute getAcquire_TryAcquire();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.kernel.Acquire#getAcquisitionPoint <em>Acquisition Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Acquisition Point</em>'.
	 * @see org.smpng.model.kernel.Acquire#getAcquisitionPoint()
	 * @see #getAcquire()
	 * @generated
	 */
	EReference getAcquire_AcquisitionPoint();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Release <em>Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Release</em>'.
	 * @see org.smpng.model.kernel.Release
	 * @generated
	 */
	EClass getRelease();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Release#getLockType <em>Lock Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lock Type</em>'.
	 * @see org.smpng.model.kernel.Release#getLockType()
	 * @see #getRelease()
	 * @generated
	 */
	EReference getRelease_LockType();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Work <em>Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work</em>'.
	 * @see org.smpng.model.kernel.Work
	 * @generated
	 */
	EClass getWork();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.kernel.Work#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Duration</em>'.
	 * @see org.smpng.model.kernel.Work#getDuration()
	 * @see #getWork()
	 * @generated
	 */
	EReference getWork_Duration();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Sleep <em>Sleep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sleep</em>'.
	 * @see org.smpng.model.kernel.Sleep
	 * @generated
	 */
	EClass getSleep();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Sleep#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.smpng.model.kernel.Sleep#getChannel()
	 * @see #getSleep()
	 * @generated
	 */
	EReference getSleep_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Sleep#getConditionVariable <em>Condition Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Condition Variable</em>'.
	 * @see org.smpng.model.kernel.Sleep#getConditionVariable()
	 * @see #getSleep()
	 * @generated
	 */
	EReference getSleep_ConditionVariable();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Sleep#getInterlock <em>Interlock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Interlock</em>'.
	 * @see org.smpng.model.kernel.Sleep#getInterlock()
	 * @see #getSleep()
	 * @generated
	 */
	EReference getSleep_Interlock();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.kernel.Sleep#getTimeout <em>Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Timeout</em>'.
	 * @see org.smpng.model.kernel.Sleep#getTimeout()
	 * @see #getSleep()
	 * @generated
	 */
	EReference getSleep_Timeout();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Sleep#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.smpng.model.kernel.Sleep#getPriority()
	 * @see #getSleep()
	 * @generated
	 */
	EAttribute getSleep_Priority();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Wakeup <em>Wakeup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wakeup</em>'.
	 * @see org.smpng.model.kernel.Wakeup
	 * @generated
	 */
	EClass getWakeup();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Wakeup#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.smpng.model.kernel.Wakeup#getChannel()
	 * @see #getWakeup()
	 * @generated
	 */
	EReference getWakeup_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Wakeup#isAll <em>All</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>All</em>'.
	 * @see org.smpng.model.kernel.Wakeup#isAll()
	 * @see #getWakeup()
	 * @generated
	 */
	EAttribute getWakeup_All();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Signal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signal</em>'.
	 * @see org.smpng.model.kernel.Signal
	 * @generated
	 */
	EClass getSignal();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Signal#getConditionVariable <em>Condition Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Condition Variable</em>'.
	 * @see org.smpng.model.kernel.Signal#getConditionVariable()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_ConditionVariable();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Broadcast <em>Broadcast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Broadcast</em>'.
	 * @see org.smpng.model.kernel.Broadcast
	 * @generated
	 */
	EClass getBroadcast();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Broadcast#getConditionVariable <em>Condition Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Condition Variable</em>'.
	 * @see org.smpng.model.kernel.Broadcast#getConditionVariable()
	 * @see #getBroadcast()
	 * @generated
	 */
	EReference getBroadcast_ConditionVariable();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.CriticalEnter <em>Critical Enter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Critical Enter</em>'.
	 * @see org.smpng.model.kernel.CriticalEnter
	 * @generated
	 */
	EClass getCriticalEnter();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.CriticalExit <em>Critical Exit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Critical Exit</em>'.
	 * @see org.smpng.model.kernel.CriticalExit
	 * @generated
	 */
	EClass getCriticalExit();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Call <em>Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Call</em>'.
	 * @see org.smpng.model.kernel.Call
	 * @generated
	 */
	EClass getCall();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.kernel.Call#getCodePath <em>Code Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code Path</em>'.
	 * @see org.smpng.model.kernel.Call#getCodePath()
	 * @see #getCall()
	 * @generated
	 */
	EReference getCall_CodePath();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Loop <em>Loop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loop</em>'.
	 * @see org.smpng.model.kernel.Loop
	 * @generated
	 */
	EClass getLoop();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Loop#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.smpng.model.kernel.Loop#getCount()
	 * @see #getLoop()
	 * @generated
	 */
	EAttribute getLoop_Count();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.kernel.Loop#getCountDistribution <em>Count Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Count Distribution</em>'.
	 * @see org.smpng.model.kernel.Loop#getCountDistribution()
	 * @see #getLoop()
	 * @generated
	 */
	EReference getLoop_CountDistribution();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.Loop#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Body</em>'.
	 * @see org.smpng.model.kernel.Loop#getBody()
	 * @see #getLoop()
	 * @generated
	 */
	EReference getLoop_Body();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Branch <em>Branch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Branch</em>'.
	 * @see org.smpng.model.kernel.Branch
	 * @generated
	 */
	EClass getBranch();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.Branch#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.smpng.model.kernel.Branch#getProbability()
	 * @see #getBranch()
	 * @generated
	 */
	EAttribute getBranch_Probability();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.Branch#getThenSteps <em>Then Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Then Steps</em>'.
	 * @see org.smpng.model.kernel.Branch#getThenSteps()
	 * @see #getBranch()
	 * @generated
	 */
	EReference getBranch_ThenSteps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.Branch#getElseSteps <em>Else Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Else Steps</em>'.
	 * @see org.smpng.model.kernel.Branch#getElseSteps()
	 * @see #getBranch()
	 * @generated
	 */
	EReference getBranch_ElseSteps();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Yield <em>Yield</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Yield</em>'.
	 * @see org.smpng.model.kernel.Yield
	 * @generated
	 */
	EClass getYield();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.Distribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Distribution</em>'.
	 * @see org.smpng.model.kernel.Distribution
	 * @generated
	 */
	EClass getDistribution();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.FixedDistribution <em>Fixed Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed Distribution</em>'.
	 * @see org.smpng.model.kernel.FixedDistribution
	 * @generated
	 */
	EClass getFixedDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.FixedDistribution#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.smpng.model.kernel.FixedDistribution#getValue()
	 * @see #getFixedDistribution()
	 * @generated
	 */
	EAttribute getFixedDistribution_Value();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.UniformDistribution <em>Uniform Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uniform Distribution</em>'.
	 * @see org.smpng.model.kernel.UniformDistribution
	 * @generated
	 */
	EClass getUniformDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.UniformDistribution#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.smpng.model.kernel.UniformDistribution#getMin()
	 * @see #getUniformDistribution()
	 * @generated
	 */
	EAttribute getUniformDistribution_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.UniformDistribution#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.smpng.model.kernel.UniformDistribution#getMax()
	 * @see #getUniformDistribution()
	 * @generated
	 */
	EAttribute getUniformDistribution_Max();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.ExponentialDistribution <em>Exponential Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exponential Distribution</em>'.
	 * @see org.smpng.model.kernel.ExponentialDistribution
	 * @generated
	 */
	EClass getExponentialDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.ExponentialDistribution#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.smpng.model.kernel.ExponentialDistribution#getMean()
	 * @see #getExponentialDistribution()
	 * @generated
	 */
	EAttribute getExponentialDistribution_Mean();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.NormalDistribution <em>Normal Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Normal Distribution</em>'.
	 * @see org.smpng.model.kernel.NormalDistribution
	 * @generated
	 */
	EClass getNormalDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.NormalDistribution#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.smpng.model.kernel.NormalDistribution#getMean()
	 * @see #getNormalDistribution()
	 * @generated
	 */
	EAttribute getNormalDistribution_Mean();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.NormalDistribution#getStandardDeviation <em>Standard Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard Deviation</em>'.
	 * @see org.smpng.model.kernel.NormalDistribution#getStandardDeviation()
	 * @see #getNormalDistribution()
	 * @generated
	 */
	EAttribute getNormalDistribution_StandardDeviation();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.EmpiricalDistribution <em>Empirical Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Empirical Distribution</em>'.
	 * @see org.smpng.model.kernel.EmpiricalDistribution
	 * @generated
	 */
	EClass getEmpiricalDistribution();

	/**
	 * Returns the meta object for the attribute list '{@link org.smpng.model.kernel.EmpiricalDistribution#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.smpng.model.kernel.EmpiricalDistribution#getValues()
	 * @see #getEmpiricalDistribution()
	 * @generated
	 */
	EAttribute getEmpiricalDistribution_Values();

	/**
	 * Returns the meta object for the attribute list '{@link org.smpng.model.kernel.EmpiricalDistribution#getWeights <em>Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Weights</em>'.
	 * @see org.smpng.model.kernel.EmpiricalDistribution#getWeights()
	 * @see #getEmpiricalDistribution()
	 * @generated
	 */
	EAttribute getEmpiricalDistribution_Weights();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.ThreadingStatusTable <em>Threading Status Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Threading Status Table</em>'.
	 * @see org.smpng.model.kernel.ThreadingStatusTable
	 * @generated
	 */
	EClass getThreadingStatusTable();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.ThreadingStatusTable#getLibrary <em>Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Library</em>'.
	 * @see org.smpng.model.kernel.ThreadingStatusTable#getLibrary()
	 * @see #getThreadingStatusTable()
	 * @generated
	 */
	EAttribute getThreadingStatusTable_Library();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.ThreadingStatusTable#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.smpng.model.kernel.ThreadingStatusTable#getSource()
	 * @see #getThreadingStatusTable()
	 * @generated
	 */
	EAttribute getThreadingStatusTable_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.kernel.ThreadingStatusTable#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rows</em>'.
	 * @see org.smpng.model.kernel.ThreadingStatusTable#getRows()
	 * @see #getThreadingStatusTable()
	 * @generated
	 */
	EReference getThreadingStatusTable_Rows();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.kernel.PlatformThreadingStatus <em>Platform Threading Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Platform Threading Status</em>'.
	 * @see org.smpng.model.kernel.PlatformThreadingStatus
	 * @generated
	 */
	EClass getPlatformThreadingStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.PlatformThreadingStatus#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform</em>'.
	 * @see org.smpng.model.kernel.PlatformThreadingStatus#getPlatform()
	 * @see #getPlatformThreadingStatus()
	 * @generated
	 */
	EAttribute getPlatformThreadingStatus_Platform();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.PlatformThreadingStatus#isKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see org.smpng.model.kernel.PlatformThreadingStatus#isKernel()
	 * @see #getPlatformThreadingStatus()
	 * @generated
	 */
	EAttribute getPlatformThreadingStatus_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.PlatformThreadingStatus#isUserland <em>Userland</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Userland</em>'.
	 * @see org.smpng.model.kernel.PlatformThreadingStatus#isUserland()
	 * @see #getPlatformThreadingStatus()
	 * @generated
	 */
	EAttribute getPlatformThreadingStatus_Userland();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.kernel.PlatformThreadingStatus#isWorks <em>Works</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Works</em>'.
	 * @see org.smpng.model.kernel.PlatformThreadingStatus#isWorks()
	 * @see #getPlatformThreadingStatus()
	 * @generated
	 */
	EAttribute getPlatformThreadingStatus_Works();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.kernel.LockClassKind <em>Lock Class Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lock Class Kind</em>'.
	 * @see org.smpng.model.kernel.LockClassKind
	 * @generated
	 */
	EEnum getLockClassKind();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.kernel.LockInstances <em>Lock Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lock Instances</em>'.
	 * @see org.smpng.model.kernel.LockInstances
	 * @generated
	 */
	EEnum getLockInstances();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.kernel.LockingStatus <em>Locking Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Locking Status</em>'.
	 * @see org.smpng.model.kernel.LockingStatus
	 * @generated
	 */
	EEnum getLockingStatus();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.kernel.WorkStatus <em>Work Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Status</em>'.
	 * @see org.smpng.model.kernel.WorkStatus
	 * @generated
	 */
	EEnum getWorkStatus();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.kernel.AcquireMode <em>Acquire Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Acquire Mode</em>'.
	 * @see org.smpng.model.kernel.AcquireMode
	 * @generated
	 */
	EEnum getAcquireMode();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.kernel.Platform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Platform</em>'.
	 * @see org.smpng.model.kernel.Platform
	 * @generated
	 */
	EEnum getPlatform();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.kernel.ThreadingLibrary <em>Threading Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Threading Library</em>'.
	 * @see org.smpng.model.kernel.ThreadingLibrary
	 * @generated
	 */
	EEnum getThreadingLibrary();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	KernelFactory getKernelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.KernelModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.KernelModelImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getKernelModel()
		 * @generated
		 */
		EClass KERNEL_MODEL = eINSTANCE.getKernelModel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_MODEL__NAME = eINSTANCE.getKernelModel_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KERNEL_MODEL__DESCRIPTION = eINSTANCE.getKernelModel_Description();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__PROVENANCE = eINSTANCE.getKernelModel_Provenance();

		/**
		 * The meta object literal for the '<em><b>Lock Classes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__LOCK_CLASSES = eINSTANCE.getKernelModel_LockClasses();

		/**
		 * The meta object literal for the '<em><b>Lock Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__LOCK_TYPES = eINSTANCE.getKernelModel_LockTypes();

		/**
		 * The meta object literal for the '<em><b>Order Chains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__ORDER_CHAINS = eINSTANCE.getKernelModel_OrderChains();

		/**
		 * The meta object literal for the '<em><b>Blessed Pairs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__BLESSED_PAIRS = eINSTANCE.getKernelModel_BlessedPairs();

		/**
		 * The meta object literal for the '<em><b>Giant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__GIANT = eINSTANCE.getKernelModel_Giant();

		/**
		 * The meta object literal for the '<em><b>Subsystems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__SUBSYSTEMS = eINSTANCE.getKernelModel_Subsystems();

		/**
		 * The meta object literal for the '<em><b>Task Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__TASK_LISTS = eINSTANCE.getKernelModel_TaskLists();

		/**
		 * The meta object literal for the '<em><b>Syscalls</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__SYSCALLS = eINSTANCE.getKernelModel_Syscalls();

		/**
		 * The meta object literal for the '<em><b>Code Paths</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__CODE_PATHS = eINSTANCE.getKernelModel_CodePaths();

		/**
		 * The meta object literal for the '<em><b>Wait Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__WAIT_CHANNELS = eINSTANCE.getKernelModel_WaitChannels();

		/**
		 * The meta object literal for the '<em><b>Condition Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__CONDITION_VARIABLES = eINSTANCE.getKernelModel_ConditionVariables();

		/**
		 * The meta object literal for the '<em><b>Threading Status</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KERNEL_MODEL__THREADING_STATUS = eINSTANCE.getKernelModel_ThreadingStatus();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.ProvenanceImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SOURCE = eINSTANCE.getProvenance_Source();

		/**
		 * The meta object literal for the '<em><b>Dating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DATING = eINSTANCE.getProvenance_Dating();

		/**
		 * The meta object literal for the '<em><b>Data File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DATA_FILE = eINSTANCE.getProvenance_DataFile();

		/**
		 * The meta object literal for the '<em><b>Data Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DATA_SHA256 = eINSTANCE.getProvenance_DataSha256();

		/**
		 * The meta object literal for the '<em><b>Generator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__GENERATOR = eINSTANCE.getProvenance_Generator();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__NOTES = eINSTANCE.getProvenance_Notes();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.LockClassImpl <em>Lock Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.LockClassImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockClass()
		 * @generated
		 */
		EClass LOCK_CLASS = eINSTANCE.getLockClass();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_CLASS__NAME = eINSTANCE.getLockClass_Name();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_CLASS__SYMBOL = eINSTANCE.getLockClass_Symbol();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_CLASS__KIND = eINSTANCE.getLockClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Sleepable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_CLASS__SLEEPABLE = eINSTANCE.getLockClass_Sleepable();

		/**
		 * The meta object literal for the '<em><b>Recursable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_CLASS__RECURSABLE = eINSTANCE.getLockClass_Recursable();

		/**
		 * The meta object literal for the '<em><b>Upgradable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_CLASS__UPGRADABLE = eINSTANCE.getLockClass_Upgradable();

		/**
		 * The meta object literal for the '<em><b>Spin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_CLASS__SPIN = eINSTANCE.getLockClass_Spin();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.LockTypeImpl <em>Lock Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.LockTypeImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockType()
		 * @generated
		 */
		EClass LOCK_TYPE = eINSTANCE.getLockType();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_TYPE__NAME = eINSTANCE.getLockType_Name();

		/**
		 * The meta object literal for the '<em><b>Lock Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCK_TYPE__LOCK_CLASS = eINSTANCE.getLockType_LockClass();

		/**
		 * The meta object literal for the '<em><b>Recursion Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_TYPE__RECURSION_ALLOWED = eINSTANCE.getLockType_RecursionAllowed();

		/**
		 * The meta object literal for the '<em><b>Dup Ok</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_TYPE__DUP_OK = eINSTANCE.getLockType_DupOk();

		/**
		 * The meta object literal for the '<em><b>No Witness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_TYPE__NO_WITNESS = eINSTANCE.getLockType_NoWitness();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_TYPE__DESCRIPTION = eINSTANCE.getLockType_Description();

		/**
		 * The meta object literal for the '<em><b>Subsystem</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCK_TYPE__SUBSYSTEM = eINSTANCE.getLockType_Subsystem();

		/**
		 * The meta object literal for the '<em><b>Instances</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_TYPE__INSTANCES = eINSTANCE.getLockType_Instances();

		/**
		 * The meta object literal for the '<em><b>Instance Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_TYPE__INSTANCE_COUNT = eINSTANCE.getLockType_InstanceCount();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.LockOrderChainImpl <em>Lock Order Chain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.LockOrderChainImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockOrderChain()
		 * @generated
		 */
		EClass LOCK_ORDER_CHAIN = eINSTANCE.getLockOrderChain();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_ORDER_CHAIN__LABEL = eINSTANCE.getLockOrderChain_Label();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCK_ORDER_CHAIN__ENTRIES = eINSTANCE.getLockOrderChain_Entries();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.LockOrderEntryImpl <em>Lock Order Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.LockOrderEntryImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockOrderEntry()
		 * @generated
		 */
		EClass LOCK_ORDER_ENTRY = eINSTANCE.getLockOrderEntry();

		/**
		 * The meta object literal for the '<em><b>Lock Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCK_ORDER_ENTRY__LOCK_TYPE = eINSTANCE.getLockOrderEntry_LockType();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK_ORDER_ENTRY__CONDITION = eINSTANCE.getLockOrderEntry_Condition();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.BlessedPairImpl <em>Blessed Pair</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.BlessedPairImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getBlessedPair()
		 * @generated
		 */
		EClass BLESSED_PAIR = eINSTANCE.getBlessedPair();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLESSED_PAIR__FIRST = eINSTANCE.getBlessedPair_First();

		/**
		 * The meta object literal for the '<em><b>Second</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLESSED_PAIR__SECOND = eINSTANCE.getBlessedPair_Second();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLESSED_PAIR__REASON = eINSTANCE.getBlessedPair_Reason();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.SubsystemImpl <em>Subsystem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.SubsystemImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getSubsystem()
		 * @generated
		 */
		EClass SUBSYSTEM = eINSTANCE.getSubsystem();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSYSTEM__NAME = eINSTANCE.getSubsystem_Name();

		/**
		 * The meta object literal for the '<em><b>Locking Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSYSTEM__LOCKING_STATUS = eINSTANCE.getSubsystem_LockingStatus();

		/**
		 * The meta object literal for the '<em><b>Work Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSYSTEM__WORK_STATUS = eINSTANCE.getSubsystem_WorkStatus();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSYSTEM__LAST_UPDATED = eINSTANCE.getSubsystem_LastUpdated();

		/**
		 * The meta object literal for the '<em><b>Staffing</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSYSTEM__STAFFING = eINSTANCE.getSubsystem_Staffing();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSYSTEM__DESCRIPTION = eINSTANCE.getSubsystem_Description();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.TaskListImpl <em>Task List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.TaskListImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getTaskList()
		 * @generated
		 */
		EClass TASK_LIST = eINSTANCE.getTaskList();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_LIST__NAME = eINSTANCE.getTaskList_Name();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_LIST__TASKS = eINSTANCE.getTaskList_Tasks();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.TaskImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__TITLE = eINSTANCE.getTask_Title();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__STATUS = eINSTANCE.getTask_Status();

		/**
		 * The meta object literal for the '<em><b>Seed Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__SEED_STATUS = eINSTANCE.getTask_SeedStatus();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__LAST_UPDATED = eINSTANCE.getTask_LastUpdated();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__RESPONSIBLE = eINSTANCE.getTask_Responsible();

		/**
		 * The meta object literal for the '<em><b>Subsystem</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__SUBSYSTEM = eINSTANCE.getTask_Subsystem();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__NOTE = eINSTANCE.getTask_Note();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.SyscallImpl <em>Syscall</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.SyscallImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getSyscall()
		 * @generated
		 */
		EClass SYSCALL = eINSTANCE.getSyscall();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSCALL__NAME = eINSTANCE.getSyscall_Name();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSCALL__NUMBER = eINSTANCE.getSyscall_Number();

		/**
		 * The meta object literal for the '<em><b>Mpsafe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSCALL__MPSAFE = eINSTANCE.getSyscall_Mpsafe();

		/**
		 * The meta object literal for the '<em><b>Subsystem</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSCALL__SUBSYSTEM = eINSTANCE.getSyscall_Subsystem();

		/**
		 * The meta object literal for the '<em><b>Code Path</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSCALL__CODE_PATH = eINSTANCE.getSyscall_CodePath();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.WaitChannelImpl <em>Wait Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.WaitChannelImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getWaitChannel()
		 * @generated
		 */
		EClass WAIT_CHANNEL = eINSTANCE.getWaitChannel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIT_CHANNEL__NAME = eINSTANCE.getWaitChannel_Name();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.ConditionVariableImpl <em>Condition Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.ConditionVariableImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getConditionVariable()
		 * @generated
		 */
		EClass CONDITION_VARIABLE = eINSTANCE.getConditionVariable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_VARIABLE__NAME = eINSTANCE.getConditionVariable_Name();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.CodePathImpl <em>Code Path</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.CodePathImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getCodePath()
		 * @generated
		 */
		EClass CODE_PATH = eINSTANCE.getCodePath();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_PATH__NAME = eINSTANCE.getCodePath_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_PATH__DESCRIPTION = eINSTANCE.getCodePath_Description();

		/**
		 * The meta object literal for the '<em><b>Subsystem</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE_PATH__SUBSYSTEM = eINSTANCE.getCodePath_Subsystem();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE_PATH__STEPS = eINSTANCE.getCodePath_Steps();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.StepImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__LABEL = eINSTANCE.getStep_Label();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.AcquisitionPointImpl <em>Acquisition Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.AcquisitionPointImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getAcquisitionPoint()
		 * @generated
		 */
		EClass ACQUISITION_POINT = eINSTANCE.getAcquisitionPoint();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACQUISITION_POINT__FILE = eINSTANCE.getAcquisitionPoint_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACQUISITION_POINT__LINE = eINSTANCE.getAcquisitionPoint_Line();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.AcquireImpl <em>Acquire</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.AcquireImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getAcquire()
		 * @generated
		 */
		EClass ACQUIRE = eINSTANCE.getAcquire();

		/**
		 * The meta object literal for the '<em><b>Lock Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACQUIRE__LOCK_TYPE = eINSTANCE.getAcquire_LockType();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACQUIRE__MODE = eINSTANCE.getAcquire_Mode();

		/**
		 * The meta object literal for the '<em><b>Try Acquire</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACQUIRE__TRY_ACQUIRE = eINSTANCE.getAcquire_TryAcquire();

		/**
		 * The meta object literal for the '<em><b>Acquisition Point</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACQUIRE__ACQUISITION_POINT = eINSTANCE.getAcquire_AcquisitionPoint();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.ReleaseImpl <em>Release</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.ReleaseImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getRelease()
		 * @generated
		 */
		EClass RELEASE = eINSTANCE.getRelease();

		/**
		 * The meta object literal for the '<em><b>Lock Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELEASE__LOCK_TYPE = eINSTANCE.getRelease_LockType();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.WorkImpl <em>Work</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.WorkImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getWork()
		 * @generated
		 */
		EClass WORK = eINSTANCE.getWork();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK__DURATION = eINSTANCE.getWork_Duration();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.SleepImpl <em>Sleep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.SleepImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getSleep()
		 * @generated
		 */
		EClass SLEEP = eINSTANCE.getSleep();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SLEEP__CHANNEL = eINSTANCE.getSleep_Channel();

		/**
		 * The meta object literal for the '<em><b>Condition Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SLEEP__CONDITION_VARIABLE = eINSTANCE.getSleep_ConditionVariable();

		/**
		 * The meta object literal for the '<em><b>Interlock</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SLEEP__INTERLOCK = eINSTANCE.getSleep_Interlock();

		/**
		 * The meta object literal for the '<em><b>Timeout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SLEEP__TIMEOUT = eINSTANCE.getSleep_Timeout();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLEEP__PRIORITY = eINSTANCE.getSleep_Priority();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.WakeupImpl <em>Wakeup</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.WakeupImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getWakeup()
		 * @generated
		 */
		EClass WAKEUP = eINSTANCE.getWakeup();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WAKEUP__CHANNEL = eINSTANCE.getWakeup_Channel();

		/**
		 * The meta object literal for the '<em><b>All</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAKEUP__ALL = eINSTANCE.getWakeup_All();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.SignalImpl <em>Signal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.SignalImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getSignal()
		 * @generated
		 */
		EClass SIGNAL = eINSTANCE.getSignal();

		/**
		 * The meta object literal for the '<em><b>Condition Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__CONDITION_VARIABLE = eINSTANCE.getSignal_ConditionVariable();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.BroadcastImpl <em>Broadcast</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.BroadcastImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getBroadcast()
		 * @generated
		 */
		EClass BROADCAST = eINSTANCE.getBroadcast();

		/**
		 * The meta object literal for the '<em><b>Condition Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BROADCAST__CONDITION_VARIABLE = eINSTANCE.getBroadcast_ConditionVariable();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.CriticalEnterImpl <em>Critical Enter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.CriticalEnterImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getCriticalEnter()
		 * @generated
		 */
		EClass CRITICAL_ENTER = eINSTANCE.getCriticalEnter();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.CriticalExitImpl <em>Critical Exit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.CriticalExitImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getCriticalExit()
		 * @generated
		 */
		EClass CRITICAL_EXIT = eINSTANCE.getCriticalExit();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.CallImpl <em>Call</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.CallImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getCall()
		 * @generated
		 */
		EClass CALL = eINSTANCE.getCall();

		/**
		 * The meta object literal for the '<em><b>Code Path</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL__CODE_PATH = eINSTANCE.getCall_CodePath();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.LoopImpl <em>Loop</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.LoopImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLoop()
		 * @generated
		 */
		EClass LOOP = eINSTANCE.getLoop();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOP__COUNT = eINSTANCE.getLoop_Count();

		/**
		 * The meta object literal for the '<em><b>Count Distribution</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOOP__COUNT_DISTRIBUTION = eINSTANCE.getLoop_CountDistribution();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOOP__BODY = eINSTANCE.getLoop_Body();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.BranchImpl <em>Branch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.BranchImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getBranch()
		 * @generated
		 */
		EClass BRANCH = eINSTANCE.getBranch();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRANCH__PROBABILITY = eINSTANCE.getBranch_Probability();

		/**
		 * The meta object literal for the '<em><b>Then Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BRANCH__THEN_STEPS = eINSTANCE.getBranch_ThenSteps();

		/**
		 * The meta object literal for the '<em><b>Else Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BRANCH__ELSE_STEPS = eINSTANCE.getBranch_ElseSteps();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.YieldImpl <em>Yield</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.YieldImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getYield()
		 * @generated
		 */
		EClass YIELD = eINSTANCE.getYield();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.DistributionImpl <em>Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.DistributionImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getDistribution()
		 * @generated
		 */
		EClass DISTRIBUTION = eINSTANCE.getDistribution();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.FixedDistributionImpl <em>Fixed Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.FixedDistributionImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getFixedDistribution()
		 * @generated
		 */
		EClass FIXED_DISTRIBUTION = eINSTANCE.getFixedDistribution();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_DISTRIBUTION__VALUE = eINSTANCE.getFixedDistribution_Value();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.UniformDistributionImpl <em>Uniform Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.UniformDistributionImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getUniformDistribution()
		 * @generated
		 */
		EClass UNIFORM_DISTRIBUTION = eINSTANCE.getUniformDistribution();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_DISTRIBUTION__MIN = eINSTANCE.getUniformDistribution_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_DISTRIBUTION__MAX = eINSTANCE.getUniformDistribution_Max();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.ExponentialDistributionImpl <em>Exponential Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.ExponentialDistributionImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getExponentialDistribution()
		 * @generated
		 */
		EClass EXPONENTIAL_DISTRIBUTION = eINSTANCE.getExponentialDistribution();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPONENTIAL_DISTRIBUTION__MEAN = eINSTANCE.getExponentialDistribution_Mean();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.NormalDistributionImpl <em>Normal Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.NormalDistributionImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getNormalDistribution()
		 * @generated
		 */
		EClass NORMAL_DISTRIBUTION = eINSTANCE.getNormalDistribution();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_DISTRIBUTION__MEAN = eINSTANCE.getNormalDistribution_Mean();

		/**
		 * The meta object literal for the '<em><b>Standard Deviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_DISTRIBUTION__STANDARD_DEVIATION = eINSTANCE.getNormalDistribution_StandardDeviation();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.EmpiricalDistributionImpl <em>Empirical Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.EmpiricalDistributionImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getEmpiricalDistribution()
		 * @generated
		 */
		EClass EMPIRICAL_DISTRIBUTION = eINSTANCE.getEmpiricalDistribution();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPIRICAL_DISTRIBUTION__VALUES = eINSTANCE.getEmpiricalDistribution_Values();

		/**
		 * The meta object literal for the '<em><b>Weights</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPIRICAL_DISTRIBUTION__WEIGHTS = eINSTANCE.getEmpiricalDistribution_Weights();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.ThreadingStatusTableImpl <em>Threading Status Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.ThreadingStatusTableImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getThreadingStatusTable()
		 * @generated
		 */
		EClass THREADING_STATUS_TABLE = eINSTANCE.getThreadingStatusTable();

		/**
		 * The meta object literal for the '<em><b>Library</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREADING_STATUS_TABLE__LIBRARY = eINSTANCE.getThreadingStatusTable_Library();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREADING_STATUS_TABLE__SOURCE = eINSTANCE.getThreadingStatusTable_Source();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THREADING_STATUS_TABLE__ROWS = eINSTANCE.getThreadingStatusTable_Rows();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.impl.PlatformThreadingStatusImpl <em>Platform Threading Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.impl.PlatformThreadingStatusImpl
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getPlatformThreadingStatus()
		 * @generated
		 */
		EClass PLATFORM_THREADING_STATUS = eINSTANCE.getPlatformThreadingStatus();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM_THREADING_STATUS__PLATFORM = eINSTANCE.getPlatformThreadingStatus_Platform();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM_THREADING_STATUS__KERNEL = eINSTANCE.getPlatformThreadingStatus_Kernel();

		/**
		 * The meta object literal for the '<em><b>Userland</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM_THREADING_STATUS__USERLAND = eINSTANCE.getPlatformThreadingStatus_Userland();

		/**
		 * The meta object literal for the '<em><b>Works</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLATFORM_THREADING_STATUS__WORKS = eINSTANCE.getPlatformThreadingStatus_Works();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.LockClassKind <em>Lock Class Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.LockClassKind
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockClassKind()
		 * @generated
		 */
		EEnum LOCK_CLASS_KIND = eINSTANCE.getLockClassKind();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.LockInstances <em>Lock Instances</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.LockInstances
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockInstances()
		 * @generated
		 */
		EEnum LOCK_INSTANCES = eINSTANCE.getLockInstances();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.LockingStatus <em>Locking Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.LockingStatus
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockingStatus()
		 * @generated
		 */
		EEnum LOCKING_STATUS = eINSTANCE.getLockingStatus();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.WorkStatus <em>Work Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.WorkStatus
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getWorkStatus()
		 * @generated
		 */
		EEnum WORK_STATUS = eINSTANCE.getWorkStatus();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.AcquireMode <em>Acquire Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.AcquireMode
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getAcquireMode()
		 * @generated
		 */
		EEnum ACQUIRE_MODE = eINSTANCE.getAcquireMode();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.Platform <em>Platform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.Platform
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getPlatform()
		 * @generated
		 */
		EEnum PLATFORM = eINSTANCE.getPlatform();

		/**
		 * The meta object literal for the '{@link org.smpng.model.kernel.ThreadingLibrary <em>Threading Library</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.ThreadingLibrary
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getThreadingLibrary()
		 * @generated
		 */
		EEnum THREADING_LIBRARY = eINSTANCE.getThreadingLibrary();

	}

} //KernelPackage
