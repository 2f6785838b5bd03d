/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

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
 * What runs on a simulated machine: user processes and their thread groups, interrupt sources and software interrupts.
 * <!-- end-model-doc -->
 * @see org.smpng.model.workload.WorkloadFactory
 * @model kind="package"
 * @generated
 */
public interface WorkloadPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "workload";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://smpng.org/model/workload/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "workload";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WorkloadPackage eINSTANCE = org.smpng.model.workload.impl.WorkloadPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.WorkloadImpl <em>Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.WorkloadImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getWorkload()
	 * @generated
	 */
	int WORKLOAD = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Processes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__PROCESSES = 1;

	/**
	 * The feature id for the '<em><b>Interrupt Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__INTERRUPT_SOURCES = 2;

	/**
	 * The feature id for the '<em><b>Software Interrupts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__SOFTWARE_INTERRUPTS = 3;

	/**
	 * The number of structural features of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.UserProcessImpl <em>User Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.UserProcessImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getUserProcess()
	 * @generated
	 */
	int USER_PROCESS = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_PROCESS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Threading Library</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_PROCESS__THREADING_LIBRARY = 1;

	/**
	 * The feature id for the '<em><b>Thread Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_PROCESS__THREAD_GROUPS = 2;

	/**
	 * The number of structural features of the '<em>User Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_PROCESS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>User Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_PROCESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.UserThreadGroupImpl <em>User Thread Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.UserThreadGroupImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getUserThreadGroup()
	 * @generated
	 */
	int USER_THREAD_GROUP = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_THREAD_GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_THREAD_GROUP__COUNT = 1;

	/**
	 * The feature id for the '<em><b>Priority Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_THREAD_GROUP__PRIORITY_CLASS = 2;

	/**
	 * The feature id for the '<em><b>Nice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_THREAD_GROUP__NICE = 3;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_THREAD_GROUP__OPERATIONS = 4;

	/**
	 * The feature id for the '<em><b>Think Time</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_THREAD_GROUP__THINK_TIME = 5;

	/**
	 * The number of structural features of the '<em>User Thread Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_THREAD_GROUP_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>User Thread Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_THREAD_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.OperationImpl <em>Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.OperationImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getOperation()
	 * @generated
	 */
	int OPERATION = 3;

	/**
	 * The feature id for the '<em><b>Syscall</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__SYSCALL = 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__WEIGHT = 1;

	/**
	 * The number of structural features of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.InterruptSourceImpl <em>Interrupt Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.InterruptSourceImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getInterruptSource()
	 * @generated
	 */
	int INTERRUPT_SOURCE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_SOURCE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_SOURCE__DEVICE = 1;

	/**
	 * The feature id for the '<em><b>Irq Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_SOURCE__IRQ_LINE = 2;

	/**
	 * The feature id for the '<em><b>Arrivals</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_SOURCE__ARRIVALS = 3;

	/**
	 * The number of structural features of the '<em>Interrupt Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_SOURCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interrupt Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.SoftwareInterruptImpl <em>Software Interrupt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.SoftwareInterruptImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getSoftwareInterrupt()
	 * @generated
	 */
	int SOFTWARE_INTERRUPT = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INTERRUPT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INTERRUPT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Mpsafe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INTERRUPT__MPSAFE = 2;

	/**
	 * The feature id for the '<em><b>Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INTERRUPT__CODE_PATH = 3;

	/**
	 * The feature id for the '<em><b>Arrivals</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INTERRUPT__ARRIVALS = 4;

	/**
	 * The number of structural features of the '<em>Software Interrupt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INTERRUPT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Software Interrupt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INTERRUPT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.ArrivalProcessImpl <em>Arrival Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.ArrivalProcessImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getArrivalProcess()
	 * @generated
	 */
	int ARRIVAL_PROCESS = 6;

	/**
	 * The number of structural features of the '<em>Arrival Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRIVAL_PROCESS_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Arrival Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRIVAL_PROCESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.PoissonArrivalsImpl <em>Poisson Arrivals</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.PoissonArrivalsImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getPoissonArrivals()
	 * @generated
	 */
	int POISSON_ARRIVALS = 7;

	/**
	 * The feature id for the '<em><b>Rate Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_ARRIVALS__RATE_PER_SECOND = ARRIVAL_PROCESS_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Poisson Arrivals</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_ARRIVALS_FEATURE_COUNT = ARRIVAL_PROCESS_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Poisson Arrivals</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_ARRIVALS_OPERATION_COUNT = ARRIVAL_PROCESS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.PeriodicArrivalsImpl <em>Periodic Arrivals</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.PeriodicArrivalsImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getPeriodicArrivals()
	 * @generated
	 */
	int PERIODIC_ARRIVALS = 8;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_ARRIVALS__PERIOD = ARRIVAL_PROCESS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Jitter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_ARRIVALS__JITTER = ARRIVAL_PROCESS_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Periodic Arrivals</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_ARRIVALS_FEATURE_COUNT = ARRIVAL_PROCESS_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Periodic Arrivals</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_ARRIVALS_OPERATION_COUNT = ARRIVAL_PROCESS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.impl.BurstyArrivalsImpl <em>Bursty Arrivals</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.impl.BurstyArrivalsImpl
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getBurstyArrivals()
	 * @generated
	 */
	int BURSTY_ARRIVALS = 9;

	/**
	 * The feature id for the '<em><b>Bursts Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BURSTY_ARRIVALS__BURSTS_PER_SECOND = ARRIVAL_PROCESS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Burst Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BURSTY_ARRIVALS__BURST_SIZE = ARRIVAL_PROCESS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BURSTY_ARRIVALS__GAP = ARRIVAL_PROCESS_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Bursty Arrivals</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BURSTY_ARRIVALS_FEATURE_COUNT = ARRIVAL_PROCESS_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Bursty Arrivals</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BURSTY_ARRIVALS_OPERATION_COUNT = ARRIVAL_PROCESS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.PriorityClass <em>Priority Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.PriorityClass
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getPriorityClass()
	 * @generated
	 */
	int PRIORITY_CLASS = 10;

	/**
	 * The meta object id for the '{@link org.smpng.model.workload.SoftwareInterruptKind <em>Software Interrupt Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.workload.SoftwareInterruptKind
	 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getSoftwareInterruptKind()
	 * @generated
	 */
	int SOFTWARE_INTERRUPT_KIND = 11;


	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload</em>'.
	 * @see org.smpng.model.workload.Workload
	 * @generated
	 */
	EClass getWorkload();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.Workload#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.workload.Workload#getName()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.workload.Workload#getProcesses <em>Processes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Processes</em>'.
	 * @see org.smpng.model.workload.Workload#getProcesses()
	 * @see #getWorkload()
	 * @generated
	 */
	EReference getWorkload_Processes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.workload.Workload#getInterruptSources <em>Interrupt Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interrupt Sources</em>'.
	 * @see org.smpng.model.workload.Workload#getInterruptSources()
	 * @see #getWorkload()
	 * @generated
	 */
	EReference getWorkload_InterruptSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.workload.Workload#getSoftwareInterrupts <em>Software Interrupts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Software Interrupts</em>'.
	 * @see org.smpng.model.workload.Workload#getSoftwareInterrupts()
	 * @see #getWorkload()
	 * @generated
	 */
	EReference getWorkload_SoftwareInterrupts();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.UserProcess <em>User Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Process</em>'.
	 * @see org.smpng.model.workload.UserProcess
	 * @generated
	 */
	EClass getUserProcess();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.UserProcess#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.workload.UserProcess#getName()
	 * @see #getUserProcess()
	 * @generated
	 */
	EAttribute getUserProcess_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.UserProcess#getThreadingLibrary <em>Threading Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threading Library</em>'.
	 * @see org.smpng.model.workload.UserProcess#getThreadingLibrary()
	 * @see #getUserProcess()
	 * @generated
	 */
	EAttribute getUserProcess_ThreadingLibrary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.workload.UserProcess#getThreadGroups <em>Thread Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Thread Groups</em>'.
	 * @see org.smpng.model.workload.UserProcess#getThreadGroups()
	 * @see #getUserProcess()
	 * @generated
	 */
	EReference getUserProcess_ThreadGroups();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.UserThreadGroup <em>User Thread Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Thread Group</em>'.
	 * @see org.smpng.model.workload.UserThreadGroup
	 * @generated
	 */
	EClass getUserThreadGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.UserThreadGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.workload.UserThreadGroup#getName()
	 * @see #getUserThreadGroup()
	 * @generated
	 */
	EAttribute getUserThreadGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.UserThreadGroup#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.smpng.model.workload.UserThreadGroup#getCount()
	 * @see #getUserThreadGroup()
	 * @generated
	 */
	EAttribute getUserThreadGroup_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.UserThreadGroup#getPriorityClass <em>Priority Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority Class</em>'.
	 * @see org.smpng.model.workload.UserThreadGroup#getPriorityClass()
	 * @see #getUserThreadGroup()
	 * @generated
	 */
	EAttribute getUserThreadGroup_PriorityClass();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.UserThreadGroup#getNice <em>Nice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nice</em>'.
	 * @see org.smpng.model.workload.UserThreadGroup#getNice()
	 * @see #getUserThreadGroup()
	 * @generated
	 */
	EAttribute getUserThreadGroup_Nice();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.workload.UserThreadGroup#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.smpng.model.workload.UserThreadGroup#getOperations()
	 * @see #getUserThreadGroup()
	 * @generated
	 */
	EReference getUserThreadGroup_Operations();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.workload.UserThreadGroup#getThinkTime <em>Think Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Think Time</em>'.
	 * @see org.smpng.model.workload.UserThreadGroup#getThinkTime()
	 * @see #getUserThreadGroup()
	 * @generated
	 */
	EReference getUserThreadGroup_ThinkTime();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.Operation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation</em>'.
	 * @see org.smpng.model.workload.Operation
	 * @generated
	 */
	EClass getOperation();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.workload.Operation#getSyscall <em>Syscall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Syscall</em>'.
	 * @see org.smpng.model.workload.Operation#getSyscall()
	 * @see #getOperation()
	 * @generated
	 */
	EReference getOperation_Syscall();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.Operation#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.smpng.model.workload.Operation#getWeight()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_Weight();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.InterruptSource <em>Interrupt Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interrupt Source</em>'.
	 * @see org.smpng.model.workload.InterruptSource
	 * @generated
	 */
	EClass getInterruptSource();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.InterruptSource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.workload.InterruptSource#getName()
	 * @see #getInterruptSource()
	 * @generated
	 */
	EAttribute getInterruptSource_Name();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.workload.InterruptSource#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.smpng.model.workload.InterruptSource#getDevice()
	 * @see #getInterruptSource()
	 * @generated
	 */
	EReference getInterruptSource_Device();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.workload.InterruptSource#getIrqLine <em>Irq Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Irq Line</em>'.
	 * @see org.smpng.model.workload.InterruptSource#getIrqLine()
	 * @see #getInterruptSource()
	 * @generated
	 */
	EReference getInterruptSource_IrqLine();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.workload.InterruptSource#getArrivals <em>Arrivals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Arrivals</em>'.
	 * @see org.smpng.model.workload.InterruptSource#getArrivals()
	 * @see #getInterruptSource()
	 * @generated
	 */
	EReference getInterruptSource_Arrivals();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.SoftwareInterrupt <em>Software Interrupt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Software Interrupt</em>'.
	 * @see org.smpng.model.workload.SoftwareInterrupt
	 * @generated
	 */
	EClass getSoftwareInterrupt();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.SoftwareInterrupt#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.workload.SoftwareInterrupt#getName()
	 * @see #getSoftwareInterrupt()
	 * @generated
	 */
	EAttribute getSoftwareInterrupt_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.SoftwareInterrupt#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.smpng.model.workload.SoftwareInterrupt#getKind()
	 * @see #getSoftwareInterrupt()
	 * @generated
	 */
	EAttribute getSoftwareInterrupt_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.SoftwareInterrupt#isMpsafe <em>Mpsafe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mpsafe</em>'.
	 * @see org.smpng.model.workload.SoftwareInterrupt#isMpsafe()
	 * @see #getSoftwareInterrupt()
	 * @generated
	 */
	EAttribute getSoftwareInterrupt_Mpsafe();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.workload.SoftwareInterrupt#getCodePath <em>Code Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code Path</em>'.
	 * @see org.smpng.model.workload.SoftwareInterrupt#getCodePath()
	 * @see #getSoftwareInterrupt()
	 * @generated
	 */
	EReference getSoftwareInterrupt_CodePath();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.workload.SoftwareInterrupt#getArrivals <em>Arrivals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Arrivals</em>'.
	 * @see org.smpng.model.workload.SoftwareInterrupt#getArrivals()
	 * @see #getSoftwareInterrupt()
	 * @generated
	 */
	EReference getSoftwareInterrupt_Arrivals();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.ArrivalProcess <em>Arrival Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arrival Process</em>'.
	 * @see org.smpng.model.workload.ArrivalProcess
	 * @generated
	 */
	EClass getArrivalProcess();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.PoissonArrivals <em>Poisson Arrivals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Poisson Arrivals</em>'.
	 * @see org.smpng.model.workload.PoissonArrivals
	 * @generated
	 */
	EClass getPoissonArrivals();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.PoissonArrivals#getRatePerSecond <em>Rate Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate Per Second</em>'.
	 * @see org.smpng.model.workload.PoissonArrivals#getRatePerSecond()
	 * @see #getPoissonArrivals()
	 * @generated
	 */
	EAttribute getPoissonArrivals_RatePerSecond();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.PeriodicArrivals <em>Periodic Arrivals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Periodic Arrivals</em>'.
	 * @see org.smpng.model.workload.PeriodicArrivals
	 * @generated
	 */
	EClass getPeriodicArrivals();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.PeriodicArrivals#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.smpng.model.workload.PeriodicArrivals#getPeriod()
	 * @see #getPeriodicArrivals()
	 * @generated
	 */
	EAttribute getPeriodicArrivals_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.PeriodicArrivals#getJitter <em>Jitter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jitter</em>'.
	 * @see org.smpng.model.workload.PeriodicArrivals#getJitter()
	 * @see #getPeriodicArrivals()
	 * @generated
	 */
	EAttribute getPeriodicArrivals_Jitter();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.workload.BurstyArrivals <em>Bursty Arrivals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bursty Arrivals</em>'.
	 * @see org.smpng.model.workload.BurstyArrivals
	 * @generated
	 */
	EClass getBurstyArrivals();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.BurstyArrivals#getBurstsPerSecond <em>Bursts Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bursts Per Second</em>'.
	 * @see org.smpng.model.workload.BurstyArrivals#getBurstsPerSecond()
	 * @see #getBurstyArrivals()
	 * @generated
	 */
	EAttribute getBurstyArrivals_BurstsPerSecond();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.BurstyArrivals#getBurstSize <em>Burst Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Burst Size</em>'.
	 * @see org.smpng.model.workload.BurstyArrivals#getBurstSize()
	 * @see #getBurstyArrivals()
	 * @generated
	 */
	EAttribute getBurstyArrivals_BurstSize();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.workload.BurstyArrivals#getGap <em>Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gap</em>'.
	 * @see org.smpng.model.workload.BurstyArrivals#getGap()
	 * @see #getBurstyArrivals()
	 * @generated
	 */
	EAttribute getBurstyArrivals_Gap();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.workload.PriorityClass <em>Priority Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority Class</em>'.
	 * @see org.smpng.model.workload.PriorityClass
	 * @generated
	 */
	EEnum getPriorityClass();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.workload.SoftwareInterruptKind <em>Software Interrupt Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Software Interrupt Kind</em>'.
	 * @see org.smpng.model.workload.SoftwareInterruptKind
	 * @generated
	 */
	EEnum getSoftwareInterruptKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	WorkloadFactory getWorkloadFactory();

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
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.WorkloadImpl <em>Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.WorkloadImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getWorkload()
		 * @generated
		 */
		EClass WORKLOAD = eINSTANCE.getWorkload();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__NAME = eINSTANCE.getWorkload_Name();

		/**
		 * The meta object literal for the '<em><b>Processes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD__PROCESSES = eINSTANCE.getWorkload_Processes();

		/**
		 * The meta object literal for the '<em><b>Interrupt Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD__INTERRUPT_SOURCES = eINSTANCE.getWorkload_InterruptSources();

		/**
		 * The meta object literal for the '<em><b>Software Interrupts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD__SOFTWARE_INTERRUPTS = eINSTANCE.getWorkload_SoftwareInterrupts();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.UserProcessImpl <em>User Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.UserProcessImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getUserProcess()
		 * @generated
		 */
		EClass USER_PROCESS = eINSTANCE.getUserProcess();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_PROCESS__NAME = eINSTANCE.getUserProcess_Name();

		/**
		 * The meta object literal for the '<em><b>Threading Library</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_PROCESS__THREADING_LIBRARY = eINSTANCE.getUserProcess_ThreadingLibrary();

		/**
		 * The meta object literal for the '<em><b>Thread Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_PROCESS__THREAD_GROUPS = eINSTANCE.getUserProcess_ThreadGroups();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.UserThreadGroupImpl <em>User Thread Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.UserThreadGroupImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getUserThreadGroup()
		 * @generated
		 */
		EClass USER_THREAD_GROUP = eINSTANCE.getUserThreadGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_THREAD_GROUP__NAME = eINSTANCE.getUserThreadGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_THREAD_GROUP__COUNT = eINSTANCE.getUserThreadGroup_Count();

		/**
		 * The meta object literal for the '<em><b>Priority Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_THREAD_GROUP__PRIORITY_CLASS = eINSTANCE.getUserThreadGroup_PriorityClass();

		/**
		 * The meta object literal for the '<em><b>Nice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_THREAD_GROUP__NICE = eINSTANCE.getUserThreadGroup_Nice();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_THREAD_GROUP__OPERATIONS = eINSTANCE.getUserThreadGroup_Operations();

		/**
		 * The meta object literal for the '<em><b>Think Time</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_THREAD_GROUP__THINK_TIME = eINSTANCE.getUserThreadGroup_ThinkTime();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.OperationImpl <em>Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.OperationImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getOperation()
		 * @generated
		 */
		EClass OPERATION = eINSTANCE.getOperation();

		/**
		 * The meta object literal for the '<em><b>Syscall</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION__SYSCALL = eINSTANCE.getOperation_Syscall();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__WEIGHT = eINSTANCE.getOperation_Weight();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.InterruptSourceImpl <em>Interrupt Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.InterruptSourceImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getInterruptSource()
		 * @generated
		 */
		EClass INTERRUPT_SOURCE = eINSTANCE.getInterruptSource();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT_SOURCE__NAME = eINSTANCE.getInterruptSource_Name();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERRUPT_SOURCE__DEVICE = eINSTANCE.getInterruptSource_Device();

		/**
		 * The meta object literal for the '<em><b>Irq Line</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERRUPT_SOURCE__IRQ_LINE = eINSTANCE.getInterruptSource_IrqLine();

		/**
		 * The meta object literal for the '<em><b>Arrivals</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERRUPT_SOURCE__ARRIVALS = eINSTANCE.getInterruptSource_Arrivals();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.SoftwareInterruptImpl <em>Software Interrupt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.SoftwareInterruptImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getSoftwareInterrupt()
		 * @generated
		 */
		EClass SOFTWARE_INTERRUPT = eINSTANCE.getSoftwareInterrupt();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_INTERRUPT__NAME = eINSTANCE.getSoftwareInterrupt_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_INTERRUPT__KIND = eINSTANCE.getSoftwareInterrupt_Kind();

		/**
		 * The meta object literal for the '<em><b>Mpsafe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_INTERRUPT__MPSAFE = eINSTANCE.getSoftwareInterrupt_Mpsafe();

		/**
		 * The meta object literal for the '<em><b>Code Path</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_INTERRUPT__CODE_PATH = eINSTANCE.getSoftwareInterrupt_CodePath();

		/**
		 * The meta object literal for the '<em><b>Arrivals</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_INTERRUPT__ARRIVALS = eINSTANCE.getSoftwareInterrupt_Arrivals();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.ArrivalProcessImpl <em>Arrival Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.ArrivalProcessImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getArrivalProcess()
		 * @generated
		 */
		EClass ARRIVAL_PROCESS = eINSTANCE.getArrivalProcess();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.PoissonArrivalsImpl <em>Poisson Arrivals</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.PoissonArrivalsImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getPoissonArrivals()
		 * @generated
		 */
		EClass POISSON_ARRIVALS = eINSTANCE.getPoissonArrivals();

		/**
		 * The meta object literal for the '<em><b>Rate Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POISSON_ARRIVALS__RATE_PER_SECOND = eINSTANCE.getPoissonArrivals_RatePerSecond();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.PeriodicArrivalsImpl <em>Periodic Arrivals</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.PeriodicArrivalsImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getPeriodicArrivals()
		 * @generated
		 */
		EClass PERIODIC_ARRIVALS = eINSTANCE.getPeriodicArrivals();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIODIC_ARRIVALS__PERIOD = eINSTANCE.getPeriodicArrivals_Period();

		/**
		 * The meta object literal for the '<em><b>Jitter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIODIC_ARRIVALS__JITTER = eINSTANCE.getPeriodicArrivals_Jitter();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.impl.BurstyArrivalsImpl <em>Bursty Arrivals</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.impl.BurstyArrivalsImpl
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getBurstyArrivals()
		 * @generated
		 */
		EClass BURSTY_ARRIVALS = eINSTANCE.getBurstyArrivals();

		/**
		 * The meta object literal for the '<em><b>Bursts Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BURSTY_ARRIVALS__BURSTS_PER_SECOND = eINSTANCE.getBurstyArrivals_BurstsPerSecond();

		/**
		 * The meta object literal for the '<em><b>Burst Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BURSTY_ARRIVALS__BURST_SIZE = eINSTANCE.getBurstyArrivals_BurstSize();

		/**
		 * The meta object literal for the '<em><b>Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BURSTY_ARRIVALS__GAP = eINSTANCE.getBurstyArrivals_Gap();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.PriorityClass <em>Priority Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.PriorityClass
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getPriorityClass()
		 * @generated
		 */
		EEnum PRIORITY_CLASS = eINSTANCE.getPriorityClass();

		/**
		 * The meta object literal for the '{@link org.smpng.model.workload.SoftwareInterruptKind <em>Software Interrupt Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.workload.SoftwareInterruptKind
		 * @see org.smpng.model.workload.impl.WorkloadPackageImpl#getSoftwareInterruptKind()
		 * @generated
		 */
		EEnum SOFTWARE_INTERRUPT_KIND = eINSTANCE.getSoftwareInterruptKind();

	}

} //WorkloadPackage
