/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.kernel.ThreadingLibrary;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A user process (struct proc) and the thread library it is linked with.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.UserProcess#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.UserProcess#getThreadingLibrary <em>Threading Library</em>}</li>
 *   <li>{@link org.smpng.model.workload.UserProcess#getThreadGroups <em>Thread Groups</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.workload.WorkloadPackage#getUserProcess()
 * @model
 * @generated
 */
public interface UserProcess extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process's command name, such as "httpd".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.workload.WorkloadPackage#getUserProcess_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.UserProcess#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Threading Library</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.ThreadingLibrary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The thread library the process uses: libc_r (N:1), KSE (M:N) or THR (1:1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threading Library</em>' attribute.
	 * @see org.smpng.model.kernel.ThreadingLibrary
	 * @see #setThreadingLibrary(ThreadingLibrary)
	 * @see org.smpng.model.workload.WorkloadPackage#getUserProcess_ThreadingLibrary()
	 * @model
	 * @generated
	 */
	ThreadingLibrary getThreadingLibrary();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.UserProcess#getThreadingLibrary <em>Threading Library</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threading Library</em>' attribute.
	 * @see org.smpng.model.kernel.ThreadingLibrary
	 * @see #getThreadingLibrary()
	 * @generated
	 */
	void setThreadingLibrary(ThreadingLibrary value);

	/**
	 * Returns the value of the '<em><b>Thread Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.workload.UserThreadGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The groups of identical threads of the process.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thread Groups</em>' containment reference list.
	 * @see org.smpng.model.workload.WorkloadPackage#getUserProcess_ThreadGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<UserThreadGroup> getThreadGroups();

} // UserProcess
