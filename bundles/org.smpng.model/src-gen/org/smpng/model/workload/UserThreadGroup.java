/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.kernel.Distribution;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Thread Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of identical threads of a process, each looping: think, then make a syscall drawn from the operation mix.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.UserThreadGroup#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.UserThreadGroup#getCount <em>Count</em>}</li>
 *   <li>{@link org.smpng.model.workload.UserThreadGroup#getPriorityClass <em>Priority Class</em>}</li>
 *   <li>{@link org.smpng.model.workload.UserThreadGroup#getNice <em>Nice</em>}</li>
 *   <li>{@link org.smpng.model.workload.UserThreadGroup#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.smpng.model.workload.UserThreadGroup#getThinkTime <em>Think Time</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.workload.WorkloadPackage#getUserThreadGroup()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='positiveCount niceInRange'"
 * @generated
 */
public interface UserThreadGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A name for the group, such as "workers".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.workload.WorkloadPackage#getUserThreadGroup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.UserThreadGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many threads the group has; at least one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.smpng.model.workload.WorkloadPackage#getUserThreadGroup_Count()
	 * @model default="1"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.UserThreadGroup#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Priority Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.workload.PriorityClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheduling class of the threads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority Class</em>' attribute.
	 * @see org.smpng.model.workload.PriorityClass
	 * @see #setPriorityClass(PriorityClass)
	 * @see org.smpng.model.workload.WorkloadPackage#getUserThreadGroup_PriorityClass()
	 * @model
	 * @generated
	 */
	PriorityClass getPriorityClass();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.UserThreadGroup#getPriorityClass <em>Priority Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority Class</em>' attribute.
	 * @see org.smpng.model.workload.PriorityClass
	 * @see #getPriorityClass()
	 * @generated
	 */
	void setPriorityClass(PriorityClass value);

	/**
	 * Returns the value of the '<em><b>Nice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The nice value of the threads, from -20 to 20.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nice</em>' attribute.
	 * @see #setNice(int)
	 * @see org.smpng.model.workload.WorkloadPackage#getUserThreadGroup_Nice()
	 * @model
	 * @generated
	 */
	int getNice();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.UserThreadGroup#getNice <em>Nice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nice</em>' attribute.
	 * @see #getNice()
	 * @generated
	 */
	void setNice(int value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.workload.Operation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operation mix: the syscalls the threads make, each with a relative weight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.smpng.model.workload.WorkloadPackage#getUserThreadGroup_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Operation> getOperations();

	/**
	 * Returns the value of the '<em><b>Think Time</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long a thread runs in user mode between two syscalls, in nanoseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Think Time</em>' containment reference.
	 * @see #setThinkTime(Distribution)
	 * @see org.smpng.model.workload.WorkloadPackage#getUserThreadGroup_ThinkTime()
	 * @model containment="true"
	 * @generated
	 */
	Distribution getThinkTime();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.UserThreadGroup#getThinkTime <em>Think Time</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Think Time</em>' containment reference.
	 * @see #getThinkTime()
	 * @generated
	 */
	void setThinkTime(Distribution value);

} // UserThreadGroup
