/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Logical Cpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A logical CPU as the kernel sees it (one struct pcpu): a hardware thread of a core.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.LogicalCpu#getCpuId <em>Cpu Id</em>}</li>
 *   <li>{@link org.smpng.model.machine.LogicalCpu#getLocalApic <em>Local Apic</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getLogicalCpu()
 * @model
 * @generated
 */
public interface LogicalCpu extends EObject {
	/**
	 * Returns the value of the '<em><b>Cpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel's CPU id (PCPU_GET(cpuid)); unique in the machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Id</em>' attribute.
	 * @see #setCpuId(int)
	 * @see org.smpng.model.machine.MachinePackage#getLogicalCpu_CpuId()
	 * @model
	 * @generated
	 */
	int getCpuId();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.LogicalCpu#getCpuId <em>Cpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Id</em>' attribute.
	 * @see #getCpuId()
	 * @generated
	 */
	void setCpuId(int value);

	/**
	 * Returns the value of the '<em><b>Local Apic</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CPU's local APIC, which receives routed interrupts and IPIs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Apic</em>' containment reference.
	 * @see #setLocalApic(LocalApic)
	 * @see org.smpng.model.machine.MachinePackage#getLogicalCpu_LocalApic()
	 * @model containment="true"
	 * @generated
	 */
	LocalApic getLocalApic();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.LogicalCpu#getLocalApic <em>Local Apic</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Apic</em>' containment reference.
	 * @see #getLocalApic()
	 * @generated
	 */
	void setLocalApic(LocalApic value);

} // LogicalCpu
