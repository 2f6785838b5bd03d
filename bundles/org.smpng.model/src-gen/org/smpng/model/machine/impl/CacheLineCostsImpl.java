/**
 * SMPng Workbench
 */
package org.smpng.model.machine.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.machine.CacheLineCosts;
import org.smpng.model.machine.MachinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cache Line Costs</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.impl.CacheLineCostsImpl#getSameCore <em>Same Core</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.CacheLineCostsImpl#getSamePackage <em>Same Package</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.CacheLineCostsImpl#getCrossPackage <em>Cross Package</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CacheLineCostsImpl extends MinimalEObjectImpl.Container implements CacheLineCosts {
	/**
	 * The default value of the '{@link #getSameCore() <em>Same Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSameCore()
	 * @generated
	 * @ordered
	 */
	protected static final double SAME_CORE_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getSameCore() <em>Same Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSameCore()
	 * @generated
	 * @ordered
	 */
	protected double sameCore = SAME_CORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamePackage() <em>Same Package</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamePackage()
	 * @generated
	 * @ordered
	 */
	protected static final double SAME_PACKAGE_EDEFAULT = 40.0;

	/**
	 * The cached value of the '{@link #getSamePackage() <em>Same Package</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamePackage()
	 * @generated
	 * @ordered
	 */
	protected double samePackage = SAME_PACKAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrossPackage() <em>Cross Package</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossPackage()
	 * @generated
	 * @ordered
	 */
	protected static final double CROSS_PACKAGE_EDEFAULT = 150.0;

	/**
	 * The cached value of the '{@link #getCrossPackage() <em>Cross Package</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossPackage()
	 * @generated
	 * @ordered
	 */
	protected double crossPackage = CROSS_PACKAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CacheLineCostsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MachinePackage.Literals.CACHE_LINE_COSTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSameCore() {
		return sameCore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSameCore(double newSameCore) {
		double oldSameCore = sameCore;
		sameCore = newSameCore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.CACHE_LINE_COSTS__SAME_CORE, oldSameCore, sameCore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSamePackage() {
		return samePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamePackage(double newSamePackage) {
		double oldSamePackage = samePackage;
		samePackage = newSamePackage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.CACHE_LINE_COSTS__SAME_PACKAGE, oldSamePackage, samePackage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCrossPackage() {
		return crossPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrossPackage(double newCrossPackage) {
		double oldCrossPackage = crossPackage;
		crossPackage = newCrossPackage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.CACHE_LINE_COSTS__CROSS_PACKAGE, oldCrossPackage, crossPackage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MachinePackage.CACHE_LINE_COSTS__SAME_CORE:
				return getSameCore();
			case MachinePackage.CACHE_LINE_COSTS__SAME_PACKAGE:
				return getSamePackage();
			case MachinePackage.CACHE_LINE_COSTS__CROSS_PACKAGE:
				return getCrossPackage();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MachinePackage.CACHE_LINE_COSTS__SAME_CORE:
				setSameCore((Double)newValue);
				return;
			case MachinePackage.CACHE_LINE_COSTS__SAME_PACKAGE:
				setSamePackage((Double)newValue);
				return;
			case MachinePackage.CACHE_LINE_COSTS__CROSS_PACKAGE:
				setCrossPackage((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MachinePackage.CACHE_LINE_COSTS__SAME_CORE:
				setSameCore(SAME_CORE_EDEFAULT);
				return;
			case MachinePackage.CACHE_LINE_COSTS__SAME_PACKAGE:
				setSamePackage(SAME_PACKAGE_EDEFAULT);
				return;
			case MachinePackage.CACHE_LINE_COSTS__CROSS_PACKAGE:
				setCrossPackage(CROSS_PACKAGE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MachinePackage.CACHE_LINE_COSTS__SAME_CORE:
				return sameCore != SAME_CORE_EDEFAULT;
			case MachinePackage.CACHE_LINE_COSTS__SAME_PACKAGE:
				return samePackage != SAME_PACKAGE_EDEFAULT;
			case MachinePackage.CACHE_LINE_COSTS__CROSS_PACKAGE:
				return crossPackage != CROSS_PACKAGE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (sameCore: ");
		result.append(sameCore);
		result.append(", samePackage: ");
		result.append(samePackage);
		result.append(", crossPackage: ");
		result.append(crossPackage);
		result.append(')');
		return result.toString();
	}

} //CacheLineCostsImpl
