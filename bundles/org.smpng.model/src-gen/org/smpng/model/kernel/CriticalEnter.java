/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Critical Enter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Enters a critical section (critical_enter): this CPU will not preempt the thread until the matching exit.
 * <!-- end-model-doc -->
 *
 *
 * @see org.smpng.model.kernel.KernelPackage#getCriticalEnter()
 * @model
 * @generated
 */
public interface CriticalEnter extends Step {
} // CriticalEnter
