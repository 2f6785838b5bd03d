/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.smpng.model.kernel.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KernelFactoryImpl extends EFactoryImpl implements KernelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static KernelFactory init() {
		try {
			KernelFactory theKernelFactory = (KernelFactory)EPackage.Registry.INSTANCE.getEFactory(KernelPackage.eNS_URI);
			if (theKernelFactory != null) {
				return theKernelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new KernelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KernelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case KernelPackage.KERNEL_MODEL: return createKernelModel();
			case KernelPackage.PROVENANCE: return createProvenance();
			case KernelPackage.LOCK_CLASS: return createLockClass();
			case KernelPackage.LOCK_TYPE: return createLockType();
			case KernelPackage.LOCK_ORDER_CHAIN: return createLockOrderChain();
			case KernelPackage.LOCK_ORDER_ENTRY: return createLockOrderEntry();
			case KernelPackage.BLESSED_PAIR: return createBlessedPair();
			case KernelPackage.SUBSYSTEM: return createSubsystem();
			case KernelPackage.TASK_LIST: return createTaskList();
			case KernelPackage.TASK: return createTask();
			case KernelPackage.SYSCALL: return createSyscall();
			case KernelPackage.WAIT_CHANNEL: return createWaitChannel();
			case KernelPackage.CONDITION_VARIABLE: return createConditionVariable();
			case KernelPackage.CODE_PATH: return createCodePath();
			case KernelPackage.ACQUISITION_POINT: return createAcquisitionPoint();
			case KernelPackage.ACQUIRE: return createAcquire();
			case KernelPackage.RELEASE: return createRelease();
			case KernelPackage.WORK: return createWork();
			case KernelPackage.SLEEP: return createSleep();
			case KernelPackage.WAKEUP: return createWakeup();
			case KernelPackage.SIGNAL: return createSignal();
			case KernelPackage.BROADCAST: return createBroadcast();
			case KernelPackage.CRITICAL_ENTER: return createCriticalEnter();
			case KernelPackage.CRITICAL_EXIT: return createCriticalExit();
			case KernelPackage.CALL: return createCall();
			case KernelPackage.LOOP: return createLoop();
			case KernelPackage.BRANCH: return createBranch();
			case KernelPackage.YIELD: return createYield();
			case KernelPackage.FIXED_DISTRIBUTION: return createFixedDistribution();
			case KernelPackage.UNIFORM_DISTRIBUTION: return createUniformDistribution();
			case KernelPackage.EXPONENTIAL_DISTRIBUTION: return createExponentialDistribution();
			case KernelPackage.NORMAL_DISTRIBUTION: return createNormalDistribution();
			case KernelPackage.EMPIRICAL_DISTRIBUTION: return createEmpiricalDistribution();
			case KernelPackage.THREADING_STATUS_TABLE: return createThreadingStatusTable();
			case KernelPackage.PLATFORM_THREADING_STATUS: return createPlatformThreadingStatus();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case KernelPackage.LOCK_CLASS_KIND:
				return createLockClassKindFromString(eDataType, initialValue);
			case KernelPackage.LOCK_INSTANCES:
				return createLockInstancesFromString(eDataType, initialValue);
			case KernelPackage.LOCKING_STATUS:
				return createLockingStatusFromString(eDataType, initialValue);
			case KernelPackage.WORK_STATUS:
				return createWorkStatusFromString(eDataType, initialValue);
			case KernelPackage.ACQUIRE_MODE:
				return createAcquireModeFromString(eDataType, initialValue);
			case KernelPackage.PLATFORM:
				return createPlatformFromString(eDataType, initialValue);
			case KernelPackage.THREADING_LIBRARY:
				return createThreadingLibraryFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case KernelPackage.LOCK_CLASS_KIND:
				return convertLockClassKindToString(eDataType, instanceValue);
			case KernelPackage.LOCK_INSTANCES:
				return convertLockInstancesToString(eDataType, instanceValue);
			case KernelPackage.LOCKING_STATUS:
				return convertLockingStatusToString(eDataType, instanceValue);
			case KernelPackage.WORK_STATUS:
				return convertWorkStatusToString(eDataType, instanceValue);
			case KernelPackage.ACQUIRE_MODE:
				return convertAcquireModeToString(eDataType, instanceValue);
			case KernelPackage.PLATFORM:
				return convertPlatformToString(eDataType, instanceValue);
			case KernelPackage.THREADING_LIBRARY:
				return convertThreadingLibraryToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KernelModel createKernelModel() {
		KernelModelImpl kernelModel = new KernelModelImpl();
		return kernelModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance createProvenance() {
		ProvenanceImpl provenance = new ProvenanceImpl();
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockClass createLockClass() {
		LockClassImpl lockClass = new LockClassImpl();
		return lockClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockType createLockType() {
		LockTypeImpl lockType = new LockTypeImpl();
		return lockType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockOrderChain createLockOrderChain() {
		LockOrderChainImpl lockOrderChain = new LockOrderChainImpl();
		return lockOrderChain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockOrderEntry createLockOrderEntry() {
		LockOrderEntryImpl lockOrderEntry = new LockOrderEntryImpl();
		return lockOrderEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlessedPair createBlessedPair() {
		BlessedPairImpl blessedPair = new BlessedPairImpl();
		return blessedPair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subsystem createSubsystem() {
		SubsystemImpl subsystem = new SubsystemImpl();
		return subsystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskList createTaskList() {
		TaskListImpl taskList = new TaskListImpl();
		return taskList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Task createTask() {
		TaskImpl task = new TaskImpl();
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Syscall createSyscall() {
		SyscallImpl syscall = new SyscallImpl();
		return syscall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WaitChannel createWaitChannel() {
		WaitChannelImpl waitChannel = new WaitChannelImpl();
		return waitChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionVariable createConditionVariable() {
		ConditionVariableImpl conditionVariable = new ConditionVariableImpl();
		return conditionVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodePath createCodePath() {
		CodePathImpl codePath = new CodePathImpl();
		return codePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AcquisitionPoint createAcquisitionPoint() {
		AcquisitionPointImpl acquisitionPoint = new AcquisitionPointImpl();
		return acquisitionPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Acquire createAcquire() {
		AcquireImpl acquire = new AcquireImpl();
		return acquire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Release createRelease() {
		ReleaseImpl release = new ReleaseImpl();
		return release;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Work createWork() {
		WorkImpl work = new WorkImpl();
		return work;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sleep createSleep() {
		SleepImpl sleep = new SleepImpl();
		return sleep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wakeup createWakeup() {
		WakeupImpl wakeup = new WakeupImpl();
		return wakeup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signal createSignal() {
		SignalImpl signal = new SignalImpl();
		return signal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Broadcast createBroadcast() {
		BroadcastImpl broadcast = new BroadcastImpl();
		return broadcast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriticalEnter createCriticalEnter() {
		CriticalEnterImpl criticalEnter = new CriticalEnterImpl();
		return criticalEnter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriticalExit createCriticalExit() {
		CriticalExitImpl criticalExit = new CriticalExitImpl();
		return criticalExit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Call createCall() {
		CallImpl call = new CallImpl();
		return call;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Loop createLoop() {
		LoopImpl loop = new LoopImpl();
		return loop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Branch createBranch() {
		BranchImpl branch = new BranchImpl();
		return branch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Yield createYield() {
		YieldImpl yield = new YieldImpl();
		return yield;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedDistribution createFixedDistribution() {
		FixedDistributionImpl fixedDistribution = new FixedDistributionImpl();
		return fixedDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UniformDistribution createUniformDistribution() {
		UniformDistributionImpl uniformDistribution = new UniformDistributionImpl();
		return uniformDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExponentialDistribution createExponentialDistribution() {
		ExponentialDistributionImpl exponentialDistribution = new ExponentialDistributionImpl();
		return exponentialDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NormalDistribution createNormalDistribution() {
		NormalDistributionImpl normalDistribution = new NormalDistributionImpl();
		return normalDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmpiricalDistribution createEmpiricalDistribution() {
		EmpiricalDistributionImpl empiricalDistribution = new EmpiricalDistributionImpl();
		return empiricalDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThreadingStatusTable createThreadingStatusTable() {
		ThreadingStatusTableImpl threadingStatusTable = new ThreadingStatusTableImpl();
		return threadingStatusTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlatformThreadingStatus createPlatformThreadingStatus() {
		PlatformThreadingStatusImpl platformThreadingStatus = new PlatformThreadingStatusImpl();
		return platformThreadingStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockClassKind createLockClassKindFromString(EDataType eDataType, String initialValue) {
		LockClassKind result = LockClassKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLockClassKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockInstances createLockInstancesFromString(EDataType eDataType, String initialValue) {
		LockInstances result = LockInstances.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLockInstancesToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockingStatus createLockingStatusFromString(EDataType eDataType, String initialValue) {
		LockingStatus result = LockingStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLockingStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkStatus createWorkStatusFromString(EDataType eDataType, String initialValue) {
		WorkStatus result = WorkStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AcquireMode createAcquireModeFromString(EDataType eDataType, String initialValue) {
		AcquireMode result = AcquireMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAcquireModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Platform createPlatformFromString(EDataType eDataType, String initialValue) {
		Platform result = Platform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlatformToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ThreadingLibrary createThreadingLibraryFromString(EDataType eDataType, String initialValue) {
		ThreadingLibrary result = ThreadingLibrary.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertThreadingLibraryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KernelPackage getKernelPackage() {
		return (KernelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static KernelPackage getPackage() {
		return KernelPackage.eINSTANCE;
	}

} //KernelFactoryImpl
