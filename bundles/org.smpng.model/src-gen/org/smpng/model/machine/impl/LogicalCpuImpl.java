/**
 * SMPng Workbench
 */
package org.smpng.model.machine.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.machine.LocalApic;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.MachinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Logical Cpu</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.impl.LogicalCpuImpl#getCpuId <em>Cpu Id</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.LogicalCpuImpl#getLocalApic <em>Local Apic</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LogicalCpuImpl extends MinimalEObjectImpl.Container implements LogicalCpu {
	/**
	 * The default value of the '{@link #getCpuId() <em>Cpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuId()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpuId() <em>Cpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuId()
	 * @generated
	 * @ordered
	 */
	protected int cpuId = CPU_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLocalApic() <em>Local Apic</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalApic()
	 * @generated
	 * @ordered
	 */
	protected LocalApic localApic;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LogicalCpuImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MachinePackage.Literals.LOGICAL_CPU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuId() {
		return cpuId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuId(int newCpuId) {
		int oldCpuId = cpuId;
		cpuId = newCpuId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.LOGICAL_CPU__CPU_ID, oldCpuId, cpuId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalApic getLocalApic() {
		return localApic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLocalApic(LocalApic newLocalApic, NotificationChain msgs) {
		LocalApic oldLocalApic = localApic;
		localApic = newLocalApic;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MachinePackage.LOGICAL_CPU__LOCAL_APIC, oldLocalApic, newLocalApic);
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
	public void setLocalApic(LocalApic newLocalApic) {
		if (newLocalApic != localApic) {
			NotificationChain msgs = null;
			if (localApic != null)
				msgs = ((InternalEObject)localApic).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MachinePackage.LOGICAL_CPU__LOCAL_APIC, null, msgs);
			if (newLocalApic != null)
				msgs = ((InternalEObject)newLocalApic).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MachinePackage.LOGICAL_CPU__LOCAL_APIC, null, msgs);
			msgs = basicSetLocalApic(newLocalApic, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.LOGICAL_CPU__LOCAL_APIC, newLocalApic, newLocalApic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MachinePackage.LOGICAL_CPU__LOCAL_APIC:
				return basicSetLocalApic(null, msgs);
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
			case MachinePackage.LOGICAL_CPU__CPU_ID:
				return getCpuId();
			case MachinePackage.LOGICAL_CPU__LOCAL_APIC:
				return getLocalApic();
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
			case MachinePackage.LOGICAL_CPU__CPU_ID:
				setCpuId((Integer)newValue);
				return;
			case MachinePackage.LOGICAL_CPU__LOCAL_APIC:
				setLocalApic((LocalApic)newValue);
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
			case MachinePackage.LOGICAL_CPU__CPU_ID:
				setCpuId(CPU_ID_EDEFAULT);
				return;
			case MachinePackage.LOGICAL_CPU__LOCAL_APIC:
				setLocalApic((LocalApic)null);
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
			case MachinePackage.LOGICAL_CPU__CPU_ID:
				return cpuId != CPU_ID_EDEFAULT;
			case MachinePackage.LOGICAL_CPU__LOCAL_APIC:
				return localApic != null;
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
		result.append(" (cpuId: ");
		result.append(cpuId);
		result.append(')');
		return result.toString();
	}

} //LogicalCpuImpl
