/**
 * SMPng Workbench
 */
package org.smpng.model.workload.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.machine.Device;
import org.smpng.model.machine.IrqLine;

import org.smpng.model.workload.ArrivalProcess;
import org.smpng.model.workload.InterruptSource;
import org.smpng.model.workload.WorkloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interrupt Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.impl.InterruptSourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.InterruptSourceImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.InterruptSourceImpl#getIrqLine <em>Irq Line</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.InterruptSourceImpl#getArrivals <em>Arrivals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterruptSourceImpl extends MinimalEObjectImpl.Container implements InterruptSource {
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
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected Device device;

	/**
	 * The cached value of the '{@link #getIrqLine() <em>Irq Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqLine()
	 * @generated
	 * @ordered
	 */
	protected IrqLine irqLine;

	/**
	 * The cached value of the '{@link #getArrivals() <em>Arrivals</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrivals()
	 * @generated
	 * @ordered
	 */
	protected ArrivalProcess arrivals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterruptSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkloadPackage.Literals.INTERRUPT_SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.INTERRUPT_SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (Device)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkloadPackage.INTERRUPT_SOURCE__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(Device newDevice) {
		Device oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.INTERRUPT_SOURCE__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IrqLine getIrqLine() {
		if (irqLine != null && irqLine.eIsProxy()) {
			InternalEObject oldIrqLine = (InternalEObject)irqLine;
			irqLine = (IrqLine)eResolveProxy(oldIrqLine);
			if (irqLine != oldIrqLine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkloadPackage.INTERRUPT_SOURCE__IRQ_LINE, oldIrqLine, irqLine));
			}
		}
		return irqLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IrqLine basicGetIrqLine() {
		return irqLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqLine(IrqLine newIrqLine) {
		IrqLine oldIrqLine = irqLine;
		irqLine = newIrqLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.INTERRUPT_SOURCE__IRQ_LINE, oldIrqLine, irqLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrivalProcess getArrivals() {
		return arrivals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetArrivals(ArrivalProcess newArrivals, NotificationChain msgs) {
		ArrivalProcess oldArrivals = arrivals;
		arrivals = newArrivals;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WorkloadPackage.INTERRUPT_SOURCE__ARRIVALS, oldArrivals, newArrivals);
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
	public void setArrivals(ArrivalProcess newArrivals) {
		if (newArrivals != arrivals) {
			NotificationChain msgs = null;
			if (arrivals != null)
				msgs = ((InternalEObject)arrivals).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WorkloadPackage.INTERRUPT_SOURCE__ARRIVALS, null, msgs);
			if (newArrivals != null)
				msgs = ((InternalEObject)newArrivals).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WorkloadPackage.INTERRUPT_SOURCE__ARRIVALS, null, msgs);
			msgs = basicSetArrivals(newArrivals, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.INTERRUPT_SOURCE__ARRIVALS, newArrivals, newArrivals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkloadPackage.INTERRUPT_SOURCE__ARRIVALS:
				return basicSetArrivals(null, msgs);
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
			case WorkloadPackage.INTERRUPT_SOURCE__NAME:
				return getName();
			case WorkloadPackage.INTERRUPT_SOURCE__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case WorkloadPackage.INTERRUPT_SOURCE__IRQ_LINE:
				if (resolve) return getIrqLine();
				return basicGetIrqLine();
			case WorkloadPackage.INTERRUPT_SOURCE__ARRIVALS:
				return getArrivals();
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
			case WorkloadPackage.INTERRUPT_SOURCE__NAME:
				setName((String)newValue);
				return;
			case WorkloadPackage.INTERRUPT_SOURCE__DEVICE:
				setDevice((Device)newValue);
				return;
			case WorkloadPackage.INTERRUPT_SOURCE__IRQ_LINE:
				setIrqLine((IrqLine)newValue);
				return;
			case WorkloadPackage.INTERRUPT_SOURCE__ARRIVALS:
				setArrivals((ArrivalProcess)newValue);
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
			case WorkloadPackage.INTERRUPT_SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WorkloadPackage.INTERRUPT_SOURCE__DEVICE:
				setDevice((Device)null);
				return;
			case WorkloadPackage.INTERRUPT_SOURCE__IRQ_LINE:
				setIrqLine((IrqLine)null);
				return;
			case WorkloadPackage.INTERRUPT_SOURCE__ARRIVALS:
				setArrivals((ArrivalProcess)null);
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
			case WorkloadPackage.INTERRUPT_SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WorkloadPackage.INTERRUPT_SOURCE__DEVICE:
				return device != null;
			case WorkloadPackage.INTERRUPT_SOURCE__IRQ_LINE:
				return irqLine != null;
			case WorkloadPackage.INTERRUPT_SOURCE__ARRIVALS:
				return arrivals != null;
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
		result.append(')');
		return result.toString();
	}

} //InterruptSourceImpl
