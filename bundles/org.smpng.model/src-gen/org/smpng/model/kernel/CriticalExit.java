/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Critical Exit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Leaves a critical section (critical_exit), allowing a pending preemption.
 * <!-- end-model-doc -->
 *
 *
 * @see org.smpng.model.kernel.KernelPackage#getCriticalExit()
 * @model
 * @generated
 */
public interface CriticalExit extends Step {
} // CriticalExit
