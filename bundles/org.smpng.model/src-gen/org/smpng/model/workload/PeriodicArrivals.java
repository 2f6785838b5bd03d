/**
 * SMPng Workbench
 */
package org.smpng.model.workload;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Periodic Arrivals</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Events arriving at a fixed period, such as the clock interrupt at hz.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.PeriodicArrivals#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.smpng.model.workload.PeriodicArrivals#getJitter <em>Jitter</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.workload.WorkloadPackage#getPeriodicArrivals()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validParameters'"
 * @generated
 */
public interface PeriodicArrivals extends ArrivalProcess {
	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time between two events, in nanoseconds; positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(double)
	 * @see org.smpng.model.workload.WorkloadPackage#getPeriodicArrivals_Period()
	 * @model
	 * @generated
	 */
	double getPeriod();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.PeriodicArrivals#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(double value);

	/**
	 * Returns the value of the '<em><b>Jitter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The largest deviation of an event from its nominal time, in nanoseconds; zero or more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jitter</em>' attribute.
	 * @see #setJitter(double)
	 * @see org.smpng.model.workload.WorkloadPackage#getPeriodicArrivals_Jitter()
	 * @model
	 * @generated
	 */
	double getJitter();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.PeriodicArrivals#getJitter <em>Jitter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jitter</em>' attribute.
	 * @see #getJitter()
	 * @generated
	 */
	void setJitter(double value);

} // PeriodicArrivals
