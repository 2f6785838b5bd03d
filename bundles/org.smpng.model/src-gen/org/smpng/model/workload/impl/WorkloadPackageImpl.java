/**
 * SMPng Workbench
 */
package org.smpng.model.workload.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.smpng.model.kernel.KernelPackage;

import org.smpng.model.kernel.impl.KernelPackageImpl;

import org.smpng.model.machine.MachinePackage;

import org.smpng.model.machine.impl.MachinePackageImpl;

import org.smpng.model.scenario.ScenarioPackage;

import org.smpng.model.scenario.impl.ScenarioPackageImpl;

import org.smpng.model.workload.ArrivalProcess;
import org.smpng.model.workload.BurstyArrivals;
import org.smpng.model.workload.InterruptSource;
import org.smpng.model.workload.Operation;
import org.smpng.model.workload.PeriodicArrivals;
import org.smpng.model.workload.PoissonArrivals;
import org.smpng.model.workload.PriorityClass;
import org.smpng.model.workload.SoftwareInterrupt;
import org.smpng.model.workload.SoftwareInterruptKind;
import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadFactory;
import org.smpng.model.workload.WorkloadPackage;

import org.smpng.model.workload.util.WorkloadValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class WorkloadPackageImpl extends EPackageImpl implements WorkloadPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workloadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userProcessEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userThreadGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interruptSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass softwareInterruptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass arrivalProcessEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poissonArrivalsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass periodicArrivalsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass burstyArrivalsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priorityClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum softwareInterruptKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.smpng.model.workload.WorkloadPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private WorkloadPackageImpl() {
		super(eNS_URI, WorkloadFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link WorkloadPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static WorkloadPackage init() {
		if (isInited) return (WorkloadPackage)EPackage.Registry.INSTANCE.getEPackage(WorkloadPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredWorkloadPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		WorkloadPackageImpl theWorkloadPackage = registeredWorkloadPackage instanceof WorkloadPackageImpl ? (WorkloadPackageImpl)registeredWorkloadPackage : new WorkloadPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(KernelPackage.eNS_URI);
		KernelPackageImpl theKernelPackage = (KernelPackageImpl)(registeredPackage instanceof KernelPackageImpl ? registeredPackage : KernelPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MachinePackage.eNS_URI);
		MachinePackageImpl theMachinePackage = (MachinePackageImpl)(registeredPackage instanceof MachinePackageImpl ? registeredPackage : MachinePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);
		ScenarioPackageImpl theScenarioPackage = (ScenarioPackageImpl)(registeredPackage instanceof ScenarioPackageImpl ? registeredPackage : ScenarioPackage.eINSTANCE);

		// Create package meta-data objects
		theWorkloadPackage.createPackageContents();
		theKernelPackage.createPackageContents();
		theMachinePackage.createPackageContents();
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		theWorkloadPackage.initializePackageContents();
		theKernelPackage.initializePackageContents();
		theMachinePackage.initializePackageContents();
		theScenarioPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theWorkloadPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return WorkloadValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theWorkloadPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(WorkloadPackage.eNS_URI, theWorkloadPackage);
		return theWorkloadPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkload() {
		return workloadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkload_Name() {
		return (EAttribute)workloadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkload_Processes() {
		return (EReference)workloadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkload_InterruptSources() {
		return (EReference)workloadEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkload_SoftwareInterrupts() {
		return (EReference)workloadEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUserProcess() {
		return userProcessEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserProcess_Name() {
		return (EAttribute)userProcessEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserProcess_ThreadingLibrary() {
		return (EAttribute)userProcessEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUserProcess_ThreadGroups() {
		return (EReference)userProcessEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUserThreadGroup() {
		return userThreadGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserThreadGroup_Name() {
		return (EAttribute)userThreadGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserThreadGroup_Count() {
		return (EAttribute)userThreadGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserThreadGroup_PriorityClass() {
		return (EAttribute)userThreadGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserThreadGroup_Nice() {
		return (EAttribute)userThreadGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUserThreadGroup_Operations() {
		return (EReference)userThreadGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUserThreadGroup_ThinkTime() {
		return (EReference)userThreadGroupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperation() {
		return operationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperation_Syscall() {
		return (EReference)operationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperation_Weight() {
		return (EAttribute)operationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterruptSource() {
		return interruptSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterruptSource_Name() {
		return (EAttribute)interruptSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterruptSource_Device() {
		return (EReference)interruptSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterruptSource_IrqLine() {
		return (EReference)interruptSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterruptSource_Arrivals() {
		return (EReference)interruptSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSoftwareInterrupt() {
		return softwareInterruptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoftwareInterrupt_Name() {
		return (EAttribute)softwareInterruptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoftwareInterrupt_Kind() {
		return (EAttribute)softwareInterruptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoftwareInterrupt_Mpsafe() {
		return (EAttribute)softwareInterruptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSoftwareInterrupt_CodePath() {
		return (EReference)softwareInterruptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSoftwareInterrupt_Arrivals() {
		return (EReference)softwareInterruptEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArrivalProcess() {
		return arrivalProcessEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPoissonArrivals() {
		return poissonArrivalsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoissonArrivals_RatePerSecond() {
		return (EAttribute)poissonArrivalsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeriodicArrivals() {
		return periodicArrivalsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodicArrivals_Period() {
		return (EAttribute)periodicArrivalsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodicArrivals_Jitter() {
		return (EAttribute)periodicArrivalsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBurstyArrivals() {
		return burstyArrivalsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBurstyArrivals_BurstsPerSecond() {
		return (EAttribute)burstyArrivalsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBurstyArrivals_BurstSize() {
		return (EAttribute)burstyArrivalsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBurstyArrivals_Gap() {
		return (EAttribute)burstyArrivalsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriorityClass() {
		return priorityClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSoftwareInterruptKind() {
		return softwareInterruptKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkloadFactory getWorkloadFactory() {
		return (WorkloadFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		workloadEClass = createEClass(WORKLOAD);
		createEAttribute(workloadEClass, WORKLOAD__NAME);
		createEReference(workloadEClass, WORKLOAD__PROCESSES);
		createEReference(workloadEClass, WORKLOAD__INTERRUPT_SOURCES);
		createEReference(workloadEClass, WORKLOAD__SOFTWARE_INTERRUPTS);

		userProcessEClass = createEClass(USER_PROCESS);
		createEAttribute(userProcessEClass, USER_PROCESS__NAME);
		createEAttribute(userProcessEClass, USER_PROCESS__THREADING_LIBRARY);
		createEReference(userProcessEClass, USER_PROCESS__THREAD_GROUPS);

		userThreadGroupEClass = createEClass(USER_THREAD_GROUP);
		createEAttribute(userThreadGroupEClass, USER_THREAD_GROUP__NAME);
		createEAttribute(userThreadGroupEClass, USER_THREAD_GROUP__COUNT);
		createEAttribute(userThreadGroupEClass, USER_THREAD_GROUP__PRIORITY_CLASS);
		createEAttribute(userThreadGroupEClass, USER_THREAD_GROUP__NICE);
		createEReference(userThreadGroupEClass, USER_THREAD_GROUP__OPERATIONS);
		createEReference(userThreadGroupEClass, USER_THREAD_GROUP__THINK_TIME);

		operationEClass = createEClass(OPERATION);
		createEReference(operationEClass, OPERATION__SYSCALL);
		createEAttribute(operationEClass, OPERATION__WEIGHT);

		interruptSourceEClass = createEClass(INTERRUPT_SOURCE);
		createEAttribute(interruptSourceEClass, INTERRUPT_SOURCE__NAME);
		createEReference(interruptSourceEClass, INTERRUPT_SOURCE__DEVICE);
		createEReference(interruptSourceEClass, INTERRUPT_SOURCE__IRQ_LINE);
		createEReference(interruptSourceEClass, INTERRUPT_SOURCE__ARRIVALS);

		softwareInterruptEClass = createEClass(SOFTWARE_INTERRUPT);
		createEAttribute(softwareInterruptEClass, SOFTWARE_INTERRUPT__NAME);
		createEAttribute(softwareInterruptEClass, SOFTWARE_INTERRUPT__KIND);
		createEAttribute(softwareInterruptEClass, SOFTWARE_INTERRUPT__MPSAFE);
		createEReference(softwareInterruptEClass, SOFTWARE_INTERRUPT__CODE_PATH);
		createEReference(softwareInterruptEClass, SOFTWARE_INTERRUPT__ARRIVALS);

		arrivalProcessEClass = createEClass(ARRIVAL_PROCESS);

		poissonArrivalsEClass = createEClass(POISSON_ARRIVALS);
		createEAttribute(poissonArrivalsEClass, POISSON_ARRIVALS__RATE_PER_SECOND);

		periodicArrivalsEClass = createEClass(PERIODIC_ARRIVALS);
		createEAttribute(periodicArrivalsEClass, PERIODIC_ARRIVALS__PERIOD);
		createEAttribute(periodicArrivalsEClass, PERIODIC_ARRIVALS__JITTER);

		burstyArrivalsEClass = createEClass(BURSTY_ARRIVALS);
		createEAttribute(burstyArrivalsEClass, BURSTY_ARRIVALS__BURSTS_PER_SECOND);
		createEAttribute(burstyArrivalsEClass, BURSTY_ARRIVALS__BURST_SIZE);
		createEAttribute(burstyArrivalsEClass, BURSTY_ARRIVALS__GAP);

		// Create enums
		priorityClassEEnum = createEEnum(PRIORITY_CLASS);
		softwareInterruptKindEEnum = createEEnum(SOFTWARE_INTERRUPT_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		KernelPackage theKernelPackage = (KernelPackage)EPackage.Registry.INSTANCE.getEPackage(KernelPackage.eNS_URI);
		MachinePackage theMachinePackage = (MachinePackage)EPackage.Registry.INSTANCE.getEPackage(MachinePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		poissonArrivalsEClass.getESuperTypes().add(this.getArrivalProcess());
		periodicArrivalsEClass.getESuperTypes().add(this.getArrivalProcess());
		burstyArrivalsEClass.getESuperTypes().add(this.getArrivalProcess());

		// Initialize classes, features, and operations; add parameters
		initEClass(workloadEClass, Workload.class, "Workload", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkload_Name(), ecorePackage.getEString(), "name", null, 0, 1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkload_Processes(), this.getUserProcess(), null, "processes", null, 0, -1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkload_InterruptSources(), this.getInterruptSource(), null, "interruptSources", null, 0, -1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkload_SoftwareInterrupts(), this.getSoftwareInterrupt(), null, "softwareInterrupts", null, 0, -1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userProcessEClass, UserProcess.class, "UserProcess", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUserProcess_Name(), ecorePackage.getEString(), "name", null, 0, 1, UserProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserProcess_ThreadingLibrary(), theKernelPackage.getThreadingLibrary(), "threadingLibrary", null, 0, 1, UserProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUserProcess_ThreadGroups(), this.getUserThreadGroup(), null, "threadGroups", null, 0, -1, UserProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userThreadGroupEClass, UserThreadGroup.class, "UserThreadGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUserThreadGroup_Name(), ecorePackage.getEString(), "name", null, 0, 1, UserThreadGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserThreadGroup_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, UserThreadGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserThreadGroup_PriorityClass(), this.getPriorityClass(), "priorityClass", null, 0, 1, UserThreadGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserThreadGroup_Nice(), ecorePackage.getEInt(), "nice", null, 0, 1, UserThreadGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUserThreadGroup_Operations(), this.getOperation(), null, "operations", null, 0, -1, UserThreadGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUserThreadGroup_ThinkTime(), theKernelPackage.getDistribution(), null, "thinkTime", null, 0, 1, UserThreadGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(operationEClass, Operation.class, "Operation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOperation_Syscall(), theKernelPackage.getSyscall(), null, "syscall", null, 1, 1, Operation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperation_Weight(), ecorePackage.getEDouble(), "weight", "1", 0, 1, Operation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interruptSourceEClass, InterruptSource.class, "InterruptSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterruptSource_Name(), ecorePackage.getEString(), "name", null, 0, 1, InterruptSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterruptSource_Device(), theMachinePackage.getDevice(), null, "device", null, 1, 1, InterruptSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterruptSource_IrqLine(), theMachinePackage.getIrqLine(), null, "irqLine", null, 0, 1, InterruptSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterruptSource_Arrivals(), this.getArrivalProcess(), null, "arrivals", null, 1, 1, InterruptSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(softwareInterruptEClass, SoftwareInterrupt.class, "SoftwareInterrupt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSoftwareInterrupt_Name(), ecorePackage.getEString(), "name", null, 0, 1, SoftwareInterrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSoftwareInterrupt_Kind(), this.getSoftwareInterruptKind(), "kind", null, 0, 1, SoftwareInterrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSoftwareInterrupt_Mpsafe(), ecorePackage.getEBoolean(), "mpsafe", null, 0, 1, SoftwareInterrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSoftwareInterrupt_CodePath(), theKernelPackage.getCodePath(), null, "codePath", null, 1, 1, SoftwareInterrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSoftwareInterrupt_Arrivals(), this.getArrivalProcess(), null, "arrivals", null, 1, 1, SoftwareInterrupt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(arrivalProcessEClass, ArrivalProcess.class, "ArrivalProcess", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(poissonArrivalsEClass, PoissonArrivals.class, "PoissonArrivals", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPoissonArrivals_RatePerSecond(), ecorePackage.getEDouble(), "ratePerSecond", null, 0, 1, PoissonArrivals.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(periodicArrivalsEClass, PeriodicArrivals.class, "PeriodicArrivals", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPeriodicArrivals_Period(), ecorePackage.getEDouble(), "period", null, 0, 1, PeriodicArrivals.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodicArrivals_Jitter(), ecorePackage.getEDouble(), "jitter", null, 0, 1, PeriodicArrivals.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(burstyArrivalsEClass, BurstyArrivals.class, "BurstyArrivals", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBurstyArrivals_BurstsPerSecond(), ecorePackage.getEDouble(), "burstsPerSecond", null, 0, 1, BurstyArrivals.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBurstyArrivals_BurstSize(), ecorePackage.getEInt(), "burstSize", "1", 0, 1, BurstyArrivals.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBurstyArrivals_Gap(), ecorePackage.getEDouble(), "gap", null, 0, 1, BurstyArrivals.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(priorityClassEEnum, PriorityClass.class, "PriorityClass");
		addEEnumLiteral(priorityClassEEnum, PriorityClass.TIMESHARE);
		addEEnumLiteral(priorityClassEEnum, PriorityClass.REALTIME);
		addEEnumLiteral(priorityClassEEnum, PriorityClass.IDLE);

		initEEnum(softwareInterruptKindEEnum, SoftwareInterruptKind.class, "SoftwareInterruptKind");
		addEEnumLiteral(softwareInterruptKindEEnum, SoftwareInterruptKind.CLOCK);
		addEEnumLiteral(softwareInterruptKindEEnum, SoftwareInterruptKind.NETISR);
		addEEnumLiteral(softwareInterruptKindEEnum, SoftwareInterruptKind.TASKQUEUE);
		addEEnumLiteral(softwareInterruptKindEEnum, SoftwareInterruptKind.TTY);
		addEEnumLiteral(softwareInterruptKindEEnum, SoftwareInterruptKind.VM);
		addEEnumLiteral(softwareInterruptKindEEnum, SoftwareInterruptKind.CAMBIO);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (userThreadGroupEClass,
		   source,
		   new String[] {
			   "constraints", "positiveCount niceInRange"
		   });
		addAnnotation
		  (operationEClass,
		   source,
		   new String[] {
			   "constraints", "positiveWeight"
		   });
		addAnnotation
		  (poissonArrivalsEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
		addAnnotation
		  (periodicArrivalsEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
		addAnnotation
		  (burstyArrivalsEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
	}

} //WorkloadPackageImpl
