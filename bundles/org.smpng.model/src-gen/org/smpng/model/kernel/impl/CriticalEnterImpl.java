/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.ecore.EClass;

import org.smpng.model.kernel.CriticalEnter;
import org.smpng.model.kernel.KernelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Critical Enter</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CriticalEnterImpl extends StepImpl implements CriticalEnter {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriticalEnterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.CRITICAL_ENTER;
	}

} //CriticalEnterImpl
