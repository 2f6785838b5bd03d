/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.Platform;
import org.smpng.model.kernel.PlatformThreadingStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Platform Threading Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.PlatformThreadingStatusImpl#getPlatform <em>Platform</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.PlatformThreadingStatusImpl#isKernel <em>Kernel</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.PlatformThreadingStatusImpl#isUserland <em>Userland</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.PlatformThreadingStatusImpl#isWorks <em>Works</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlatformThreadingStatusImpl extends MinimalEObjectImpl.Container implements PlatformThreadingStatus {
	/**
	 * The default value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected static final Platform PLATFORM_EDEFAULT = Platform.I386;

	/**
	 * The cached value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected Platform platform = PLATFORM_EDEFAULT;

	/**
	 * The default value of the '{@link #isKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKernel()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KERNEL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKernel()
	 * @generated
	 * @ordered
	 */
	protected boolean kernel = KERNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isUserland() <em>Userland</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserland()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USERLAND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUserland() <em>Userland</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserland()
	 * @generated
	 * @ordered
	 */
	protected boolean userland = USERLAND_EDEFAULT;

	/**
	 * The default value of the '{@link #isWorks() <em>Works</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWorks()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WORKS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWorks() <em>Works</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWorks()
	 * @generated
	 * @ordered
	 */
	protected boolean works = WORKS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlatformThreadingStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.PLATFORM_THREADING_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Platform getPlatform() {
		return platform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlatform(Platform newPlatform) {
		Platform oldPlatform = platform;
		platform = newPlatform == null ? PLATFORM_EDEFAULT : newPlatform;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.PLATFORM_THREADING_STATUS__PLATFORM, oldPlatform, platform));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKernel() {
		return kernel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(boolean newKernel) {
		boolean oldKernel = kernel;
		kernel = newKernel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.PLATFORM_THREADING_STATUS__KERNEL, oldKernel, kernel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUserland() {
		return userland;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserland(boolean newUserland) {
		boolean oldUserland = userland;
		userland = newUserland;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.PLATFORM_THREADING_STATUS__USERLAND, oldUserland, userland));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWorks() {
		return works;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorks(boolean newWorks) {
		boolean oldWorks = works;
		works = newWorks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.PLATFORM_THREADING_STATUS__WORKS, oldWorks, works));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KernelPackage.PLATFORM_THREADING_STATUS__PLATFORM:
				return getPlatform();
			case KernelPackage.PLATFORM_THREADING_STATUS__KERNEL:
				return isKernel();
			case KernelPackage.PLATFORM_THREADING_STATUS__USERLAND:
				return isUserland();
			case KernelPackage.PLATFORM_THREADING_STATUS__WORKS:
				return isWorks();
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
			case KernelPackage.PLATFORM_THREADING_STATUS__PLATFORM:
				setPlatform((Platform)newValue);
				return;
			case KernelPackage.PLATFORM_THREADING_STATUS__KERNEL:
				setKernel((Boolean)newValue);
				return;
			case KernelPackage.PLATFORM_THREADING_STATUS__USERLAND:
				setUserland((Boolean)newValue);
				return;
			case KernelPackage.PLATFORM_THREADING_STATUS__WORKS:
				setWorks((Boolean)newValue);
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
			case KernelPackage.PLATFORM_THREADING_STATUS__PLATFORM:
				setPlatform(PLATFORM_EDEFAULT);
				return;
			case KernelPackage.PLATFORM_THREADING_STATUS__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case KernelPackage.PLATFORM_THREADING_STATUS__USERLAND:
				setUserland(USERLAND_EDEFAULT);
				return;
			case KernelPackage.PLATFORM_THREADING_STATUS__WORKS:
				setWorks(WORKS_EDEFAULT);
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
			case KernelPackage.PLATFORM_THREADING_STATUS__PLATFORM:
				return platform != PLATFORM_EDEFAULT;
			case KernelPackage.PLATFORM_THREADING_STATUS__KERNEL:
				return kernel != KERNEL_EDEFAULT;
			case KernelPackage.PLATFORM_THREADING_STATUS__USERLAND:
				return userland != USERLAND_EDEFAULT;
			case KernelPackage.PLATFORM_THREADING_STATUS__WORKS:
				return works != WORKS_EDEFAULT;
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
		result.append(" (platform: ");
		result.append(platform);
		result.append(", kernel: ");
		result.append(kernel);
		result.append(", userland: ");
		result.append(userland);
		result.append(", works: ");
		result.append(works);
		result.append(')');
		return result.toString();
	}

} //PlatformThreadingStatusImpl
