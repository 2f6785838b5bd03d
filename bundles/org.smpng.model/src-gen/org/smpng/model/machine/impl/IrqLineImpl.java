/**
 * SMPng Workbench
 */
package org.smpng.model.machine.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.smpng.model.machine.IoApicPin;
import org.smpng.model.machine.IrqKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.MachinePackage;
import org.smpng.model.machine.RoutingPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Irq Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.impl.IrqLineImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.IrqLineImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.IrqLineImpl#isShared <em>Shared</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.IrqLineImpl#getPin <em>Pin</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.IrqLineImpl#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.IrqLineImpl#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IrqLineImpl extends MinimalEObjectImpl.Container implements IrqLine {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final IrqKind KIND_EDEFAULT = IrqKind.LEGACY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected IrqKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected boolean shared = SHARED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPin() <em>Pin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPin()
	 * @generated
	 * @ordered
	 */
	protected IoApicPin pin;

	/**
	 * The default value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected static final RoutingPolicy ROUTING_EDEFAULT = RoutingPolicy.FIXED;

	/**
	 * The cached value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected RoutingPolicy routing = ROUTING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<LogicalCpu> targets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IrqLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MachinePackage.Literals.IRQ_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.IRQ_LINE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IrqKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(IrqKind newKind) {
		IrqKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.IRQ_LINE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShared() {
		return shared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShared(boolean newShared) {
		boolean oldShared = shared;
		shared = newShared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.IRQ_LINE__SHARED, oldShared, shared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IoApicPin getPin() {
		if (pin != null && pin.eIsProxy()) {
			InternalEObject oldPin = (InternalEObject)pin;
			pin = (IoApicPin)eResolveProxy(oldPin);
			if (pin != oldPin) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MachinePackage.IRQ_LINE__PIN, oldPin, pin));
			}
		}
		return pin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IoApicPin basicGetPin() {
		return pin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPin(IoApicPin newPin) {
		IoApicPin oldPin = pin;
		pin = newPin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.IRQ_LINE__PIN, oldPin, pin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoutingPolicy getRouting() {
		return routing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRouting(RoutingPolicy newRouting) {
		RoutingPolicy oldRouting = routing;
		routing = newRouting == null ? ROUTING_EDEFAULT : newRouting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.IRQ_LINE__ROUTING, oldRouting, routing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogicalCpu> getTargets() {
		if (targets == null) {
			targets = new EObjectResolvingEList<LogicalCpu>(LogicalCpu.class, this, MachinePackage.IRQ_LINE__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MachinePackage.IRQ_LINE__NUMBER:
				return getNumber();
			case MachinePackage.IRQ_LINE__KIND:
				return getKind();
			case MachinePackage.IRQ_LINE__SHARED:
				return isShared();
			case MachinePackage.IRQ_LINE__PIN:
				if (resolve) return getPin();
				return basicGetPin();
			case MachinePackage.IRQ_LINE__ROUTING:
				return getRouting();
			case MachinePackage.IRQ_LINE__TARGETS:
				return getTargets();
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
			case MachinePackage.IRQ_LINE__NUMBER:
				setNumber((Integer)newValue);
				return;
			case MachinePackage.IRQ_LINE__KIND:
				setKind((IrqKind)newValue);
				return;
			case MachinePackage.IRQ_LINE__SHARED:
				setShared((Boolean)newValue);
				return;
			case MachinePackage.IRQ_LINE__PIN:
				setPin((IoApicPin)newValue);
				return;
			case MachinePackage.IRQ_LINE__ROUTING:
				setRouting((RoutingPolicy)newValue);
				return;
			case MachinePackage.IRQ_LINE__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends LogicalCpu>)newValue);
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
			case MachinePackage.IRQ_LINE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case MachinePackage.IRQ_LINE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MachinePackage.IRQ_LINE__SHARED:
				setShared(SHARED_EDEFAULT);
				return;
			case MachinePackage.IRQ_LINE__PIN:
				setPin((IoApicPin)null);
				return;
			case MachinePackage.IRQ_LINE__ROUTING:
				setRouting(ROUTING_EDEFAULT);
				return;
			case MachinePackage.IRQ_LINE__TARGETS:
				getTargets().clear();
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
			case MachinePackage.IRQ_LINE__NUMBER:
				return number != NUMBER_EDEFAULT;
			case MachinePackage.IRQ_LINE__KIND:
				return kind != KIND_EDEFAULT;
			case MachinePackage.IRQ_LINE__SHARED:
				return shared != SHARED_EDEFAULT;
			case MachinePackage.IRQ_LINE__PIN:
				return pin != null;
			case MachinePackage.IRQ_LINE__ROUTING:
				return routing != ROUTING_EDEFAULT;
			case MachinePackage.IRQ_LINE__TARGETS:
				return targets != null && !targets.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", kind: ");
		result.append(kind);
		result.append(", shared: ");
		result.append(shared);
		result.append(", routing: ");
		result.append(routing);
		result.append(')');
		return result.toString();
	}

} //IrqLineImpl
