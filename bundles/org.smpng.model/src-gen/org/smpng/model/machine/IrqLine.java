/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Irq Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An interrupt request line (irqN in vmstat -i) and its routing to CPUs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.IrqLine#getNumber <em>Number</em>}</li>
 *   <li>{@link org.smpng.model.machine.IrqLine#getKind <em>Kind</em>}</li>
 *   <li>{@link org.smpng.model.machine.IrqLine#isShared <em>Shared</em>}</li>
 *   <li>{@link org.smpng.model.machine.IrqLine#getPin <em>Pin</em>}</li>
 *   <li>{@link org.smpng.model.machine.IrqLine#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.smpng.model.machine.IrqLine#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getIrqLine()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='routedToOwnCpu atMostOneExclusiveDevice pinMatchesKind'"
 * @generated
 */
public interface IrqLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IRQ number, such as 16, or 256 and up for MSI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.smpng.model.machine.MachinePackage#getIrqLine_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.IrqLine#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.machine.IrqKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the line is a legacy wired interrupt or an MSI message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.machine.IrqKind
	 * @see #setKind(IrqKind)
	 * @see org.smpng.model.machine.MachinePackage#getIrqLine_Kind()
	 * @model
	 * @generated
	 */
	IrqKind getKind();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.IrqLine#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.machine.IrqKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IrqKind value);

	/**
	 * Returns the value of the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether several devices may raise the line (level-triggered PCI INTx sharing).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shared</em>' attribute.
	 * @see #setShared(boolean)
	 * @see org.smpng.model.machine.MachinePackage#getIrqLine_Shared()
	 * @model
	 * @generated
	 */
	boolean isShared();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.IrqLine#isShared <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared</em>' attribute.
	 * @see #isShared()
	 * @generated
	 */
	void setShared(boolean value);

	/**
	 * Returns the value of the '<em><b>Pin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The I/O APIC pin a legacy line is wired to; unset for MSI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pin</em>' reference.
	 * @see #setPin(IoApicPin)
	 * @see org.smpng.model.machine.MachinePackage#getIrqLine_Pin()
	 * @model
	 * @generated
	 */
	IoApicPin getPin();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.IrqLine#getPin <em>Pin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pin</em>' reference.
	 * @see #getPin()
	 * @generated
	 */
	void setPin(IoApicPin value);

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.machine.RoutingPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the line is routed among its target CPUs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.smpng.model.machine.RoutingPolicy
	 * @see #setRouting(RoutingPolicy)
	 * @see org.smpng.model.machine.MachinePackage#getIrqLine_Routing()
	 * @model
	 * @generated
	 */
	RoutingPolicy getRouting();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.IrqLine#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.smpng.model.machine.RoutingPolicy
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(RoutingPolicy value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link org.smpng.model.machine.LogicalCpu}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CPUs the line may be delivered to; at least one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see org.smpng.model.machine.MachinePackage#getIrqLine_Targets()
	 * @model
	 * @generated
	 */
	EList<LogicalCpu> getTargets();

} // IrqLine
