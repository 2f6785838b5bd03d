/**
 * SMPng Workbench
 */
package org.smpng.model.workload.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.workload.ArrivalProcess;
import org.smpng.model.workload.WorkloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Arrival Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class ArrivalProcessImpl extends MinimalEObjectImpl.Container implements ArrivalProcess {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArrivalProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkloadPackage.Literals.ARRIVAL_PROCESS;
	}

} //ArrivalProcessImpl
