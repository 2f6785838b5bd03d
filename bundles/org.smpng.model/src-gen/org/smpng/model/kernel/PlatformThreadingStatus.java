/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Platform Threading Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One row of a thread library status table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.PlatformThreadingStatus#getPlatform <em>Platform</em>}</li>
 *   <li>{@link org.smpng.model.kernel.PlatformThreadingStatus#isKernel <em>Kernel</em>}</li>
 *   <li>{@link org.smpng.model.kernel.PlatformThreadingStatus#isUserland <em>Userland</em>}</li>
 *   <li>{@link org.smpng.model.kernel.PlatformThreadingStatus#isWorks <em>Works</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getPlatformThreadingStatus()
 * @model
 * @generated
 */
public interface PlatformThreadingStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Platform</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.Platform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The platform of the row.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Platform</em>' attribute.
	 * @see org.smpng.model.kernel.Platform
	 * @see #setPlatform(Platform)
	 * @see org.smpng.model.kernel.KernelPackage#getPlatformThreadingStatus_Platform()
	 * @model
	 * @generated
	 */
	Platform getPlatform();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.PlatformThreadingStatus#getPlatform <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platform</em>' attribute.
	 * @see org.smpng.model.kernel.Platform
	 * @see #getPlatform()
	 * @generated
	 */
	void setPlatform(Platform value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the kernel support for the library exists on the platform.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getPlatformThreadingStatus_Kernel()
	 * @model
	 * @generated
	 */
	boolean isKernel();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.PlatformThreadingStatus#isKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #isKernel()
	 * @generated
	 */
	void setKernel(boolean value);

	/**
	 * Returns the value of the '<em><b>Userland</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the userland library exists on the platform.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Userland</em>' attribute.
	 * @see #setUserland(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getPlatformThreadingStatus_Userland()
	 * @model
	 * @generated
	 */
	boolean isUserland();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.PlatformThreadingStatus#isUserland <em>Userland</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Userland</em>' attribute.
	 * @see #isUserland()
	 * @generated
	 */
	void setUserland(boolean value);

	/**
	 * Returns the value of the '<em><b>Works</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the library works on the platform.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Works</em>' attribute.
	 * @see #setWorks(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getPlatformThreadingStatus_Works()
	 * @model
	 * @generated
	 */
	boolean isWorks();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.PlatformThreadingStatus#isWorks <em>Works</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Works</em>' attribute.
	 * @see #isWorks()
	 * @generated
	 */
	void setWorks(boolean value);

} // PlatformThreadingStatus
