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

import org.smpng.model.kernel.CodePath;

import org.smpng.model.workload.ArrivalProcess;
import org.smpng.model.workload.SoftwareInterrupt;
import org.smpng.model.workload.SoftwareInterruptKind;
import org.smpng.model.workload.WorkloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Software Interrupt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.impl.SoftwareInterruptImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.SoftwareInterruptImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.SoftwareInterruptImpl#isMpsafe <em>Mpsafe</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.SoftwareInterruptImpl#getCodePath <em>Code Path</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.SoftwareInterruptImpl#getArrivals <em>Arrivals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SoftwareInterruptImpl extends MinimalEObjectImpl.Container implements SoftwareInterrupt {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SoftwareInterruptKind KIND_EDEFAULT = SoftwareInterruptKind.CLOCK;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SoftwareInterruptKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isMpsafe() <em>Mpsafe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMpsafe()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MPSAFE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMpsafe() <em>Mpsafe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMpsafe()
	 * @generated
	 * @ordered
	 */
	protected boolean mpsafe = MPSAFE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCodePath() <em>Code Path</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodePath()
	 * @generated
	 * @ordered
	 */
	protected CodePath codePath;

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
	protected SoftwareInterruptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkloadPackage.Literals.SOFTWARE_INTERRUPT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.SOFTWARE_INTERRUPT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareInterruptKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SoftwareInterruptKind newKind) {
		SoftwareInterruptKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.SOFTWARE_INTERRUPT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMpsafe() {
		return mpsafe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMpsafe(boolean newMpsafe) {
		boolean oldMpsafe = mpsafe;
		mpsafe = newMpsafe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.SOFTWARE_INTERRUPT__MPSAFE, oldMpsafe, mpsafe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodePath getCodePath() {
		if (codePath != null && codePath.eIsProxy()) {
			InternalEObject oldCodePath = (InternalEObject)codePath;
			codePath = (CodePath)eResolveProxy(oldCodePath);
			if (codePath != oldCodePath) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkloadPackage.SOFTWARE_INTERRUPT__CODE_PATH, oldCodePath, codePath));
			}
		}
		return codePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodePath basicGetCodePath() {
		return codePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodePath(CodePath newCodePath) {
		CodePath oldCodePath = codePath;
		codePath = newCodePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.SOFTWARE_INTERRUPT__CODE_PATH, oldCodePath, codePath));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WorkloadPackage.SOFTWARE_INTERRUPT__ARRIVALS, oldArrivals, newArrivals);
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
				msgs = ((InternalEObject)arrivals).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WorkloadPackage.SOFTWARE_INTERRUPT__ARRIVALS, null, msgs);
			if (newArrivals != null)
				msgs = ((InternalEObject)newArrivals).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WorkloadPackage.SOFTWARE_INTERRUPT__ARRIVALS, null, msgs);
			msgs = basicSetArrivals(newArrivals, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.SOFTWARE_INTERRUPT__ARRIVALS, newArrivals, newArrivals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkloadPackage.SOFTWARE_INTERRUPT__ARRIVALS:
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
			case WorkloadPackage.SOFTWARE_INTERRUPT__NAME:
				return getName();
			case WorkloadPackage.SOFTWARE_INTERRUPT__KIND:
				return getKind();
			case WorkloadPackage.SOFTWARE_INTERRUPT__MPSAFE:
				return isMpsafe();
			case WorkloadPackage.SOFTWARE_INTERRUPT__CODE_PATH:
				if (resolve) return getCodePath();
				return basicGetCodePath();
			case WorkloadPackage.SOFTWARE_INTERRUPT__ARRIVALS:
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
			case WorkloadPackage.SOFTWARE_INTERRUPT__NAME:
				setName((String)newValue);
				return;
			case WorkloadPackage.SOFTWARE_INTERRUPT__KIND:
				setKind((SoftwareInterruptKind)newValue);
				return;
			case WorkloadPackage.SOFTWARE_INTERRUPT__MPSAFE:
				setMpsafe((Boolean)newValue);
				return;
			case WorkloadPackage.SOFTWARE_INTERRUPT__CODE_PATH:
				setCodePath((CodePath)newValue);
				return;
			case WorkloadPackage.SOFTWARE_INTERRUPT__ARRIVALS:
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
			case WorkloadPackage.SOFTWARE_INTERRUPT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WorkloadPackage.SOFTWARE_INTERRUPT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case WorkloadPackage.SOFTWARE_INTERRUPT__MPSAFE:
				setMpsafe(MPSAFE_EDEFAULT);
				return;
			case WorkloadPackage.SOFTWARE_INTERRUPT__CODE_PATH:
				setCodePath((CodePath)null);
				return;
			case WorkloadPackage.SOFTWARE_INTERRUPT__ARRIVALS:
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
			case WorkloadPackage.SOFTWARE_INTERRUPT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WorkloadPackage.SOFTWARE_INTERRUPT__KIND:
				return kind != KIND_EDEFAULT;
			case WorkloadPackage.SOFTWARE_INTERRUPT__MPSAFE:
				return mpsafe != MPSAFE_EDEFAULT;
			case WorkloadPackage.SOFTWARE_INTERRUPT__CODE_PATH:
				return codePath != null;
			case WorkloadPackage.SOFTWARE_INTERRUPT__ARRIVALS:
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", mpsafe: ");
		result.append(mpsafe);
		result.append(')');
		return result.toString();
	}

} //SoftwareInterruptImpl
