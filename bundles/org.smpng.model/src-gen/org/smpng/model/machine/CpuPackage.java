/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cpu Package</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical processor package (socket), holding one or more cores.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.CpuPackage#getId <em>Id</em>}</li>
 *   <li>{@link org.smpng.model.machine.CpuPackage#getCores <em>Cores</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getCpuPackage()
 * @model
 * @generated
 */
public interface CpuPackage extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The package number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(int)
	 * @see org.smpng.model.machine.MachinePackage#getCpuPackage_Id()
	 * @model
	 * @generated
	 */
	int getId();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.CpuPackage#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(int value);

	/**
	 * Returns the value of the '<em><b>Cores</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.machine.Core}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cores of the package.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cores</em>' containment reference list.
	 * @see org.smpng.model.machine.MachinePackage#getCpuPackage_Cores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Core> getCores();

} // CpuPackage
