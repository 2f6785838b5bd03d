/**
 * SMPng Workbench
 */
package org.smpng.model.workload;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bursty Arrivals</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Events arriving in bursts, such as a network card's receive interrupts under a packet train.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.BurstyArrivals#getBurstsPerSecond <em>Bursts Per Second</em>}</li>
 *   <li>{@link org.smpng.model.workload.BurstyArrivals#getBurstSize <em>Burst Size</em>}</li>
 *   <li>{@link org.smpng.model.workload.BurstyArrivals#getGap <em>Gap</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.workload.WorkloadPackage#getBurstyArrivals()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validParameters'"
 * @generated
 */
public interface BurstyArrivals extends ArrivalProcess {
	/**
	 * Returns the value of the '<em><b>Bursts Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mean number of bursts per second (bursts arrive as a Poisson process); positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bursts Per Second</em>' attribute.
	 * @see #setBurstsPerSecond(double)
	 * @see org.smpng.model.workload.WorkloadPackage#getBurstyArrivals_BurstsPerSecond()
	 * @model
	 * @generated
	 */
	double getBurstsPerSecond();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.BurstyArrivals#getBurstsPerSecond <em>Bursts Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bursts Per Second</em>' attribute.
	 * @see #getBurstsPerSecond()
	 * @generated
	 */
	void setBurstsPerSecond(double value);

	/**
	 * Returns the value of the '<em><b>Burst Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of events in a burst; at least one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Burst Size</em>' attribute.
	 * @see #setBurstSize(int)
	 * @see org.smpng.model.workload.WorkloadPackage#getBurstyArrivals_BurstSize()
	 * @model default="1"
	 * @generated
	 */
	int getBurstSize();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.BurstyArrivals#getBurstSize <em>Burst Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Burst Size</em>' attribute.
	 * @see #getBurstSize()
	 * @generated
	 */
	void setBurstSize(int value);

	/**
	 * Returns the value of the '<em><b>Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time between two events of a burst, in nanoseconds; zero or more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gap</em>' attribute.
	 * @see #setGap(double)
	 * @see org.smpng.model.workload.WorkloadPackage#getBurstyArrivals_Gap()
	 * @model
	 * @generated
	 */
	double getGap();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.BurstyArrivals#getGap <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gap</em>' attribute.
	 * @see #getGap()
	 * @generated
	 */
	void setGap(double value);

} // BurstyArrivals
