/**
 * SMPng Workbench
 */
package org.smpng.model.workload.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.smpng.model.workload.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class WorkloadFactoryImpl extends EFactoryImpl implements WorkloadFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static WorkloadFactory init() {
		try {
			WorkloadFactory theWorkloadFactory = (WorkloadFactory)EPackage.Registry.INSTANCE.getEFactory(WorkloadPackage.eNS_URI);
			if (theWorkloadFactory != null) {
				return theWorkloadFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new WorkloadFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkloadFactoryImpl() {
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
			case WorkloadPackage.WORKLOAD: return createWorkload();
			case WorkloadPackage.USER_PROCESS: return createUserProcess();
			case WorkloadPackage.USER_THREAD_GROUP: return createUserThreadGroup();
			case WorkloadPackage.OPERATION: return createOperation();
			case WorkloadPackage.INTERRUPT_SOURCE: return createInterruptSource();
			case WorkloadPackage.SOFTWARE_INTERRUPT: return createSoftwareInterrupt();
			case WorkloadPackage.POISSON_ARRIVALS: return createPoissonArrivals();
			case WorkloadPackage.PERIODIC_ARRIVALS: return createPeriodicArrivals();
			case WorkloadPackage.BURSTY_ARRIVALS: return createBurstyArrivals();
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
			case WorkloadPackage.PRIORITY_CLASS:
				return createPriorityClassFromString(eDataType, initialValue);
			case WorkloadPackage.SOFTWARE_INTERRUPT_KIND:
				return createSoftwareInterruptKindFromString(eDataType, initialValue);
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
			case WorkloadPackage.PRIORITY_CLASS:
				return convertPriorityClassToString(eDataType, instanceValue);
			case WorkloadPackage.SOFTWARE_INTERRUPT_KIND:
				return convertSoftwareInterruptKindToString(eDataType, instanceValue);
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
	public Workload createWorkload() {
		WorkloadImpl workload = new WorkloadImpl();
		return workload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserProcess createUserProcess() {
		UserProcessImpl userProcess = new UserProcessImpl();
		return userProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserThreadGroup createUserThreadGroup() {
		UserThreadGroupImpl userThreadGroup = new UserThreadGroupImpl();
		return userThreadGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Operation createOperation() {
		OperationImpl operation = new OperationImpl();
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterruptSource createInterruptSource() {
		InterruptSourceImpl interruptSource = new InterruptSourceImpl();
		return interruptSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareInterrupt createSoftwareInterrupt() {
		SoftwareInterruptImpl softwareInterrupt = new SoftwareInterruptImpl();
		return softwareInterrupt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoissonArrivals createPoissonArrivals() {
		PoissonArrivalsImpl poissonArrivals = new PoissonArrivalsImpl();
		return poissonArrivals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeriodicArrivals createPeriodicArrivals() {
		PeriodicArrivalsImpl periodicArrivals = new PeriodicArrivalsImpl();
		return periodicArrivals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BurstyArrivals createBurstyArrivals() {
		BurstyArrivalsImpl burstyArrivals = new BurstyArrivalsImpl();
		return burstyArrivals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PriorityClass createPriorityClassFromString(EDataType eDataType, String initialValue) {
		PriorityClass result = PriorityClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorityClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SoftwareInterruptKind createSoftwareInterruptKindFromString(EDataType eDataType, String initialValue) {
		SoftwareInterruptKind result = SoftwareInterruptKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSoftwareInterruptKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkloadPackage getWorkloadPackage() {
		return (WorkloadPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static WorkloadPackage getPackage() {
		return WorkloadPackage.eINSTANCE;
	}

} //WorkloadFactoryImpl
