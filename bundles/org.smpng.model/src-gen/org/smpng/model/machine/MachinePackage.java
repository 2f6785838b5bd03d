/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

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
 * The hardware a simulated kernel runs on: CPU topology, APICs, IRQ lines and devices with their interrupt handlers.
 * <!-- end-model-doc -->
 * @see org.smpng.model.machine.MachineFactory
 * @model kind="package"
 * @generated
 */
public interface MachinePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "machine";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://smpng.org/model/machine/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "machine";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MachinePackage eINSTANCE = org.smpng.model.machine.impl.MachinePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.MachineImpl <em>Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.MachineImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getMachine()
	 * @generated
	 */
	int MACHINE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__PLATFORM = 1;

	/**
	 * The feature id for the '<em><b>Packages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__PACKAGES = 2;

	/**
	 * The feature id for the '<em><b>Cache Line Costs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__CACHE_LINE_COSTS = 3;

	/**
	 * The feature id for the '<em><b>Io Apics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__IO_APICS = 4;

	/**
	 * The feature id for the '<em><b>Irq Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__IRQ_LINES = 5;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__DEVICES = 6;

	/**
	 * The number of structural features of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.CpuPackageImpl <em>Cpu Package</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.CpuPackageImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getCpuPackage()
	 * @generated
	 */
	int CPU_PACKAGE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PACKAGE__ID = 0;

	/**
	 * The feature id for the '<em><b>Cores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PACKAGE__CORES = 1;

	/**
	 * The number of structural features of the '<em>Cpu Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PACKAGE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Cpu Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_PACKAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.CoreImpl <em>Core</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.CoreImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getCore()
	 * @generated
	 */
	int CORE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE__ID = 0;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE__THREADS = 1;

	/**
	 * The number of structural features of the '<em>Core</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Core</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.LogicalCpuImpl <em>Logical Cpu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.LogicalCpuImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getLogicalCpu()
	 * @generated
	 */
	int LOGICAL_CPU = 3;

	/**
	 * The feature id for the '<em><b>Cpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU__CPU_ID = 0;

	/**
	 * The feature id for the '<em><b>Local Apic</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU__LOCAL_APIC = 1;

	/**
	 * The number of structural features of the '<em>Logical Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Logical Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.LocalApicImpl <em>Local Apic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.LocalApicImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getLocalApic()
	 * @generated
	 */
	int LOCAL_APIC = 4;

	/**
	 * The feature id for the '<em><b>Apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_APIC__APIC_ID = 0;

	/**
	 * The number of structural features of the '<em>Local Apic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_APIC_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Local Apic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_APIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.CacheLineCostsImpl <em>Cache Line Costs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.CacheLineCostsImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getCacheLineCosts()
	 * @generated
	 */
	int CACHE_LINE_COSTS = 5;

	/**
	 * The feature id for the '<em><b>Same Core</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_LINE_COSTS__SAME_CORE = 0;

	/**
	 * The feature id for the '<em><b>Same Package</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_LINE_COSTS__SAME_PACKAGE = 1;

	/**
	 * The feature id for the '<em><b>Cross Package</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_LINE_COSTS__CROSS_PACKAGE = 2;

	/**
	 * The number of structural features of the '<em>Cache Line Costs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_LINE_COSTS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cache Line Costs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_LINE_COSTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.IoApicImpl <em>Io Apic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.IoApicImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getIoApic()
	 * @generated
	 */
	int IO_APIC = 6;

	/**
	 * The feature id for the '<em><b>Apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC__APIC_ID = 0;

	/**
	 * The feature id for the '<em><b>Pins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC__PINS = 1;

	/**
	 * The number of structural features of the '<em>Io Apic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Io Apic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.IoApicPinImpl <em>Io Apic Pin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.IoApicPinImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getIoApicPin()
	 * @generated
	 */
	int IO_APIC_PIN = 7;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC_PIN__NUMBER = 0;

	/**
	 * The number of structural features of the '<em>Io Apic Pin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC_PIN_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Io Apic Pin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC_PIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.IrqLineImpl <em>Irq Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.IrqLineImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getIrqLine()
	 * @generated
	 */
	int IRQ_LINE = 8;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_LINE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_LINE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_LINE__SHARED = 2;

	/**
	 * The feature id for the '<em><b>Pin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_LINE__PIN = 3;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_LINE__ROUTING = 4;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_LINE__TARGETS = 5;

	/**
	 * The number of structural features of the '<em>Irq Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_LINE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Irq Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IRQ_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.DeviceImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Irq Lines</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__IRQ_LINES = 2;

	/**
	 * The feature id for the '<em><b>Handlers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__HANDLERS = 3;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.impl.InterruptHandlerImpl <em>Interrupt Handler</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.impl.InterruptHandlerImpl
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getInterruptHandler()
	 * @generated
	 */
	int INTERRUPT_HANDLER = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_HANDLER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_HANDLER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Mpsafe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_HANDLER__MPSAFE = 2;

	/**
	 * The feature id for the '<em><b>Irq Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_HANDLER__IRQ_LINE = 3;

	/**
	 * The feature id for the '<em><b>Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_HANDLER__CODE_PATH = 4;

	/**
	 * The feature id for the '<em><b>Filter Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_HANDLER__FILTER_CODE_PATH = 5;

	/**
	 * The number of structural features of the '<em>Interrupt Handler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_HANDLER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Interrupt Handler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_HANDLER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.IrqKind <em>Irq Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.IrqKind
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getIrqKind()
	 * @generated
	 */
	int IRQ_KIND = 11;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.RoutingPolicy <em>Routing Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.RoutingPolicy
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getRoutingPolicy()
	 * @generated
	 */
	int ROUTING_POLICY = 12;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.DeviceKind <em>Device Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.DeviceKind
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getDeviceKind()
	 * @generated
	 */
	int DEVICE_KIND = 13;

	/**
	 * The meta object id for the '{@link org.smpng.model.machine.HandlerKind <em>Handler Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.smpng.model.machine.HandlerKind
	 * @see org.smpng.model.machine.impl.MachinePackageImpl#getHandlerKind()
	 * @generated
	 */
	int HANDLER_KIND = 14;


	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.Machine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Machine</em>'.
	 * @see org.smpng.model.machine.Machine
	 * @generated
	 */
	EClass getMachine();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.Machine#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.machine.Machine#getName()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.Machine#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform</em>'.
	 * @see org.smpng.model.machine.Machine#getPlatform()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Platform();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.machine.Machine#getPackages <em>Packages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Packages</em>'.
	 * @see org.smpng.model.machine.Machine#getPackages()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Packages();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.machine.Machine#getCacheLineCosts <em>Cache Line Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cache Line Costs</em>'.
	 * @see org.smpng.model.machine.Machine#getCacheLineCosts()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_CacheLineCosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.machine.Machine#getIoApics <em>Io Apics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Io Apics</em>'.
	 * @see org.smpng.model.machine.Machine#getIoApics()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_IoApics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.machine.Machine#getIrqLines <em>Irq Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Irq Lines</em>'.
	 * @see org.smpng.model.machine.Machine#getIrqLines()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_IrqLines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.machine.Machine#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see org.smpng.model.machine.Machine#getDevices()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Devices();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.CpuPackage <em>Cpu Package</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cpu Package</em>'.
	 * @see org.smpng.model.machine.CpuPackage
	 * @generated
	 */
	EClass getCpuPackage();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.CpuPackage#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.smpng.model.machine.CpuPackage#getId()
	 * @see #getCpuPackage()
	 * @generated
	 */
	EAttribute getCpuPackage_Id();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.machine.CpuPackage#getCores <em>Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cores</em>'.
	 * @see org.smpng.model.machine.CpuPackage#getCores()
	 * @see #getCpuPackage()
	 * @generated
	 */
	EReference getCpuPackage_Cores();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.Core <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Core</em>'.
	 * @see org.smpng.model.machine.Core
	 * @generated
	 */
	EClass getCore();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.Core#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.smpng.model.machine.Core#getId()
	 * @see #getCore()
	 * @generated
	 */
	EAttribute getCore_Id();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.machine.Core#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Threads</em>'.
	 * @see org.smpng.model.machine.Core#getThreads()
	 * @see #getCore()
	 * @generated
	 */
	EReference getCore_Threads();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.LogicalCpu <em>Logical Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Logical Cpu</em>'.
	 * @see org.smpng.model.machine.LogicalCpu
	 * @generated
	 */
	EClass getLogicalCpu();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.LogicalCpu#getCpuId <em>Cpu Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Id</em>'.
	 * @see org.smpng.model.machine.LogicalCpu#getCpuId()
	 * @see #getLogicalCpu()
	 * @generated
	 */
	EAttribute getLogicalCpu_CpuId();

	/**
	 * Returns the meta object for the containment reference '{@link org.smpng.model.machine.LogicalCpu#getLocalApic <em>Local Apic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Local Apic</em>'.
	 * @see org.smpng.model.machine.LogicalCpu#getLocalApic()
	 * @see #getLogicalCpu()
	 * @generated
	 */
	EReference getLogicalCpu_LocalApic();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.LocalApic <em>Local Apic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Apic</em>'.
	 * @see org.smpng.model.machine.LocalApic
	 * @generated
	 */
	EClass getLocalApic();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.LocalApic#getApicId <em>Apic Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Apic Id</em>'.
	 * @see org.smpng.model.machine.LocalApic#getApicId()
	 * @see #getLocalApic()
	 * @generated
	 */
	EAttribute getLocalApic_ApicId();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.CacheLineCosts <em>Cache Line Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cache Line Costs</em>'.
	 * @see org.smpng.model.machine.CacheLineCosts
	 * @generated
	 */
	EClass getCacheLineCosts();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.CacheLineCosts#getSameCore <em>Same Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Same Core</em>'.
	 * @see org.smpng.model.machine.CacheLineCosts#getSameCore()
	 * @see #getCacheLineCosts()
	 * @generated
	 */
	EAttribute getCacheLineCosts_SameCore();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.CacheLineCosts#getSamePackage <em>Same Package</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Same Package</em>'.
	 * @see org.smpng.model.machine.CacheLineCosts#getSamePackage()
	 * @see #getCacheLineCosts()
	 * @generated
	 */
	EAttribute getCacheLineCosts_SamePackage();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.CacheLineCosts#getCrossPackage <em>Cross Package</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cross Package</em>'.
	 * @see org.smpng.model.machine.CacheLineCosts#getCrossPackage()
	 * @see #getCacheLineCosts()
	 * @generated
	 */
	EAttribute getCacheLineCosts_CrossPackage();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.IoApic <em>Io Apic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Io Apic</em>'.
	 * @see org.smpng.model.machine.IoApic
	 * @generated
	 */
	EClass getIoApic();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.IoApic#getApicId <em>Apic Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Apic Id</em>'.
	 * @see org.smpng.model.machine.IoApic#getApicId()
	 * @see #getIoApic()
	 * @generated
	 */
	EAttribute getIoApic_ApicId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.machine.IoApic#getPins <em>Pins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pins</em>'.
	 * @see org.smpng.model.machine.IoApic#getPins()
	 * @see #getIoApic()
	 * @generated
	 */
	EReference getIoApic_Pins();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.IoApicPin <em>Io Apic Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Io Apic Pin</em>'.
	 * @see org.smpng.model.machine.IoApicPin
	 * @generated
	 */
	EClass getIoApicPin();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.IoApicPin#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.smpng.model.machine.IoApicPin#getNumber()
	 * @see #getIoApicPin()
	 * @generated
	 */
	EAttribute getIoApicPin_Number();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.IrqLine <em>Irq Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Irq Line</em>'.
	 * @see org.smpng.model.machine.IrqLine
	 * @generated
	 */
	EClass getIrqLine();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.IrqLine#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.smpng.model.machine.IrqLine#getNumber()
	 * @see #getIrqLine()
	 * @generated
	 */
	EAttribute getIrqLine_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.IrqLine#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.smpng.model.machine.IrqLine#getKind()
	 * @see #getIrqLine()
	 * @generated
	 */
	EAttribute getIrqLine_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.IrqLine#isShared <em>Shared</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared</em>'.
	 * @see org.smpng.model.machine.IrqLine#isShared()
	 * @see #getIrqLine()
	 * @generated
	 */
	EAttribute getIrqLine_Shared();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.machine.IrqLine#getPin <em>Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pin</em>'.
	 * @see org.smpng.model.machine.IrqLine#getPin()
	 * @see #getIrqLine()
	 * @generated
	 */
	EReference getIrqLine_Pin();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.IrqLine#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.smpng.model.machine.IrqLine#getRouting()
	 * @see #getIrqLine()
	 * @generated
	 */
	EAttribute getIrqLine_Routing();

	/**
	 * Returns the meta object for the reference list '{@link org.smpng.model.machine.IrqLine#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see org.smpng.model.machine.IrqLine#getTargets()
	 * @see #getIrqLine()
	 * @generated
	 */
	EReference getIrqLine_Targets();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see org.smpng.model.machine.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.Device#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.machine.Device#getName()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.Device#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.smpng.model.machine.Device#getKind()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.smpng.model.machine.Device#getIrqLines <em>Irq Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Irq Lines</em>'.
	 * @see org.smpng.model.machine.Device#getIrqLines()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_IrqLines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.smpng.model.machine.Device#getHandlers <em>Handlers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Handlers</em>'.
	 * @see org.smpng.model.machine.Device#getHandlers()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Handlers();

	/**
	 * Returns the meta object for class '{@link org.smpng.model.machine.InterruptHandler <em>Interrupt Handler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interrupt Handler</em>'.
	 * @see org.smpng.model.machine.InterruptHandler
	 * @generated
	 */
	EClass getInterruptHandler();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.InterruptHandler#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.smpng.model.machine.InterruptHandler#getName()
	 * @see #getInterruptHandler()
	 * @generated
	 */
	EAttribute getInterruptHandler_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.InterruptHandler#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.smpng.model.machine.InterruptHandler#getKind()
	 * @see #getInterruptHandler()
	 * @generated
	 */
	EAttribute getInterruptHandler_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.smpng.model.machine.InterruptHandler#isMpsafe <em>Mpsafe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mpsafe</em>'.
	 * @see org.smpng.model.machine.InterruptHandler#isMpsafe()
	 * @see #getInterruptHandler()
	 * @generated
	 */
	EAttribute getInterruptHandler_Mpsafe();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.machine.InterruptHandler#getIrqLine <em>Irq Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Irq Line</em>'.
	 * @see org.smpng.model.machine.InterruptHandler#getIrqLine()
	 * @see #getInterruptHandler()
	 * @generated
	 */
	EReference getInterruptHandler_IrqLine();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.machine.InterruptHandler#getCodePath <em>Code Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code Path</em>'.
	 * @see org.smpng.model.machine.InterruptHandler#getCodePath()
	 * @see #getInterruptHandler()
	 * @generated
	 */
	EReference getInterruptHandler_CodePath();

	/**
	 * Returns the meta object for the reference '{@link org.smpng.model.machine.InterruptHandler#getFilterCodePath <em>Filter Code Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Filter Code Path</em>'.
	 * @see org.smpng.model.machine.InterruptHandler#getFilterCodePath()
	 * @see #getInterruptHandler()
	 * @generated
	 */
	EReference getInterruptHandler_FilterCodePath();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.machine.IrqKind <em>Irq Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Irq Kind</em>'.
	 * @see org.smpng.model.machine.IrqKind
	 * @generated
	 */
	EEnum getIrqKind();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.machine.RoutingPolicy <em>Routing Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Routing Policy</em>'.
	 * @see org.smpng.model.machine.RoutingPolicy
	 * @generated
	 */
	EEnum getRoutingPolicy();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.machine.DeviceKind <em>Device Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Kind</em>'.
	 * @see org.smpng.model.machine.DeviceKind
	 * @generated
	 */
	EEnum getDeviceKind();

	/**
	 * Returns the meta object for enum '{@link org.smpng.model.machine.HandlerKind <em>Handler Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Handler Kind</em>'.
	 * @see org.smpng.model.machine.HandlerKind
	 * @generated
	 */
	EEnum getHandlerKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MachineFactory getMachineFactory();

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
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.MachineImpl <em>Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.MachineImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getMachine()
		 * @generated
		 */
		EClass MACHINE = eINSTANCE.getMachine();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__NAME = eINSTANCE.getMachine_Name();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__PLATFORM = eINSTANCE.getMachine_Platform();

		/**
		 * The meta object literal for the '<em><b>Packages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__PACKAGES = eINSTANCE.getMachine_Packages();

		/**
		 * The meta object literal for the '<em><b>Cache Line Costs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__CACHE_LINE_COSTS = eINSTANCE.getMachine_CacheLineCosts();

		/**
		 * The meta object literal for the '<em><b>Io Apics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__IO_APICS = eINSTANCE.getMachine_IoApics();

		/**
		 * The meta object literal for the '<em><b>Irq Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__IRQ_LINES = eINSTANCE.getMachine_IrqLines();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__DEVICES = eINSTANCE.getMachine_Devices();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.CpuPackageImpl <em>Cpu Package</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.CpuPackageImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getCpuPackage()
		 * @generated
		 */
		EClass CPU_PACKAGE = eINSTANCE.getCpuPackage();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_PACKAGE__ID = eINSTANCE.getCpuPackage_Id();

		/**
		 * The meta object literal for the '<em><b>Cores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CPU_PACKAGE__CORES = eINSTANCE.getCpuPackage_Cores();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.CoreImpl <em>Core</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.CoreImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getCore()
		 * @generated
		 */
		EClass CORE = eINSTANCE.getCore();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORE__ID = eINSTANCE.getCore_Id();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORE__THREADS = eINSTANCE.getCore_Threads();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.LogicalCpuImpl <em>Logical Cpu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.LogicalCpuImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getLogicalCpu()
		 * @generated
		 */
		EClass LOGICAL_CPU = eINSTANCE.getLogicalCpu();

		/**
		 * The meta object literal for the '<em><b>Cpu Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_CPU__CPU_ID = eINSTANCE.getLogicalCpu_CpuId();

		/**
		 * The meta object literal for the '<em><b>Local Apic</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOGICAL_CPU__LOCAL_APIC = eINSTANCE.getLogicalCpu_LocalApic();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.LocalApicImpl <em>Local Apic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.LocalApicImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getLocalApic()
		 * @generated
		 */
		EClass LOCAL_APIC = eINSTANCE.getLocalApic();

		/**
		 * The meta object literal for the '<em><b>Apic Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_APIC__APIC_ID = eINSTANCE.getLocalApic_ApicId();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.CacheLineCostsImpl <em>Cache Line Costs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.CacheLineCostsImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getCacheLineCosts()
		 * @generated
		 */
		EClass CACHE_LINE_COSTS = eINSTANCE.getCacheLineCosts();

		/**
		 * The meta object literal for the '<em><b>Same Core</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_LINE_COSTS__SAME_CORE = eINSTANCE.getCacheLineCosts_SameCore();

		/**
		 * The meta object literal for the '<em><b>Same Package</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_LINE_COSTS__SAME_PACKAGE = eINSTANCE.getCacheLineCosts_SamePackage();

		/**
		 * The meta object literal for the '<em><b>Cross Package</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_LINE_COSTS__CROSS_PACKAGE = eINSTANCE.getCacheLineCosts_CrossPackage();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.IoApicImpl <em>Io Apic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.IoApicImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getIoApic()
		 * @generated
		 */
		EClass IO_APIC = eINSTANCE.getIoApic();

		/**
		 * The meta object literal for the '<em><b>Apic Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_APIC__APIC_ID = eINSTANCE.getIoApic_ApicId();

		/**
		 * The meta object literal for the '<em><b>Pins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IO_APIC__PINS = eINSTANCE.getIoApic_Pins();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.IoApicPinImpl <em>Io Apic Pin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.IoApicPinImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getIoApicPin()
		 * @generated
		 */
		EClass IO_APIC_PIN = eINSTANCE.getIoApicPin();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_APIC_PIN__NUMBER = eINSTANCE.getIoApicPin_Number();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.IrqLineImpl <em>Irq Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.IrqLineImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getIrqLine()
		 * @generated
		 */
		EClass IRQ_LINE = eINSTANCE.getIrqLine();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_LINE__NUMBER = eINSTANCE.getIrqLine_Number();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_LINE__KIND = eINSTANCE.getIrqLine_Kind();

		/**
		 * The meta object literal for the '<em><b>Shared</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_LINE__SHARED = eINSTANCE.getIrqLine_Shared();

		/**
		 * The meta object literal for the '<em><b>Pin</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IRQ_LINE__PIN = eINSTANCE.getIrqLine_Pin();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IRQ_LINE__ROUTING = eINSTANCE.getIrqLine_Routing();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IRQ_LINE__TARGETS = eINSTANCE.getIrqLine_Targets();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.DeviceImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__NAME = eINSTANCE.getDevice_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__KIND = eINSTANCE.getDevice_Kind();

		/**
		 * The meta object literal for the '<em><b>Irq Lines</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__IRQ_LINES = eINSTANCE.getDevice_IrqLines();

		/**
		 * The meta object literal for the '<em><b>Handlers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__HANDLERS = eINSTANCE.getDevice_Handlers();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.impl.InterruptHandlerImpl <em>Interrupt Handler</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.impl.InterruptHandlerImpl
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getInterruptHandler()
		 * @generated
		 */
		EClass INTERRUPT_HANDLER = eINSTANCE.getInterruptHandler();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT_HANDLER__NAME = eINSTANCE.getInterruptHandler_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT_HANDLER__KIND = eINSTANCE.getInterruptHandler_Kind();

		/**
		 * The meta object literal for the '<em><b>Mpsafe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT_HANDLER__MPSAFE = eINSTANCE.getInterruptHandler_Mpsafe();

		/**
		 * The meta object literal for the '<em><b>Irq Line</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERRUPT_HANDLER__IRQ_LINE = eINSTANCE.getInterruptHandler_IrqLine();

		/**
		 * The meta object literal for the '<em><b>Code Path</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERRUPT_HANDLER__CODE_PATH = eINSTANCE.getInterruptHandler_CodePath();

		/**
		 * The meta object literal for the '<em><b>Filter Code Path</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERRUPT_HANDLER__FILTER_CODE_PATH = eINSTANCE.getInterruptHandler_FilterCodePath();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.IrqKind <em>Irq Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.IrqKind
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getIrqKind()
		 * @generated
		 */
		EEnum IRQ_KIND = eINSTANCE.getIrqKind();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.RoutingPolicy <em>Routing Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.RoutingPolicy
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getRoutingPolicy()
		 * @generated
		 */
		EEnum ROUTING_POLICY = eINSTANCE.getRoutingPolicy();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.DeviceKind <em>Device Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.DeviceKind
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getDeviceKind()
		 * @generated
		 */
		EEnum DEVICE_KIND = eINSTANCE.getDeviceKind();

		/**
		 * The meta object literal for the '{@link org.smpng.model.machine.HandlerKind <em>Handler Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.smpng.model.machine.HandlerKind
		 * @see org.smpng.model.machine.impl.MachinePackageImpl#getHandlerKind()
		 * @generated
		 */
		EEnum HANDLER_KIND = eINSTANCE.getHandlerKind();

	}

} //MachinePackage
