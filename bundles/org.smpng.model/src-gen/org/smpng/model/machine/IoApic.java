/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Io Apic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An I/O APIC that receives interrupts on its pins and routes them to local APICs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.IoApic#getApicId <em>Apic Id</em>}</li>
 *   <li>{@link org.smpng.model.machine.IoApic#getPins <em>Pins</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getIoApic()
 * @model
 * @generated
 */
public interface IoApic extends EObject {
	/**
	 * Returns the value of the '<em><b>Apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The I/O APIC id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Apic Id</em>' attribute.
	 * @see #setApicId(int)
	 * @see org.smpng.model.machine.MachinePackage#getIoApic_ApicId()
	 * @model
	 * @generated
	 */
	int getApicId();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.IoApic#getApicId <em>Apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Apic Id</em>' attribute.
	 * @see #getApicId()
	 * @generated
	 */
	void setApicId(int value);

	/**
	 * Returns the value of the '<em><b>Pins</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.machine.IoApicPin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The input pins of the I/O APIC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pins</em>' containment reference list.
	 * @see org.smpng.model.machine.MachinePackage#getIoApic_Pins()
	 * @model containment="true"
	 * @generated
	 */
	EList<IoApicPin> getPins();

} // IoApic
