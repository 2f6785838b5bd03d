/**
 * SMPng Workbench
 */
package org.smpng.model.workload.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.workload.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.smpng.model.workload.WorkloadPackage
 * @generated
 */
public class WorkloadAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static WorkloadPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkloadAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = WorkloadPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkloadSwitch<Adapter> modelSwitch =
		new WorkloadSwitch<Adapter>() {
			@Override
			public Adapter caseWorkload(Workload object) {
				return createWorkloadAdapter();
			}
			@Override
			public Adapter caseUserProcess(UserProcess object) {
				return createUserProcessAdapter();
			}
			@Override
			public Adapter caseUserThreadGroup(UserThreadGroup object) {
				return createUserThreadGroupAdapter();
			}
			@Override
			public Adapter caseOperation(Operation object) {
				return createOperationAdapter();
			}
			@Override
			public Adapter caseInterruptSource(InterruptSource object) {
				return createInterruptSourceAdapter();
			}
			@Override
			public Adapter caseSoftwareInterrupt(SoftwareInterrupt object) {
				return createSoftwareInterruptAdapter();
			}
			@Override
			public Adapter caseArrivalProcess(ArrivalProcess object) {
				return createArrivalProcessAdapter();
			}
			@Override
			public Adapter casePoissonArrivals(PoissonArrivals object) {
				return createPoissonArrivalsAdapter();
			}
			@Override
			public Adapter casePeriodicArrivals(PeriodicArrivals object) {
				return createPeriodicArrivalsAdapter();
			}
			@Override
			public Adapter caseBurstyArrivals(BurstyArrivals object) {
				return createBurstyArrivalsAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.Workload
	 * @generated
	 */
	public Adapter createWorkloadAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.UserProcess <em>User Process</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.UserProcess
	 * @generated
	 */
	public Adapter createUserProcessAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.UserThreadGroup <em>User Thread Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.UserThreadGroup
	 * @generated
	 */
	public Adapter createUserThreadGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.Operation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.Operation
	 * @generated
	 */
	public Adapter createOperationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.InterruptSource <em>Interrupt Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.InterruptSource
	 * @generated
	 */
	public Adapter createInterruptSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.SoftwareInterrupt <em>Software Interrupt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.SoftwareInterrupt
	 * @generated
	 */
	public Adapter createSoftwareInterruptAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.ArrivalProcess <em>Arrival Process</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.ArrivalProcess
	 * @generated
	 */
	public Adapter createArrivalProcessAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.PoissonArrivals <em>Poisson Arrivals</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.PoissonArrivals
	 * @generated
	 */
	public Adapter createPoissonArrivalsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.PeriodicArrivals <em>Periodic Arrivals</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.PeriodicArrivals
	 * @generated
	 */
	public Adapter createPeriodicArrivalsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.workload.BurstyArrivals <em>Bursty Arrivals</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.workload.BurstyArrivals
	 * @generated
	 */
	public Adapter createBurstyArrivalsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //WorkloadAdapterFactory
