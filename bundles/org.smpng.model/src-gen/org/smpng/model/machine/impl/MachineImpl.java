/**
 * SMPng Workbench
 */
package org.smpng.model.machine.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.smpng.model.kernel.Platform;

import org.smpng.model.machine.CacheLineCosts;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.impl.MachineImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.MachineImpl#getPlatform <em>Platform</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.MachineImpl#getPackages <em>Packages</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.MachineImpl#getCacheLineCosts <em>Cache Line Costs</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.MachineImpl#getIoApics <em>Io Apics</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.MachineImpl#getIrqLines <em>Irq Lines</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.MachineImpl#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MachineImpl extends MinimalEObjectImpl.Container implements Machine {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getPackages() <em>Packages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackages()
	 * @generated
	 * @ordered
	 */
	protected EList<CpuPackage> packages;

	/**
	 * The cached value of the '{@link #getCacheLineCosts() <em>Cache Line Costs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheLineCosts()
	 * @generated
	 * @ordered
	 */
	protected CacheLineCosts cacheLineCosts;

	/**
	 * The cached value of the '{@link #getIoApics() <em>Io Apics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoApics()
	 * @generated
	 * @ordered
	 */
	protected EList<IoApic> ioApics;

	/**
	 * The cached value of the '{@link #getIrqLines() <em>Irq Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqLines()
	 * @generated
	 * @ordered
	 */
	protected EList<IrqLine> irqLines;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MachinePackage.Literals.MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.MACHINE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.MACHINE__PLATFORM, oldPlatform, platform));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CpuPackage> getPackages() {
		if (packages == null) {
			packages = new EObjectContainmentEList<CpuPackage>(CpuPackage.class, this, MachinePackage.MACHINE__PACKAGES);
		}
		return packages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CacheLineCosts getCacheLineCosts() {
		return cacheLineCosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCacheLineCosts(CacheLineCosts newCacheLineCosts, NotificationChain msgs) {
		CacheLineCosts oldCacheLineCosts = cacheLineCosts;
		cacheLineCosts = newCacheLineCosts;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MachinePackage.MACHINE__CACHE_LINE_COSTS, oldCacheLineCosts, newCacheLineCosts);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheLineCosts(CacheLineCosts newCacheLineCosts) {
		if (newCacheLineCosts != cacheLineCosts) {
			NotificationChain msgs = null;
			if (cacheLineCosts != null)
				msgs = ((InternalEObject)cacheLineCosts).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MachinePackage.MACHINE__CACHE_LINE_COSTS, null, msgs);
			if (newCacheLineCosts != null)
				msgs = ((InternalEObject)newCacheLineCosts).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MachinePackage.MACHINE__CACHE_LINE_COSTS, null, msgs);
			msgs = basicSetCacheLineCosts(newCacheLineCosts, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.MACHINE__CACHE_LINE_COSTS, newCacheLineCosts, newCacheLineCosts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IoApic> getIoApics() {
		if (ioApics == null) {
			ioApics = new EObjectContainmentEList<IoApic>(IoApic.class, this, MachinePackage.MACHINE__IO_APICS);
		}
		return ioApics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IrqLine> getIrqLines() {
		if (irqLines == null) {
			irqLines = new EObjectContainmentEList<IrqLine>(IrqLine.class, this, MachinePackage.MACHINE__IRQ_LINES);
		}
		return irqLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, MachinePackage.MACHINE__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MachinePackage.MACHINE__PACKAGES:
				return ((InternalEList<?>)getPackages()).basicRemove(otherEnd, msgs);
			case MachinePackage.MACHINE__CACHE_LINE_COSTS:
				return basicSetCacheLineCosts(null, msgs);
			case MachinePackage.MACHINE__IO_APICS:
				return ((InternalEList<?>)getIoApics()).basicRemove(otherEnd, msgs);
			case MachinePackage.MACHINE__IRQ_LINES:
				return ((InternalEList<?>)getIrqLines()).basicRemove(otherEnd, msgs);
			case MachinePackage.MACHINE__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MachinePackage.MACHINE__NAME:
				return getName();
			case MachinePackage.MACHINE__PLATFORM:
				return getPlatform();
			case MachinePackage.MACHINE__PACKAGES:
				return getPackages();
			case MachinePackage.MACHINE__CACHE_LINE_COSTS:
				return getCacheLineCosts();
			case MachinePackage.MACHINE__IO_APICS:
				return getIoApics();
			case MachinePackage.MACHINE__IRQ_LINES:
				return getIrqLines();
			case MachinePackage.MACHINE__DEVICES:
				return getDevices();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MachinePackage.MACHINE__NAME:
				setName((String)newValue);
				return;
			case MachinePackage.MACHINE__PLATFORM:
				setPlatform((Platform)newValue);
				return;
			case MachinePackage.MACHINE__PACKAGES:
				getPackages().clear();
				getPackages().addAll((Collection<? extends CpuPackage>)newValue);
				return;
			case MachinePackage.MACHINE__CACHE_LINE_COSTS:
				setCacheLineCosts((CacheLineCosts)newValue);
				return;
			case MachinePackage.MACHINE__IO_APICS:
				getIoApics().clear();
				getIoApics().addAll((Collection<? extends IoApic>)newValue);
				return;
			case MachinePackage.MACHINE__IRQ_LINES:
				getIrqLines().clear();
				getIrqLines().addAll((Collection<? extends IrqLine>)newValue);
				return;
			case MachinePackage.MACHINE__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
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
			case MachinePackage.MACHINE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MachinePackage.MACHINE__PLATFORM:
				setPlatform(PLATFORM_EDEFAULT);
				return;
			case MachinePackage.MACHINE__PACKAGES:
				getPackages().clear();
				return;
			case MachinePackage.MACHINE__CACHE_LINE_COSTS:
				setCacheLineCosts((CacheLineCosts)null);
				return;
			case MachinePackage.MACHINE__IO_APICS:
				getIoApics().clear();
				return;
			case MachinePackage.MACHINE__IRQ_LINES:
				getIrqLines().clear();
				return;
			case MachinePackage.MACHINE__DEVICES:
				getDevices().clear();
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
			case MachinePackage.MACHINE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MachinePackage.MACHINE__PLATFORM:
				return platform != PLATFORM_EDEFAULT;
			case MachinePackage.MACHINE__PACKAGES:
				return packages != null && !packages.isEmpty();
			case MachinePackage.MACHINE__CACHE_LINE_COSTS:
				return cacheLineCosts != null;
			case MachinePackage.MACHINE__IO_APICS:
				return ioApics != null && !ioApics.isEmpty();
			case MachinePackage.MACHINE__IRQ_LINES:
				return irqLines != null && !irqLines.isEmpty();
			case MachinePackage.MACHINE__DEVICES:
				return devices != null && !devices.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", platform: ");
		result.append(platform);
		result.append(')');
		return result.toString();
	}

} //MachineImpl
