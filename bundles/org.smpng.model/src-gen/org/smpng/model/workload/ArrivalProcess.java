/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arrival Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When events such as interrupts arrive.
 * <!-- end-model-doc -->
 *
 *
 * @see org.smpng.model.workload.WorkloadPackage#getArrivalProcess()
 * @model abstract="true"
 * @generated
 */
public interface ArrivalProcess extends EObject {
} // ArrivalProcess
