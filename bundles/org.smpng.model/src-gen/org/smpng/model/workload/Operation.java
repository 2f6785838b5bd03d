/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.kernel.Syscall;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of an operation mix: a syscall and its relative weight.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.Operation#getSyscall <em>Syscall</em>}</li>
 *   <li>{@link org.smpng.model.workload.Operation#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.workload.WorkloadPackage#getOperation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='positiveWeight'"
 * @generated
 */
public interface Operation extends EObject {
	/**
	 * Returns the value of the '<em><b>Syscall</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The syscall made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Syscall</em>' reference.
	 * @see #setSyscall(Syscall)
	 * @see org.smpng.model.workload.WorkloadPackage#getOperation_Syscall()
	 * @model required="true"
	 * @generated
	 */
	Syscall getSyscall();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.Operation#getSyscall <em>Syscall</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Syscall</em>' reference.
	 * @see #getSyscall()
	 * @generated
	 */
	void setSyscall(Syscall value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The relative weight of the syscall in the mix; positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.smpng.model.workload.WorkloadPackage#getOperation_Weight()
	 * @model default="1"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.Operation#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // Operation
