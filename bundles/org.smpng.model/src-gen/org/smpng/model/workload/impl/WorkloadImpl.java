/**
 * SMPng Workbench
 */
package org.smpng.model.workload.impl;

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

import org.smpng.model.workload.InterruptSource;
import org.smpng.model.workload.SoftwareInterrupt;
import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workload</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.impl.WorkloadImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.WorkloadImpl#getProcesses <em>Processes</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.WorkloadImpl#getInterruptSources <em>Interrupt Sources</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.WorkloadImpl#getSoftwareInterrupts <em>Software Interrupts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkloadImpl extends MinimalEObjectImpl.Container implements Workload {
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
	 * The cached value of the '{@link #getProcesses() <em>Processes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcesses()
	 * @generated
	 * @ordered
	 */
	protected EList<UserProcess> processes;

	/**
	 * The cached value of the '{@link #getInterruptSources() <em>Interrupt Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptSources()
	 * @generated
	 * @ordered
	 */
	protected EList<InterruptSource> interruptSources;

	/**
	 * The cached value of the '{@link #getSoftwareInterrupts() <em>Software Interrupts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareInterrupts()
	 * @generated
	 * @ordered
	 */
	protected EList<SoftwareInterrupt> softwareInterrupts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkloadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkloadPackage.Literals.WORKLOAD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.WORKLOAD__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UserProcess> getProcesses() {
		if (processes == null) {
			processes = new EObjectContainmentEList<UserProcess>(UserProcess.class, this, WorkloadPackage.WORKLOAD__PROCESSES);
		}
		return processes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterruptSource> getInterruptSources() {
		if (interruptSources == null) {
			interruptSources = new EObjectContainmentEList<InterruptSource>(InterruptSource.class, this, WorkloadPackage.WORKLOAD__INTERRUPT_SOURCES);
		}
		return interruptSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SoftwareInterrupt> getSoftwareInterrupts() {
		if (softwareInterrupts == null) {
			softwareInterrupts = new EObjectContainmentEList<SoftwareInterrupt>(SoftwareInterrupt.class, this, WorkloadPackage.WORKLOAD__SOFTWARE_INTERRUPTS);
		}
		return softwareInterrupts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkloadPackage.WORKLOAD__PROCESSES:
				return ((InternalEList<?>)getProcesses()).basicRemove(otherEnd, msgs);
			case WorkloadPackage.WORKLOAD__INTERRUPT_SOURCES:
				return ((InternalEList<?>)getInterruptSources()).basicRemove(otherEnd, msgs);
			case WorkloadPackage.WORKLOAD__SOFTWARE_INTERRUPTS:
				return ((InternalEList<?>)getSoftwareInterrupts()).basicRemove(otherEnd, msgs);
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
			case WorkloadPackage.WORKLOAD__NAME:
				return getName();
			case WorkloadPackage.WORKLOAD__PROCESSES:
				return getProcesses();
			case WorkloadPackage.WORKLOAD__INTERRUPT_SOURCES:
				return getInterruptSources();
			case WorkloadPackage.WORKLOAD__SOFTWARE_INTERRUPTS:
				return getSoftwareInterrupts();
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
			case WorkloadPackage.WORKLOAD__NAME:
				setName((String)newValue);
				return;
			case WorkloadPackage.WORKLOAD__PROCESSES:
				getProcesses().clear();
				getProcesses().addAll((Collection<? extends UserProcess>)newValue);
				return;
			case WorkloadPackage.WORKLOAD__INTERRUPT_SOURCES:
				getInterruptSources().clear();
				getInterruptSources().addAll((Collection<? extends InterruptSource>)newValue);
				return;
			case WorkloadPackage.WORKLOAD__SOFTWARE_INTERRUPTS:
				getSoftwareInterrupts().clear();
				getSoftwareInterrupts().addAll((Collection<? extends SoftwareInterrupt>)newValue);
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
			case WorkloadPackage.WORKLOAD__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WorkloadPackage.WORKLOAD__PROCESSES:
				getProcesses().clear();
				return;
			case WorkloadPackage.WORKLOAD__INTERRUPT_SOURCES:
				getInterruptSources().clear();
				return;
			case WorkloadPackage.WORKLOAD__SOFTWARE_INTERRUPTS:
				getSoftwareInterrupts().clear();
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
			case WorkloadPackage.WORKLOAD__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WorkloadPackage.WORKLOAD__PROCESSES:
				return processes != null && !processes.isEmpty();
			case WorkloadPackage.WORKLOAD__INTERRUPT_SOURCES:
				return interruptSources != null && !interruptSources.isEmpty();
			case WorkloadPackage.WORKLOAD__SOFTWARE_INTERRUPTS:
				return softwareInterrupts != null && !softwareInterrupts.isEmpty();
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

} //WorkloadImpl
