/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A probability distribution of a time in nanoseconds (or, where a feature says so, of a count).
 * <!-- end-model-doc -->
 *
 *
 * @see org.smpng.model.kernel.KernelPackage#getDistribution()
 * @model abstract="true"
 * @generated
 */
public interface Distribution extends EObject {
} // Distribution
