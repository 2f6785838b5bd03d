/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Local Apic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CPU's local APIC (x86 lapic), the target of interrupt routing and IPIs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.LocalApic#getApicId <em>Apic Id</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getLocalApic()
 * @model
 * @generated
 */
public interface LocalApic extends EObject {
	/**
	 * Returns the value of the '<em><b>Apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The local APIC id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Apic Id</em>' attribute.
	 * @see #setApicId(int)
	 * @see org.smpng.model.machine.MachinePackage#getLocalApic_ApicId()
	 * @model
	 * @generated
	 */
	int getApicId();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.LocalApic#getApicId <em>Apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Apic Id</em>' attribute.
	 * @see #getApicId()
	 * @generated
	 */
	void setApicId(int value);

} // LocalApic
