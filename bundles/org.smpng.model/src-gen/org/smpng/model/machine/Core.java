/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Core</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A processor core, holding one or more hardware threads (Hyper-Threading).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.Core#getId <em>Id</em>}</li>
 *   <li>{@link org.smpng.model.machine.Core#getThreads <em>Threads</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getCore()
 * @model
 * @generated
 */
public interface Core extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The core number within its package.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(int)
	 * @see org.smpng.model.machine.MachinePackage#getCore_Id()
	 * @model
	 * @generated
	 */
	int getId();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.Core#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(int value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.machine.LogicalCpu}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hardware threads of the core, each a logical CPU to the kernel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threads</em>' containment reference list.
	 * @see org.smpng.model.machine.MachinePackage#getCore_Threads()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogicalCpu> getThreads();

} // Core
