/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquireMode;
import org.smpng.model.kernel.AcquisitionPoint;
import org.smpng.model.kernel.BlessedPair;
import org.smpng.model.kernel.Branch;
import org.smpng.model.kernel.Broadcast;
import org.smpng.model.kernel.Call;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.ConditionVariable;
import org.smpng.model.kernel.CriticalEnter;
import org.smpng.model.kernel.CriticalExit;
import org.smpng.model.kernel.Distribution;
import org.smpng.model.kernel.EmpiricalDistribution;
import org.smpng.model.kernel.ExponentialDistribution;
import org.smpng.model.kernel.FixedDistribution;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockInstances;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.LockingStatus;
import org.smpng.model.kernel.Loop;
import org.smpng.model.kernel.NormalDistribution;
import org.smpng.model.kernel.Platform;
import org.smpng.model.kernel.PlatformThreadingStatus;
import org.smpng.model.kernel.Provenance;

import org.smpng.model.kernel.Release;
import org.smpng.model.kernel.Signal;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.Step;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.kernel.Task;
import org.smpng.model.kernel.TaskList;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.kernel.ThreadingStatusTable;
import org.smpng.model.kernel.UniformDistribution;
import org.smpng.model.kernel.WaitChannel;
import org.smpng.model.kernel.Wakeup;
import org.smpng.model.kernel.Work;
import org.smpng.model.kernel.WorkStatus;
import org.smpng.model.kernel.Yield;
import org.smpng.model.kernel.util.KernelValidator;
import org.smpng.model.machine.MachinePackage;
import org.smpng.model.machine.impl.MachinePackageImpl;
import org.smpng.model.scenario.ScenarioPackage;
import org.smpng.model.scenario.impl.ScenarioPackageImpl;
import org.smpng.model.workload.WorkloadPackage;
import org.smpng.model.workload.impl.WorkloadPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KernelPackageImpl extends EPackageImpl implements KernelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kernelModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass provenanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lockClassEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lockTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lockOrderChainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lockOrderEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blessedPairEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subsystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syscallEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass waitChannelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionVariableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codePathEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass acquisitionPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass acquireEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass releaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sleepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wakeupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass broadcastEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criticalEnterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criticalExitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass callEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass loopEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass branchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass yieldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass distributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uniformDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exponentialDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass normalDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass empiricalDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass threadingStatusTableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass platformThreadingStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lockClassKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lockInstancesEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lockingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum acquireModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum platformEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum threadingLibraryEEnum = null;

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
	 * @see org.smpng.model.kernel.KernelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private KernelPackageImpl() {
		super(eNS_URI, KernelFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link KernelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static KernelPackage init() {
		if (isInited) return (KernelPackage)EPackage.Registry.INSTANCE.getEPackage(KernelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredKernelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		KernelPackageImpl theKernelPackage = registeredKernelPackage instanceof KernelPackageImpl ? (KernelPackageImpl)registeredKernelPackage : new KernelPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MachinePackage.eNS_URI);
		MachinePackageImpl theMachinePackage = (MachinePackageImpl)(registeredPackage instanceof MachinePackageImpl ? registeredPackage : MachinePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(WorkloadPackage.eNS_URI);
		WorkloadPackageImpl theWorkloadPackage = (WorkloadPackageImpl)(registeredPackage instanceof WorkloadPackageImpl ? registeredPackage : WorkloadPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);
		ScenarioPackageImpl theScenarioPackage = (ScenarioPackageImpl)(registeredPackage instanceof ScenarioPackageImpl ? registeredPackage : ScenarioPackage.eINSTANCE);

		// Create package meta-data objects
		theKernelPackage.createPackageContents();
		theMachinePackage.createPackageContents();
		theWorkloadPackage.createPackageContents();
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		theKernelPackage.initializePackageContents();
		theMachinePackage.initializePackageContents();
		theWorkloadPackage.initializePackageContents();
		theScenarioPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theKernelPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return KernelValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theKernelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(KernelPackage.eNS_URI, theKernelPackage);
		return theKernelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKernelModel() {
		return kernelModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelModel_Name() {
		return (EAttribute)kernelModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKernelModel_Description() {
		return (EAttribute)kernelModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_Provenance() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_LockClasses() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_LockTypes() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_OrderChains() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_BlessedPairs() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_Giant() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_Subsystems() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_TaskLists() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_Syscalls() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_CodePaths() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_WaitChannels() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_ConditionVariables() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKernelModel_ThreadingStatus() {
		return (EReference)kernelModelEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvenance() {
		return provenanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Source() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Dating() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_DataFile() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_DataSha256() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Generator() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Notes() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLockClass() {
		return lockClassEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockClass_Name() {
		return (EAttribute)lockClassEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockClass_Symbol() {
		return (EAttribute)lockClassEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockClass_Kind() {
		return (EAttribute)lockClassEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockClass_Sleepable() {
		return (EAttribute)lockClassEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockClass_Recursable() {
		return (EAttribute)lockClassEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockClass_Upgradable() {
		return (EAttribute)lockClassEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockClass_Spin() {
		return (EAttribute)lockClassEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLockType() {
		return lockTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockType_Name() {
		return (EAttribute)lockTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLockType_LockClass() {
		return (EReference)lockTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockType_RecursionAllowed() {
		return (EAttribute)lockTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockType_DupOk() {
		return (EAttribute)lockTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockType_NoWitness() {
		return (EAttribute)lockTypeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockType_Description() {
		return (EAttribute)lockTypeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLockType_Subsystem() {
		return (EReference)lockTypeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockType_Instances() {
		return (EAttribute)lockTypeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockType_InstanceCount() {
		return (EAttribute)lockTypeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLockOrderChain() {
		return lockOrderChainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockOrderChain_Label() {
		return (EAttribute)lockOrderChainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLockOrderChain_Entries() {
		return (EReference)lockOrderChainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLockOrderEntry() {
		return lockOrderEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLockOrderEntry_LockType() {
		return (EReference)lockOrderEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLockOrderEntry_Condition() {
		return (EAttribute)lockOrderEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlessedPair() {
		return blessedPairEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBlessedPair_First() {
		return (EReference)blessedPairEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBlessedPair_Second() {
		return (EReference)blessedPairEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlessedPair_Reason() {
		return (EAttribute)blessedPairEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubsystem() {
		return subsystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsystem_Name() {
		return (EAttribute)subsystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsystem_LockingStatus() {
		return (EAttribute)subsystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsystem_WorkStatus() {
		return (EAttribute)subsystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsystem_LastUpdated() {
		return (EAttribute)subsystemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsystem_Staffing() {
		return (EAttribute)subsystemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubsystem_Description() {
		return (EAttribute)subsystemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaskList() {
		return taskListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskList_Name() {
		return (EAttribute)taskListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTaskList_Tasks() {
		return (EReference)taskListEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTask() {
		return taskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Title() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Status() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_SeedStatus() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_LastUpdated() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Responsible() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTask_Subsystem() {
		return (EReference)taskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Note() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyscall() {
		return syscallEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyscall_Name() {
		return (EAttribute)syscallEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyscall_Number() {
		return (EAttribute)syscallEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyscall_Mpsafe() {
		return (EAttribute)syscallEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyscall_Subsystem() {
		return (EReference)syscallEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyscall_CodePath() {
		return (EReference)syscallEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWaitChannel() {
		return waitChannelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaitChannel_Name() {
		return (EAttribute)waitChannelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionVariable() {
		return conditionVariableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionVariable_Name() {
		return (EAttribute)conditionVariableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCodePath() {
		return codePathEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodePath_Name() {
		return (EAttribute)codePathEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodePath_Description() {
		return (EAttribute)codePathEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodePath_Subsystem() {
		return (EReference)codePathEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodePath_Steps() {
		return (EReference)codePathEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Label() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAcquisitionPoint() {
		return acquisitionPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcquisitionPoint_File() {
		return (EAttribute)acquisitionPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcquisitionPoint_Line() {
		return (EAttribute)acquisitionPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAcquire() {
		return acquireEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAcquire_LockType() {
		return (EReference)acquireEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcquire_Mode() {
		return (EAttribute)acquireEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcquire_TryAcquire() {
		return (EAttribute)acquireEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAcquire_AcquisitionPoint() {
		return (EReference)acquireEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelease() {
		return releaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelease_LockType() {
		return (EReference)releaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWork() {
		return workEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWork_Duration() {
		return (EReference)workEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSleep() {
		return sleepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSleep_Channel() {
		return (EReference)sleepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSleep_ConditionVariable() {
		return (EReference)sleepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSleep_Interlock() {
		return (EReference)sleepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSleep_Timeout() {
		return (EReference)sleepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSleep_Priority() {
		return (EAttribute)sleepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWakeup() {
		return wakeupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWakeup_Channel() {
		return (EReference)wakeupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWakeup_All() {
		return (EAttribute)wakeupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignal() {
		return signalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignal_ConditionVariable() {
		return (EReference)signalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBroadcast() {
		return broadcastEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBroadcast_ConditionVariable() {
		return (EReference)broadcastEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriticalEnter() {
		return criticalEnterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriticalExit() {
		return criticalExitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCall() {
		return callEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCall_CodePath() {
		return (EReference)callEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoop() {
		return loopEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoop_Count() {
		return (EAttribute)loopEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLoop_CountDistribution() {
		return (EReference)loopEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLoop_Body() {
		return (EReference)loopEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBranch() {
		return branchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBranch_Probability() {
		return (EAttribute)branchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBranch_ThenSteps() {
		return (EReference)branchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBranch_ElseSteps() {
		return (EReference)branchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getYield() {
		return yieldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistribution() {
		return distributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedDistribution() {
		return fixedDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedDistribution_Value() {
		return (EAttribute)fixedDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUniformDistribution() {
		return uniformDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformDistribution_Min() {
		return (EAttribute)uniformDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformDistribution_Max() {
		return (EAttribute)uniformDistributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExponentialDistribution() {
		return exponentialDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExponentialDistribution_Mean() {
		return (EAttribute)exponentialDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNormalDistribution() {
		return normalDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalDistribution_Mean() {
		return (EAttribute)normalDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalDistribution_StandardDeviation() {
		return (EAttribute)normalDistributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmpiricalDistribution() {
		return empiricalDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmpiricalDistribution_Values() {
		return (EAttribute)empiricalDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmpiricalDistribution_Weights() {
		return (EAttribute)empiricalDistributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getThreadingStatusTable() {
		return threadingStatusTableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadingStatusTable_Library() {
		return (EAttribute)threadingStatusTableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadingStatusTable_Source() {
		return (EAttribute)threadingStatusTableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getThreadingStatusTable_Rows() {
		return (EReference)threadingStatusTableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlatformThreadingStatus() {
		return platformThreadingStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlatformThreadingStatus_Platform() {
		return (EAttribute)platformThreadingStatusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlatformThreadingStatus_Kernel() {
		return (EAttribute)platformThreadingStatusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlatformThreadingStatus_Userland() {
		return (EAttribute)platformThreadingStatusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlatformThreadingStatus_Works() {
		return (EAttribute)platformThreadingStatusEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLockClassKind() {
		return lockClassKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLockInstances() {
		return lockInstancesEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLockingStatus() {
		return lockingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkStatus() {
		return workStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAcquireMode() {
		return acquireModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlatform() {
		return platformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getThreadingLibrary() {
		return threadingLibraryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KernelFactory getKernelFactory() {
		return (KernelFactory)getEFactoryInstance();
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
		kernelModelEClass = createEClass(KERNEL_MODEL);
		createEAttribute(kernelModelEClass, KERNEL_MODEL__NAME);
		createEAttribute(kernelModelEClass, KERNEL_MODEL__DESCRIPTION);
		createEReference(kernelModelEClass, KERNEL_MODEL__PROVENANCE);
		createEReference(kernelModelEClass, KERNEL_MODEL__LOCK_CLASSES);
		createEReference(kernelModelEClass, KERNEL_MODEL__LOCK_TYPES);
		createEReference(kernelModelEClass, KERNEL_MODEL__ORDER_CHAINS);
		createEReference(kernelModelEClass, KERNEL_MODEL__BLESSED_PAIRS);
		createEReference(kernelModelEClass, KERNEL_MODEL__GIANT);
		createEReference(kernelModelEClass, KERNEL_MODEL__SUBSYSTEMS);
		createEReference(kernelModelEClass, KERNEL_MODEL__TASK_LISTS);
		createEReference(kernelModelEClass, KERNEL_MODEL__SYSCALLS);
		createEReference(kernelModelEClass, KERNEL_MODEL__CODE_PATHS);
		createEReference(kernelModelEClass, KERNEL_MODEL__WAIT_CHANNELS);
		createEReference(kernelModelEClass, KERNEL_MODEL__CONDITION_VARIABLES);
		createEReference(kernelModelEClass, KERNEL_MODEL__THREADING_STATUS);

		provenanceEClass = createEClass(PROVENANCE);
		createEAttribute(provenanceEClass, PROVENANCE__SOURCE);
		createEAttribute(provenanceEClass, PROVENANCE__DATING);
		createEAttribute(provenanceEClass, PROVENANCE__DATA_FILE);
		createEAttribute(provenanceEClass, PROVENANCE__DATA_SHA256);
		createEAttribute(provenanceEClass, PROVENANCE__GENERATOR);
		createEAttribute(provenanceEClass, PROVENANCE__NOTES);

		lockClassEClass = createEClass(LOCK_CLASS);
		createEAttribute(lockClassEClass, LOCK_CLASS__NAME);
		createEAttribute(lockClassEClass, LOCK_CLASS__SYMBOL);
		createEAttribute(lockClassEClass, LOCK_CLASS__KIND);
		createEAttribute(lockClassEClass, LOCK_CLASS__SLEEPABLE);
		createEAttribute(lockClassEClass, LOCK_CLASS__RECURSABLE);
		createEAttribute(lockClassEClass, LOCK_CLASS__UPGRADABLE);
		createEAttribute(lockClassEClass, LOCK_CLASS__SPIN);

		lockTypeEClass = createEClass(LOCK_TYPE);
		createEAttribute(lockTypeEClass, LOCK_TYPE__NAME);
		createEReference(lockTypeEClass, LOCK_TYPE__LOCK_CLASS);
		createEAttribute(lockTypeEClass, LOCK_TYPE__RECURSION_ALLOWED);
		createEAttribute(lockTypeEClass, LOCK_TYPE__DUP_OK);
		createEAttribute(lockTypeEClass, LOCK_TYPE__NO_WITNESS);
		createEAttribute(lockTypeEClass, LOCK_TYPE__DESCRIPTION);
		createEReference(lockTypeEClass, LOCK_TYPE__SUBSYSTEM);
		createEAttribute(lockTypeEClass, LOCK_TYPE__INSTANCES);
		createEAttribute(lockTypeEClass, LOCK_TYPE__INSTANCE_COUNT);

		lockOrderChainEClass = createEClass(LOCK_ORDER_CHAIN);
		createEAttribute(lockOrderChainEClass, LOCK_ORDER_CHAIN__LABEL);
		createEReference(lockOrderChainEClass, LOCK_ORDER_CHAIN__ENTRIES);

		lockOrderEntryEClass = createEClass(LOCK_ORDER_ENTRY);
		createEReference(lockOrderEntryEClass, LOCK_ORDER_ENTRY__LOCK_TYPE);
		createEAttribute(lockOrderEntryEClass, LOCK_ORDER_ENTRY__CONDITION);

		blessedPairEClass = createEClass(BLESSED_PAIR);
		createEReference(blessedPairEClass, BLESSED_PAIR__FIRST);
		createEReference(blessedPairEClass, BLESSED_PAIR__SECOND);
		createEAttribute(blessedPairEClass, BLESSED_PAIR__REASON);

		subsystemEClass = createEClass(SUBSYSTEM);
		createEAttribute(subsystemEClass, SUBSYSTEM__NAME);
		createEAttribute(subsystemEClass, SUBSYSTEM__LOCKING_STATUS);
		createEAttribute(subsystemEClass, SUBSYSTEM__WORK_STATUS);
		createEAttribute(subsystemEClass, SUBSYSTEM__LAST_UPDATED);
		createEAttribute(subsystemEClass, SUBSYSTEM__STAFFING);
		createEAttribute(subsystemEClass, SUBSYSTEM__DESCRIPTION);

		taskListEClass = createEClass(TASK_LIST);
		createEAttribute(taskListEClass, TASK_LIST__NAME);
		createEReference(taskListEClass, TASK_LIST__TASKS);

		taskEClass = createEClass(TASK);
		createEAttribute(taskEClass, TASK__TITLE);
		createEAttribute(taskEClass, TASK__STATUS);
		createEAttribute(taskEClass, TASK__SEED_STATUS);
		createEAttribute(taskEClass, TASK__LAST_UPDATED);
		createEAttribute(taskEClass, TASK__RESPONSIBLE);
		createEReference(taskEClass, TASK__SUBSYSTEM);
		createEAttribute(taskEClass, TASK__NOTE);

		syscallEClass = createEClass(SYSCALL);
		createEAttribute(syscallEClass, SYSCALL__NAME);
		createEAttribute(syscallEClass, SYSCALL__NUMBER);
		createEAttribute(syscallEClass, SYSCALL__MPSAFE);
		createEReference(syscallEClass, SYSCALL__SUBSYSTEM);
		createEReference(syscallEClass, SYSCALL__CODE_PATH);

		waitChannelEClass = createEClass(WAIT_CHANNEL);
		createEAttribute(waitChannelEClass, WAIT_CHANNEL__NAME);

		conditionVariableEClass = createEClass(CONDITION_VARIABLE);
		createEAttribute(conditionVariableEClass, CONDITION_VARIABLE__NAME);

		codePathEClass = createEClass(CODE_PATH);
		createEAttribute(codePathEClass, CODE_PATH__NAME);
		createEAttribute(codePathEClass, CODE_PATH__DESCRIPTION);
		createEReference(codePathEClass, CODE_PATH__SUBSYSTEM);
		createEReference(codePathEClass, CODE_PATH__STEPS);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__LABEL);

		acquisitionPointEClass = createEClass(ACQUISITION_POINT);
		createEAttribute(acquisitionPointEClass, ACQUISITION_POINT__FILE);
		createEAttribute(acquisitionPointEClass, ACQUISITION_POINT__LINE);

		acquireEClass = createEClass(ACQUIRE);
		createEReference(acquireEClass, ACQUIRE__LOCK_TYPE);
		createEAttribute(acquireEClass, ACQUIRE__MODE);
		createEAttribute(acquireEClass, ACQUIRE__TRY_ACQUIRE);
		createEReference(acquireEClass, ACQUIRE__ACQUISITION_POINT);

		releaseEClass = createEClass(RELEASE);
		createEReference(releaseEClass, RELEASE__LOCK_TYPE);

		workEClass = createEClass(WORK);
		createEReference(workEClass, WORK__DURATION);

		sleepEClass = createEClass(SLEEP);
		createEReference(sleepEClass, SLEEP__CHANNEL);
		createEReference(sleepEClass, SLEEP__CONDITION_VARIABLE);
		createEReference(sleepEClass, SLEEP__INTERLOCK);
		createEReference(sleepEClass, SLEEP__TIMEOUT);
		createEAttribute(sleepEClass, SLEEP__PRIORITY);

		wakeupEClass = createEClass(WAKEUP);
		createEReference(wakeupEClass, WAKEUP__CHANNEL);
		createEAttribute(wakeupEClass, WAKEUP__ALL);

		signalEClass = createEClass(SIGNAL);
		createEReference(signalEClass, SIGNAL__CONDITION_VARIABLE);

		broadcastEClass = createEClass(BROADCAST);
		createEReference(broadcastEClass, BROADCAST__CONDITION_VARIABLE);

		criticalEnterEClass = createEClass(CRITICAL_ENTER);

		criticalExitEClass = createEClass(CRITICAL_EXIT);

		callEClass = createEClass(CALL);
		createEReference(callEClass, CALL__CODE_PATH);

		loopEClass = createEClass(LOOP);
		createEAttribute(loopEClass, LOOP__COUNT);
		createEReference(loopEClass, LOOP__COUNT_DISTRIBUTION);
		createEReference(loopEClass, LOOP__BODY);

		branchEClass = createEClass(BRANCH);
		createEAttribute(branchEClass, BRANCH__PROBABILITY);
		createEReference(branchEClass, BRANCH__THEN_STEPS);
		createEReference(branchEClass, BRANCH__ELSE_STEPS);

		yieldEClass = createEClass(YIELD);

		distributionEClass = createEClass(DISTRIBUTION);

		fixedDistributionEClass = createEClass(FIXED_DISTRIBUTION);
		createEAttribute(fixedDistributionEClass, FIXED_DISTRIBUTION__VALUE);

		uniformDistributionEClass = createEClass(UNIFORM_DISTRIBUTION);
		createEAttribute(uniformDistributionEClass, UNIFORM_DISTRIBUTION__MIN);
		createEAttribute(uniformDistributionEClass, UNIFORM_DISTRIBUTION__MAX);

		exponentialDistributionEClass = createEClass(EXPONENTIAL_DISTRIBUTION);
		createEAttribute(exponentialDistributionEClass, EXPONENTIAL_DISTRIBUTION__MEAN);

		normalDistributionEClass = createEClass(NORMAL_DISTRIBUTION);
		createEAttribute(normalDistributionEClass, NORMAL_DISTRIBUTION__MEAN);
		createEAttribute(normalDistributionEClass, NORMAL_DISTRIBUTION__STANDARD_DEVIATION);

		empiricalDistributionEClass = createEClass(EMPIRICAL_DISTRIBUTION);
		createEAttribute(empiricalDistributionEClass, EMPIRICAL_DISTRIBUTION__VALUES);
		createEAttribute(empiricalDistributionEClass, EMPIRICAL_DISTRIBUTION__WEIGHTS);

		threadingStatusTableEClass = createEClass(THREADING_STATUS_TABLE);
		createEAttribute(threadingStatusTableEClass, THREADING_STATUS_TABLE__LIBRARY);
		createEAttribute(threadingStatusTableEClass, THREADING_STATUS_TABLE__SOURCE);
		createEReference(threadingStatusTableEClass, THREADING_STATUS_TABLE__ROWS);

		platformThreadingStatusEClass = createEClass(PLATFORM_THREADING_STATUS);
		createEAttribute(platformThreadingStatusEClass, PLATFORM_THREADING_STATUS__PLATFORM);
		createEAttribute(platformThreadingStatusEClass, PLATFORM_THREADING_STATUS__KERNEL);
		createEAttribute(platformThreadingStatusEClass, PLATFORM_THREADING_STATUS__USERLAND);
		createEAttribute(platformThreadingStatusEClass, PLATFORM_THREADING_STATUS__WORKS);

		// Create enums
		lockClassKindEEnum = createEEnum(LOCK_CLASS_KIND);
		lockInstancesEEnum = createEEnum(LOCK_INSTANCES);
		lockingStatusEEnum = createEEnum(LOCKING_STATUS);
		workStatusEEnum = createEEnum(WORK_STATUS);
		acquireModeEEnum = createEEnum(ACQUIRE_MODE);
		platformEEnum = createEEnum(PLATFORM);
		threadingLibraryEEnum = createEEnum(THREADING_LIBRARY);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		acquireEClass.getESuperTypes().add(this.getStep());
		releaseEClass.getESuperTypes().add(this.getStep());
		workEClass.getESuperTypes().add(this.getStep());
		sleepEClass.getESuperTypes().add(this.getStep());
		wakeupEClass.getESuperTypes().add(this.getStep());
		signalEClass.getESuperTypes().add(this.getStep());
		broadcastEClass.getESuperTypes().add(this.getStep());
		criticalEnterEClass.getESuperTypes().add(this.getStep());
		criticalExitEClass.getESuperTypes().add(this.getStep());
		callEClass.getESuperTypes().add(this.getStep());
		loopEClass.getESuperTypes().add(this.getStep());
		branchEClass.getESuperTypes().add(this.getStep());
		yieldEClass.getESuperTypes().add(this.getStep());
		fixedDistributionEClass.getESuperTypes().add(this.getDistribution());
		uniformDistributionEClass.getESuperTypes().add(this.getDistribution());
		exponentialDistributionEClass.getESuperTypes().add(this.getDistribution());
		normalDistributionEClass.getESuperTypes().add(this.getDistribution());
		empiricalDistributionEClass.getESuperTypes().add(this.getDistribution());

		// Initialize classes, features, and operations; add parameters
		initEClass(kernelModelEClass, KernelModel.class, "KernelModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKernelModel_Name(), ecorePackage.getEString(), "name", null, 0, 1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKernelModel_Description(), ecorePackage.getEString(), "description", null, 0, 1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_Provenance(), this.getProvenance(), null, "provenance", null, 0, 1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_LockClasses(), this.getLockClass(), null, "lockClasses", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_LockTypes(), this.getLockType(), null, "lockTypes", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_OrderChains(), this.getLockOrderChain(), null, "orderChains", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_BlessedPairs(), this.getBlessedPair(), null, "blessedPairs", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_Giant(), this.getLockType(), null, "giant", null, 0, 1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_Subsystems(), this.getSubsystem(), null, "subsystems", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_TaskLists(), this.getTaskList(), null, "taskLists", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_Syscalls(), this.getSyscall(), null, "syscalls", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_CodePaths(), this.getCodePath(), null, "codePaths", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_WaitChannels(), this.getWaitChannel(), null, "waitChannels", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_ConditionVariables(), this.getConditionVariable(), null, "conditionVariables", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKernelModel_ThreadingStatus(), this.getThreadingStatusTable(), null, "threadingStatus", null, 0, -1, KernelModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(provenanceEClass, Provenance.class, "Provenance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProvenance_Source(), ecorePackage.getEString(), "source", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Dating(), ecorePackage.getEString(), "dating", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_DataFile(), ecorePackage.getEString(), "dataFile", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_DataSha256(), ecorePackage.getEString(), "dataSha256", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Generator(), ecorePackage.getEString(), "generator", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lockClassEClass, LockClass.class, "LockClass", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLockClass_Name(), ecorePackage.getEString(), "name", null, 0, 1, LockClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockClass_Symbol(), ecorePackage.getEString(), "symbol", null, 0, 1, LockClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockClass_Kind(), this.getLockClassKind(), "kind", null, 0, 1, LockClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockClass_Sleepable(), ecorePackage.getEBoolean(), "sleepable", null, 0, 1, LockClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockClass_Recursable(), ecorePackage.getEBoolean(), "recursable", null, 0, 1, LockClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockClass_Upgradable(), ecorePackage.getEBoolean(), "upgradable", null, 0, 1, LockClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockClass_Spin(), ecorePackage.getEBoolean(), "spin", null, 0, 1, LockClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lockTypeEClass, LockType.class, "LockType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLockType_Name(), ecorePackage.getEString(), "name", null, 0, 1, LockType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLockType_LockClass(), this.getLockClass(), null, "lockClass", null, 1, 1, LockType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockType_RecursionAllowed(), ecorePackage.getEBoolean(), "recursionAllowed", null, 0, 1, LockType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockType_DupOk(), ecorePackage.getEBoolean(), "dupOk", null, 0, 1, LockType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockType_NoWitness(), ecorePackage.getEBoolean(), "noWitness", null, 0, 1, LockType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockType_Description(), ecorePackage.getEString(), "description", null, 0, 1, LockType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLockType_Subsystem(), this.getSubsystem(), null, "subsystem", null, 0, 1, LockType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockType_Instances(), this.getLockInstances(), "instances", null, 0, 1, LockType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockType_InstanceCount(), ecorePackage.getEInt(), "instanceCount", "1", 0, 1, LockType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lockOrderChainEClass, LockOrderChain.class, "LockOrderChain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLockOrderChain_Label(), ecorePackage.getEString(), "label", null, 0, 1, LockOrderChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLockOrderChain_Entries(), this.getLockOrderEntry(), null, "entries", null, 0, -1, LockOrderChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lockOrderEntryEClass, LockOrderEntry.class, "LockOrderEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLockOrderEntry_LockType(), this.getLockType(), null, "lockType", null, 1, 1, LockOrderEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLockOrderEntry_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, LockOrderEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(blessedPairEClass, BlessedPair.class, "BlessedPair", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBlessedPair_First(), this.getLockType(), null, "first", null, 1, 1, BlessedPair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBlessedPair_Second(), this.getLockType(), null, "second", null, 1, 1, BlessedPair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBlessedPair_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, BlessedPair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subsystemEClass, Subsystem.class, "Subsystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubsystem_Name(), ecorePackage.getEString(), "name", null, 0, 1, Subsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubsystem_LockingStatus(), this.getLockingStatus(), "lockingStatus", null, 0, 1, Subsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubsystem_WorkStatus(), this.getWorkStatus(), "workStatus", null, 0, 1, Subsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubsystem_LastUpdated(), ecorePackage.getEString(), "lastUpdated", null, 0, 1, Subsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubsystem_Staffing(), ecorePackage.getEString(), "staffing", null, 0, -1, Subsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubsystem_Description(), ecorePackage.getEString(), "description", null, 0, 1, Subsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskListEClass, TaskList.class, "TaskList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaskList_Name(), ecorePackage.getEString(), "name", null, 0, 1, TaskList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTaskList_Tasks(), this.getTask(), null, "tasks", null, 0, -1, TaskList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskEClass, Task.class, "Task", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTask_Title(), ecorePackage.getEString(), "title", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Status(), this.getWorkStatus(), "status", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_SeedStatus(), ecorePackage.getEString(), "seedStatus", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_LastUpdated(), ecorePackage.getEString(), "lastUpdated", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Responsible(), ecorePackage.getEString(), "responsible", null, 0, -1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTask_Subsystem(), this.getSubsystem(), null, "subsystem", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Note(), ecorePackage.getEString(), "note", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(syscallEClass, Syscall.class, "Syscall", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyscall_Name(), ecorePackage.getEString(), "name", null, 0, 1, Syscall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyscall_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Syscall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyscall_Mpsafe(), ecorePackage.getEBoolean(), "mpsafe", null, 0, 1, Syscall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyscall_Subsystem(), this.getSubsystem(), null, "subsystem", null, 0, 1, Syscall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyscall_CodePath(), this.getCodePath(), null, "codePath", null, 0, 1, Syscall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(waitChannelEClass, WaitChannel.class, "WaitChannel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWaitChannel_Name(), ecorePackage.getEString(), "name", null, 0, 1, WaitChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionVariableEClass, ConditionVariable.class, "ConditionVariable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConditionVariable_Name(), ecorePackage.getEString(), "name", null, 0, 1, ConditionVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codePathEClass, CodePath.class, "CodePath", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCodePath_Name(), ecorePackage.getEString(), "name", null, 0, 1, CodePath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCodePath_Description(), ecorePackage.getEString(), "description", null, 0, 1, CodePath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCodePath_Subsystem(), this.getSubsystem(), null, "subsystem", null, 0, 1, CodePath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCodePath_Steps(), this.getStep(), null, "steps", null, 0, -1, CodePath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStep_Label(), ecorePackage.getEString(), "label", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(acquisitionPointEClass, AcquisitionPoint.class, "AcquisitionPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAcquisitionPoint_File(), ecorePackage.getEString(), "file", null, 0, 1, AcquisitionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcquisitionPoint_Line(), ecorePackage.getEInt(), "line", null, 0, 1, AcquisitionPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(acquireEClass, Acquire.class, "Acquire", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAcquire_LockType(), this.getLockType(), null, "lockType", null, 1, 1, Acquire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcquire_Mode(), this.getAcquireMode(), "mode", null, 0, 1, Acquire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcquire_TryAcquire(), ecorePackage.getEBoolean(), "tryAcquire", null, 0, 1, Acquire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAcquire_AcquisitionPoint(), this.getAcquisitionPoint(), null, "acquisitionPoint", null, 0, 1, Acquire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(releaseEClass, Release.class, "Release", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRelease_LockType(), this.getLockType(), null, "lockType", null, 1, 1, Release.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workEClass, Work.class, "Work", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWork_Duration(), this.getDistribution(), null, "duration", null, 1, 1, Work.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sleepEClass, Sleep.class, "Sleep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSleep_Channel(), this.getWaitChannel(), null, "channel", null, 0, 1, Sleep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSleep_ConditionVariable(), this.getConditionVariable(), null, "conditionVariable", null, 0, 1, Sleep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSleep_Interlock(), this.getLockType(), null, "interlock", null, 0, 1, Sleep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSleep_Timeout(), this.getDistribution(), null, "timeout", null, 0, 1, Sleep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSleep_Priority(), ecorePackage.getEInt(), "priority", "0", 0, 1, Sleep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wakeupEClass, Wakeup.class, "Wakeup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWakeup_Channel(), this.getWaitChannel(), null, "channel", null, 1, 1, Wakeup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWakeup_All(), ecorePackage.getEBoolean(), "all", "true", 0, 1, Wakeup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signalEClass, Signal.class, "Signal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSignal_ConditionVariable(), this.getConditionVariable(), null, "conditionVariable", null, 1, 1, Signal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(broadcastEClass, Broadcast.class, "Broadcast", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBroadcast_ConditionVariable(), this.getConditionVariable(), null, "conditionVariable", null, 1, 1, Broadcast.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criticalEnterEClass, CriticalEnter.class, "CriticalEnter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(criticalExitEClass, CriticalExit.class, "CriticalExit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(callEClass, Call.class, "Call", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCall_CodePath(), this.getCodePath(), null, "codePath", null, 1, 1, Call.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(loopEClass, Loop.class, "Loop", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLoop_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, Loop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLoop_CountDistribution(), this.getDistribution(), null, "countDistribution", null, 0, 1, Loop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLoop_Body(), this.getStep(), null, "body", null, 0, -1, Loop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(branchEClass, Branch.class, "Branch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBranch_Probability(), ecorePackage.getEDouble(), "probability", "0.5", 0, 1, Branch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBranch_ThenSteps(), this.getStep(), null, "thenSteps", null, 0, -1, Branch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBranch_ElseSteps(), this.getStep(), null, "elseSteps", null, 0, -1, Branch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(yieldEClass, Yield.class, "Yield", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(distributionEClass, Distribution.class, "Distribution", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(fixedDistributionEClass, FixedDistribution.class, "FixedDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedDistribution_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, FixedDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(uniformDistributionEClass, UniformDistribution.class, "UniformDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUniformDistribution_Min(), ecorePackage.getEDouble(), "min", null, 0, 1, UniformDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUniformDistribution_Max(), ecorePackage.getEDouble(), "max", null, 0, 1, UniformDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exponentialDistributionEClass, ExponentialDistribution.class, "ExponentialDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExponentialDistribution_Mean(), ecorePackage.getEDouble(), "mean", null, 0, 1, ExponentialDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(normalDistributionEClass, NormalDistribution.class, "NormalDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNormalDistribution_Mean(), ecorePackage.getEDouble(), "mean", null, 0, 1, NormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNormalDistribution_StandardDeviation(), ecorePackage.getEDouble(), "standardDeviation", null, 0, 1, NormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(empiricalDistributionEClass, EmpiricalDistribution.class, "EmpiricalDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmpiricalDistribution_Values(), ecorePackage.getEDouble(), "values", null, 0, -1, EmpiricalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmpiricalDistribution_Weights(), ecorePackage.getEDouble(), "weights", null, 0, -1, EmpiricalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(threadingStatusTableEClass, ThreadingStatusTable.class, "ThreadingStatusTable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getThreadingStatusTable_Library(), this.getThreadingLibrary(), "library", null, 0, 1, ThreadingStatusTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadingStatusTable_Source(), ecorePackage.getEString(), "source", null, 0, 1, ThreadingStatusTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getThreadingStatusTable_Rows(), this.getPlatformThreadingStatus(), null, "rows", null, 0, -1, ThreadingStatusTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(platformThreadingStatusEClass, PlatformThreadingStatus.class, "PlatformThreadingStatus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlatformThreadingStatus_Platform(), this.getPlatform(), "platform", null, 0, 1, PlatformThreadingStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlatformThreadingStatus_Kernel(), ecorePackage.getEBoolean(), "kernel", null, 0, 1, PlatformThreadingStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlatformThreadingStatus_Userland(), ecorePackage.getEBoolean(), "userland", null, 0, 1, PlatformThreadingStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlatformThreadingStatus_Works(), ecorePackage.getEBoolean(), "works", null, 0, 1, PlatformThreadingStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(lockClassKindEEnum, LockClassKind.class, "LockClassKind");
		addEEnumLiteral(lockClassKindEEnum, LockClassKind.SLEEP_MUTEX);
		addEEnumLiteral(lockClassKindEEnum, LockClassKind.SPIN_MUTEX);
		addEEnumLiteral(lockClassKindEEnum, LockClassKind.SX);
		addEEnumLiteral(lockClassKindEEnum, LockClassKind.RW);
		addEEnumLiteral(lockClassKindEEnum, LockClassKind.RM);
		addEEnumLiteral(lockClassKindEEnum, LockClassKind.LOCKMGR);

		initEEnum(lockInstancesEEnum, LockInstances.class, "LockInstances");
		addEEnumLiteral(lockInstancesEEnum, LockInstances.SINGLE);
		addEEnumLiteral(lockInstancesEEnum, LockInstances.PER_CPU);
		addEEnumLiteral(lockInstancesEEnum, LockInstances.PER_PROCESS);
		addEEnumLiteral(lockInstancesEEnum, LockInstances.PER_THREAD);
		addEEnumLiteral(lockInstancesEEnum, LockInstances.PER_SOCKET);
		addEEnumLiteral(lockInstancesEEnum, LockInstances.PER_VNODE);
		addEEnumLiteral(lockInstancesEEnum, LockInstances.PER_FILE);
		addEEnumLiteral(lockInstancesEEnum, LockInstances.PER_DEVICE);
		addEEnumLiteral(lockInstancesEEnum, LockInstances.PER_OBJECT);
		addEEnumLiteral(lockInstancesEEnum, LockInstances.FIXED);

		initEEnum(lockingStatusEEnum, LockingStatus.class, "LockingStatus");
		addEEnumLiteral(lockingStatusEEnum, LockingStatus.GIANT);
		addEEnumLiteral(lockingStatusEEnum, LockingStatus.PARTIALLY_GIANT_FREE);
		addEEnumLiteral(lockingStatusEEnum, LockingStatus.MPSAFE);

		initEEnum(workStatusEEnum, WorkStatus.class, "WorkStatus");
		addEEnumLiteral(workStatusEEnum, WorkStatus.NOT_STARTED);
		addEEnumLiteral(workStatusEEnum, WorkStatus.IN_PROGRESS);
		addEEnumLiteral(workStatusEEnum, WorkStatus.STALLED);
		addEEnumLiteral(workStatusEEnum, WorkStatus.DONE);

		initEEnum(acquireModeEEnum, AcquireMode.class, "AcquireMode");
		addEEnumLiteral(acquireModeEEnum, AcquireMode.EXCLUSIVE);
		addEEnumLiteral(acquireModeEEnum, AcquireMode.SHARED);

		initEEnum(platformEEnum, Platform.class, "Platform");
		addEEnumLiteral(platformEEnum, Platform.I386);
		addEEnumLiteral(platformEEnum, Platform.AMD64);
		addEEnumLiteral(platformEEnum, Platform.ALPHA);
		addEEnumLiteral(platformEEnum, Platform.SPARC64);
		addEEnumLiteral(platformEEnum, Platform.IA64);

		initEEnum(threadingLibraryEEnum, ThreadingLibrary.class, "ThreadingLibrary");
		addEEnumLiteral(threadingLibraryEEnum, ThreadingLibrary.LIBC_R);
		addEEnumLiteral(threadingLibraryEEnum, ThreadingLibrary.KSE);
		addEEnumLiteral(threadingLibraryEEnum, ThreadingLibrary.THR);

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
		  (kernelModelEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueLockTypeNames acyclicLockOrder noSleepLockAfterSpinLock giantIsSleepMutex uniqueSubsystemNames uniqueSyscalls uniqueCodePathNames"
		   });
		addAnnotation
		  (lockClassEClass,
		   source,
		   new String[] {
			   "constraints", "consistentFlags"
		   });
		addAnnotation
		  (lockTypeEClass,
		   source,
		   new String[] {
			   "constraints", "recursionOnlyOnRecursableClass"
		   });
		addAnnotation
		  (lockOrderChainEClass,
		   source,
		   new String[] {
			   "constraints", "noRepeatedEntry"
		   });
		addAnnotation
		  (blessedPairEClass,
		   source,
		   new String[] {
			   "constraints", "distinctLocks"
		   });
		addAnnotation
		  (subsystemEClass,
		   source,
		   new String[] {
			   "constraints", "lastUpdatedIsIsoDate"
		   });
		addAnnotation
		  (taskEClass,
		   source,
		   new String[] {
			   "constraints", "lastUpdatedIsIsoDate"
		   });
		addAnnotation
		  (codePathEClass,
		   source,
		   new String[] {
			   "constraints", "balancedOnEveryPath releasesOnlyHeldLocks noSleepWithNonSleepableLock noSleepWithSpinLock recursionOnlyOnRecursableTypes noBlockingAcquireInCriticalSection interlockHeldAtSleep lockOrderRespected noRecursiveCall"
		   });
		addAnnotation
		  (acquisitionPointEClass,
		   source,
		   new String[] {
			   "constraints", "wellFormed"
		   });
		addAnnotation
		  (acquireEClass,
		   source,
		   new String[] {
			   "constraints", "sharedModeSupported"
		   });
		addAnnotation
		  (sleepEClass,
		   source,
		   new String[] {
			   "constraints", "sleepsOnOneThing"
		   });
		addAnnotation
		  (loopEClass,
		   source,
		   new String[] {
			   "constraints", "validCount"
		   });
		addAnnotation
		  (branchEClass,
		   source,
		   new String[] {
			   "constraints", "probabilityInRange"
		   });
		addAnnotation
		  (fixedDistributionEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
		addAnnotation
		  (uniformDistributionEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
		addAnnotation
		  (exponentialDistributionEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
		addAnnotation
		  (normalDistributionEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
		addAnnotation
		  (empiricalDistributionEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
		addAnnotation
		  (threadingStatusTableEClass,
		   source,
		   new String[] {
			   "constraints", "onePlatformOnce"
		   });
	}

} //KernelPackageImpl
