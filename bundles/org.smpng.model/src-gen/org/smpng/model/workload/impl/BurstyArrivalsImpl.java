/**
 * SMPng Workbench
 */
package org.smpng.model.workload.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.smpng.model.workload.BurstyArrivals;
import org.smpng.model.workload.WorkloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bursty Arrivals</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.impl.BurstyArrivalsImpl#getBurstsPerSecond <em>Bursts Per Second</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.BurstyArrivalsImpl#getBurstSize <em>Burst Size</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.BurstyArrivalsImpl#getGap <em>Gap</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BurstyArrivalsImpl extends ArrivalProcessImpl implements BurstyArrivals {
	/**
	 * The default value of the '{@link #getBurstsPerSecond() <em>Bursts Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBurstsPerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final double BURSTS_PER_SECOND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBurstsPerSecond() <em>Bursts Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBurstsPerSecond()
	 * @generated
	 * @ordered
	 */
	protected double burstsPerSecond = BURSTS_PER_SECOND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBurstSize() <em>Burst Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBurstSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BURST_SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getBurstSize() <em>Burst Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBurstSize()
	 * @generated
	 * @ordered
	 */
	protected int burstSize = BURST_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGap() <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected static final double GAP_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGap() <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected double gap = GAP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BurstyArrivalsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkloadPackage.Literals.BURSTY_ARRIVALS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBurstsPerSecond() {
		return burstsPerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBurstsPerSecond(double newBurstsPerSecond) {
		double oldBurstsPerSecond = burstsPerSecond;
		burstsPerSecond = newBurstsPerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.BURSTY_ARRIVALS__BURSTS_PER_SECOND, oldBurstsPerSecond, burstsPerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBurstSize() {
		return burstSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBurstSize(int newBurstSize) {
		int oldBurstSize = burstSize;
		burstSize = newBurstSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.BURSTY_ARRIVALS__BURST_SIZE, oldBurstSize, burstSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGap() {
		return gap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGap(double newGap) {
		double oldGap = gap;
		gap = newGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.BURSTY_ARRIVALS__GAP, oldGap, gap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkloadPackage.BURSTY_ARRIVALS__BURSTS_PER_SECOND:
				return getBurstsPerSecond();
			case WorkloadPackage.BURSTY_ARRIVALS__BURST_SIZE:
				return getBurstSize();
			case WorkloadPackage.BURSTY_ARRIVALS__GAP:
				return getGap();
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
			case WorkloadPackage.BURSTY_ARRIVALS__BURSTS_PER_SECOND:
				setBurstsPerSecond((Double)newValue);
				return;
			case WorkloadPackage.BURSTY_ARRIVALS__BURST_SIZE:
				setBurstSize((Integer)newValue);
				return;
			case WorkloadPackage.BURSTY_ARRIVALS__GAP:
				setGap((Double)newValue);
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
			case WorkloadPackage.BURSTY_ARRIVALS__BURSTS_PER_SECOND:
				setBurstsPerSecond(BURSTS_PER_SECOND_EDEFAULT);
				return;
			case WorkloadPackage.BURSTY_ARRIVALS__BURST_SIZE:
				setBurstSize(BURST_SIZE_EDEFAULT);
				return;
			case WorkloadPackage.BURSTY_ARRIVALS__GAP:
				setGap(GAP_EDEFAULT);
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
			case WorkloadPackage.BURSTY_ARRIVALS__BURSTS_PER_SECOND:
				return burstsPerSecond != BURSTS_PER_SECOND_EDEFAULT;
			case WorkloadPackage.BURSTY_ARRIVALS__BURST_SIZE:
				return burstSize != BURST_SIZE_EDEFAULT;
			case WorkloadPackage.BURSTY_ARRIVALS__GAP:
				return gap != GAP_EDEFAULT;
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
		result.append(" (burstsPerSecond: ");
		result.append(burstsPerSecond);
		result.append(", burstSize: ");
		result.append(burstSize);
		result.append(", gap: ");
		result.append(gap);
		result.append(')');
		return result.toString();
	}

} //BurstyArrivalsImpl
