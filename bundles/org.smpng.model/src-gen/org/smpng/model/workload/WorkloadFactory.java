/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.smpng.model.workload.WorkloadPackage
 * @generated
 */
public interface WorkloadFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WorkloadFactory eINSTANCE = org.smpng.model.workload.impl.WorkloadFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Workload</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workload</em>'.
	 * @generated
	 */
	Workload createWorkload();

	/**
	 * Returns a new object of class '<em>User Process</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User Process</em>'.
	 * @generated
	 */
	UserProcess createUserProcess();

	/**
	 * Returns a new object of class '<em>User Thread Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User Thread Group</em>'.
	 * @generated
	 */
	UserThreadGroup createUserThreadGroup();

	/**
	 * Returns a new object of class '<em>Operation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Operation</em>'.
	 * @generated
	 */
	Operation createOperation();

	/**
	 * Returns a new object of class '<em>Interrupt Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interrupt Source</em>'.
	 * @generated
	 */
	InterruptSource createInterruptSource();

	/**
	 * Returns a new object of class '<em>Software Interrupt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Software Interrupt</em>'.
	 * @generated
	 */
	SoftwareInterrupt createSoftwareInterrupt();

	/**
	 * Returns a new object of class '<em>Poisson Arrivals</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Poisson Arrivals</em>'.
	 * @generated
	 */
	PoissonArrivals createPoissonArrivals();

	/**
	 * Returns a new object of class '<em>Periodic Arrivals</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Periodic Arrivals</em>'.
	 * @generated
	 */
	PeriodicArrivals createPeriodicArrivals();

	/**
	 * Returns a new object of class '<em>Bursty Arrivals</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bursty Arrivals</em>'.
	 * @generated
	 */
	BurstyArrivals createBurstyArrivals();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	WorkloadPackage getWorkloadPackage();

} //WorkloadFactory
