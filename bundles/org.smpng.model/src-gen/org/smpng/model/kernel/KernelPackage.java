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
 * The static locking facts of a FreeBSD SMPng kernel: lock classes, lock types, the WITNESS order lists and the blessed pairs.
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
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KERNEL_MODEL_FEATURE_COUNT = 8;

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
	 * The number of structural features of the '<em>Lock Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_TYPE_FEATURE_COUNT = 6;

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
	 * The meta object id for the '{@link org.smpng.model.kernel.LockClassKind <em>Lock Class Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.kernel.LockClassKind
	 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockClassKind()
	 * @generated
	 */
	int LOCK_CLASS_KIND = 7;


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
	 * Returns the meta object for enum '{@link org.smpng.model.kernel.LockClassKind <em>Lock Class Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lock Class Kind</em>'.
	 * @see org.smpng.model.kernel.LockClassKind
	 * @generated
	 */
	EEnum getLockClassKind();

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
		 * The meta object literal for the '{@link org.smpng.model.kernel.LockClassKind <em>Lock Class Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.kernel.LockClassKind
		 * @see org.smpng.model.kernel.impl.KernelPackageImpl#getLockClassKind()
		 * @generated
		 */
		EEnum LOCK_CLASS_KIND = eINSTANCE.getLockClassKind();

	}

} //KernelPackage
