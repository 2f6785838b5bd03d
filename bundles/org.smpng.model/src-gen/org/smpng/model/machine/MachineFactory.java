/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.smpng.model.machine.MachinePackage
 * @generated
 */
public interface MachineFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MachineFactory eINSTANCE = org.smpng.model.machine.impl.MachineFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Machine</em>'.
	 * @generated
	 */
	Machine createMachine();

	/**
	 * Returns a new object of class '<em>Cpu Package</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cpu Package</em>'.
	 * @generated
	 */
	CpuPackage createCpuPackage();

	/**
	 * Returns a new object of class '<em>Core</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Core</em>'.
	 * @generated
	 */
	Core createCore();

	/**
	 * Returns a new object of class '<em>Logical Cpu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Logical Cpu</em>'.
	 * @generated
	 */
	LogicalCpu createLogicalCpu();

	/**
	 * Returns a new object of class '<em>Local Apic</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Local Apic</em>'.
	 * @generated
	 */
	LocalApic createLocalApic();

	/**
	 * Returns a new object of class '<em>Cache Line Costs</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cache Line Costs</em>'.
	 * @generated
	 */
	CacheLineCosts createCacheLineCosts();

	/**
	 * Returns a new object of class '<em>Io Apic</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Io Apic</em>'.
	 * @generated
	 */
	IoApic createIoApic();

	/**
	 * Returns a new object of class '<em>Io Apic Pin</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Io Apic Pin</em>'.
	 * @generated
	 */
	IoApicPin createIoApicPin();

	/**
	 * Returns a new object of class '<em>Irq Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Irq Line</em>'.
	 * @generated
	 */
	IrqLine createIrqLine();

	/**
	 * Returns a new object of class '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device</em>'.
	 * @generated
	 */
	Device createDevice();

	/**
	 * Returns a new object of class '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interrupt Handler</em>'.
	 * @generated
	 */
	InterruptHandler createInterruptHandler();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MachinePackage getMachinePackage();

} //MachineFactory
