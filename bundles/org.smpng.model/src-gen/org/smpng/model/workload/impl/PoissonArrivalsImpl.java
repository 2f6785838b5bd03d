/**
 * SMPng Workbench
 */
package org.smpng.model.workload.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.smpng.model.workload.PoissonArrivals;
import org.smpng.model.workload.WorkloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Poisson Arrivals</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.impl.PoissonArrivalsImpl#getRatePerSecond <em>Rate Per Second</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PoissonArrivalsImpl extends ArrivalProcessImpl implements PoissonArrivals {
	/**
	 * The default value of the '{@link #getRatePerSecond() <em>Rate Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatePerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final double RATE_PER_SECOND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRatePerSecond() <em>Rate Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatePerSecond()
	 * @generated
	 * @ordered
	 */
	protected double ratePerSecond = RATE_PER_SECOND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoissonArrivalsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkloadPackage.Literals.POISSON_ARRIVALS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRatePerSecond() {
		return ratePerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatePerSecond(double newRatePerSecond) {
		double oldRatePerSecond = ratePerSecond;
		ratePerSecond = newRatePerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.POISSON_ARRIVALS__RATE_PER_SECOND, oldRatePerSecond, ratePerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkloadPackage.POISSON_ARRIVALS__RATE_PER_SECOND:
				return getRatePerSecond();
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
			case WorkloadPackage.POISSON_ARRIVALS__RATE_PER_SECOND:
				setRatePerSecond((Double)newValue);
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
			case WorkloadPackage.POISSON_ARRIVALS__RATE_PER_SECOND:
				setRatePerSecond(RATE_PER_SECOND_EDEFAULT);
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
			case WorkloadPackage.POISSON_ARRIVALS__RATE_PER_SECOND:
				return ratePerSecond != RATE_PER_SECOND_EDEFAULT;
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
		result.append(" (ratePerSecond: ");
		result.append(ratePerSecond);
		result.append(')');
		return result.toString();
	}

} //PoissonArrivalsImpl
