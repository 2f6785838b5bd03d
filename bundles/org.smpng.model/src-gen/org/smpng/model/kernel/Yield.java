/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Yield</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Gives up the CPU voluntarily (sched_relinquish / maybe_yield) without sleeping.
 * <!-- end-model-doc -->
 *
 *
 * @see org.smpng.model.kernel.KernelPackage#getYield()
 * @model
 * @generated
 */
public interface Yield extends Step {
} // Yield
