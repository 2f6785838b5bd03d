/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One task list of the SMP project page, such as its general task list or the network stack's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.TaskList#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.TaskList#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getTaskList()
 * @model
 * @generated
 */
public interface TaskList extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The list's title, such as "Tasks: network stack".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.kernel.KernelPackage#getTaskList_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.TaskList#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tasks in the order the seed lists them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getTaskList_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Task> getTasks();

} // TaskList
