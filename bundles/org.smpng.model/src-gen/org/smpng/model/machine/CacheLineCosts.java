/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cache Line Costs</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The relative cost, in nanoseconds, of moving a lock's cache line from one logical CPU to another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.CacheLineCosts#getSameCore <em>Same Core</em>}</li>
 *   <li>{@link org.smpng.model.machine.CacheLineCosts#getSamePackage <em>Same Package</em>}</li>
 *   <li>{@link org.smpng.model.machine.CacheLineCosts#getCrossPackage <em>Cross Package</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getCacheLineCosts()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='nonNegativeAndOrdered'"
 * @generated
 */
public interface CacheLineCosts extends EObject {
	/**
	 * Returns the value of the '<em><b>Same Core</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cost between hardware threads of the same core, which share its caches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Same Core</em>' attribute.
	 * @see #setSameCore(double)
	 * @see org.smpng.model.machine.MachinePackage#getCacheLineCosts_SameCore()
	 * @model default="5"
	 * @generated
	 */
	double getSameCore();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.CacheLineCosts#getSameCore <em>Same Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Same Core</em>' attribute.
	 * @see #getSameCore()
	 * @generated
	 */
	void setSameCore(double value);

	/**
	 * Returns the value of the '<em><b>Same Package</b></em>' attribute.
	 * The default value is <code>"40"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cost between cores of the same package.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Same Package</em>' attribute.
	 * @see #setSamePackage(double)
	 * @see org.smpng.model.machine.MachinePackage#getCacheLineCosts_SamePackage()
	 * @model default="40"
	 * @generated
	 */
	double getSamePackage();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.CacheLineCosts#getSamePackage <em>Same Package</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Same Package</em>' attribute.
	 * @see #getSamePackage()
	 * @generated
	 */
	void setSamePackage(double value);

	/**
	 * Returns the value of the '<em><b>Cross Package</b></em>' attribute.
	 * The default value is <code>"150"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cost between CPUs of different packages, over the front-side bus or interconnect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cross Package</em>' attribute.
	 * @see #setCrossPackage(double)
	 * @see org.smpng.model.machine.MachinePackage#getCacheLineCosts_CrossPackage()
	 * @model default="150"
	 * @generated
	 */
	double getCrossPackage();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.CacheLineCosts#getCrossPackage <em>Cross Package</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cross Package</em>' attribute.
	 * @see #getCrossPackage()
	 * @generated
	 */
	void setCrossPackage(double value);

} // CacheLineCosts
