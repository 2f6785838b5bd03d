/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A device instance, such as fxp0 or ata0, that raises interrupts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.Device#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.machine.Device#getKind <em>Kind</em>}</li>
 *   <li>{@link org.smpng.model.machine.Device#getIrqLines <em>Irq Lines</em>}</li>
 *   <li>{@link org.smpng.model.machine.Device#getHandlers <em>Handlers</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getDevice()
 * @model
 * @generated
 */
public interface Device extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device name with its unit number, such as "fxp0".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.machine.MachinePackage#getDevice_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.Device#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.machine.DeviceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of device it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.machine.DeviceKind
	 * @see #setKind(DeviceKind)
	 * @see org.smpng.model.machine.MachinePackage#getDevice_Kind()
	 * @model
	 * @generated
	 */
	DeviceKind getKind();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.Device#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.machine.DeviceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DeviceKind value);

	/**
	 * Returns the value of the '<em><b>Irq Lines</b></em>' reference list.
	 * The list contents are of type {@link org.smpng.model.machine.IrqLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IRQ lines the device raises.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Lines</em>' reference list.
	 * @see org.smpng.model.machine.MachinePackage#getDevice_IrqLines()
	 * @model
	 * @generated
	 */
	EList<IrqLine> getIrqLines();

	/**
	 * Returns the value of the '<em><b>Handlers</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.machine.InterruptHandler}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interrupt handlers the driver registers with bus_setup_intr().
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handlers</em>' containment reference list.
	 * @see org.smpng.model.machine.MachinePackage#getDevice_Handlers()
	 * @model containment="true"
	 * @generated
	 */
	EList<InterruptHandler> getHandlers();

} // Device
