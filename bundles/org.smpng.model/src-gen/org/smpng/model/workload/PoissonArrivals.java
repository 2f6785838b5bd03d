/**
 * SMPng Workbench
 */
package org.smpng.model.workload;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Poisson Arrivals</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Events arriving as a Poisson process, such as packets from many independent hosts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.PoissonArrivals#getRatePerSecond <em>Rate Per Second</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.workload.WorkloadPackage#getPoissonArrivals()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validParameters'"
 * @generated
 */
public interface PoissonArrivals extends ArrivalProcess {
	/**
	 * Returns the value of the '<em><b>Rate Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mean number of events per second; positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate Per Second</em>' attribute.
	 * @see #setRatePerSecond(double)
	 * @see org.smpng.model.workload.WorkloadPackage#getPoissonArrivals_RatePerSecond()
	 * @model
	 * @generated
	 */
	double getRatePerSecond();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.PoissonArrivals#getRatePerSecond <em>Rate Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate Per Second</em>' attribute.
	 * @see #getRatePerSecond()
	 * @generated
	 */
	void setRatePerSecond(double value);

} // PoissonArrivals
