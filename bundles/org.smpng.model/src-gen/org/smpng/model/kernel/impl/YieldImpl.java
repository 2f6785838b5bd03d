/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.ecore.EClass;

import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.Yield;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Yield</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class YieldImpl extends StepImpl implements Yield {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected YieldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.YIELD;
	}

} //YieldImpl
