/**
 * SMPng Workbench
 */
package org.smpng.model.machine.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.machine.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.smpng.model.machine.MachinePackage
 * @generated
 */
public class MachineAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MachinePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MachineAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MachinePackage.eINSTANCE;
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
	protected MachineSwitch<Adapter> modelSwitch =
		new MachineSwitch<Adapter>() {
			@Override
			public Adapter caseMachine(Machine object) {
				return createMachineAdapter();
			}
			@Override
			public Adapter caseCpuPackage(CpuPackage object) {
				return createCpuPackageAdapter();
			}
			@Override
			public Adapter caseCore(Core object) {
				return createCoreAdapter();
			}
			@Override
			public Adapter caseLogicalCpu(LogicalCpu object) {
				return createLogicalCpuAdapter();
			}
			@Override
			public Adapter caseLocalApic(LocalApic object) {
				return createLocalApicAdapter();
			}
			@Override
			public Adapter caseCacheLineCosts(CacheLineCosts object) {
				return createCacheLineCostsAdapter();
			}
			@Override
			public Adapter caseIoApic(IoApic object) {
				return createIoApicAdapter();
			}
			@Override
			public Adapter caseIoApicPin(IoApicPin object) {
				return createIoApicPinAdapter();
			}
			@Override
			public Adapter caseIrqLine(IrqLine object) {
				return createIrqLineAdapter();
			}
			@Override
			public Adapter caseDevice(Device object) {
				return createDeviceAdapter();
			}
			@Override
			public Adapter caseInterruptHandler(InterruptHandler object) {
				return createInterruptHandlerAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.Machine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.Machine
	 * @generated
	 */
	public Adapter createMachineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.CpuPackage <em>Cpu Package</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.CpuPackage
	 * @generated
	 */
	public Adapter createCpuPackageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.Core <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.Core
	 * @generated
	 */
	public Adapter createCoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.LogicalCpu <em>Logical Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.LogicalCpu
	 * @generated
	 */
	public Adapter createLogicalCpuAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.LocalApic <em>Local Apic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.LocalApic
	 * @generated
	 */
	public Adapter createLocalApicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.CacheLineCosts <em>Cache Line Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.CacheLineCosts
	 * @generated
	 */
	public Adapter createCacheLineCostsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.IoApic <em>Io Apic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.IoApic
	 * @generated
	 */
	public Adapter createIoApicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.IoApicPin <em>Io Apic Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.IoApicPin
	 * @generated
	 */
	public Adapter createIoApicPinAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.IrqLine <em>Irq Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.IrqLine
	 * @generated
	 */
	public Adapter createIrqLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.Device
	 * @generated
	 */
	public Adapter createDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.smpng.model.machine.InterruptHandler <em>Interrupt Handler</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.smpng.model.machine.InterruptHandler
	 * @generated
	 */
	public Adapter createInterruptHandlerAdapter() {
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

} //MachineAdapterFactory
