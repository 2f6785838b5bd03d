/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.Syscall;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Syscall</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.SyscallImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SyscallImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SyscallImpl#isMpsafe <em>Mpsafe</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SyscallImpl#getSubsystem <em>Subsystem</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SyscallImpl#getCodePath <em>Code Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyscallImpl extends MinimalEObjectImpl.Container implements Syscall {
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
	 * The cached value of the '{@link #getSubsystem() <em>Subsystem</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsystem()
	 * @generated
	 * @ordered
	 */
	protected Subsystem subsystem;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SyscallImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.SYSCALL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SYSCALL__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SYSCALL__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SYSCALL__MPSAFE, oldMpsafe, mpsafe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subsystem getSubsystem() {
		if (subsystem != null && subsystem.eIsProxy()) {
			InternalEObject oldSubsystem = (InternalEObject)subsystem;
			subsystem = (Subsystem)eResolveProxy(oldSubsystem);
			if (subsystem != oldSubsystem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.SYSCALL__SUBSYSTEM, oldSubsystem, subsystem));
			}
		}
		return subsystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Subsystem basicGetSubsystem() {
		return subsystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsystem(Subsystem newSubsystem) {
		Subsystem oldSubsystem = subsystem;
		subsystem = newSubsystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SYSCALL__SUBSYSTEM, oldSubsystem, subsystem));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.SYSCALL__CODE_PATH, oldCodePath, codePath));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SYSCALL__CODE_PATH, oldCodePath, codePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KernelPackage.SYSCALL__NAME:
				return getName();
			case KernelPackage.SYSCALL__NUMBER:
				return getNumber();
			case KernelPackage.SYSCALL__MPSAFE:
				return isMpsafe();
			case KernelPackage.SYSCALL__SUBSYSTEM:
				if (resolve) return getSubsystem();
				return basicGetSubsystem();
			case KernelPackage.SYSCALL__CODE_PATH:
				if (resolve) return getCodePath();
				return basicGetCodePath();
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
			case KernelPackage.SYSCALL__NAME:
				setName((String)newValue);
				return;
			case KernelPackage.SYSCALL__NUMBER:
				setNumber((Integer)newValue);
				return;
			case KernelPackage.SYSCALL__MPSAFE:
				setMpsafe((Boolean)newValue);
				return;
			case KernelPackage.SYSCALL__SUBSYSTEM:
				setSubsystem((Subsystem)newValue);
				return;
			case KernelPackage.SYSCALL__CODE_PATH:
				setCodePath((CodePath)newValue);
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
			case KernelPackage.SYSCALL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case KernelPackage.SYSCALL__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case KernelPackage.SYSCALL__MPSAFE:
				setMpsafe(MPSAFE_EDEFAULT);
				return;
			case KernelPackage.SYSCALL__SUBSYSTEM:
				setSubsystem((Subsystem)null);
				return;
			case KernelPackage.SYSCALL__CODE_PATH:
				setCodePath((CodePath)null);
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
			case KernelPackage.SYSCALL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case KernelPackage.SYSCALL__NUMBER:
				return number != NUMBER_EDEFAULT;
			case KernelPackage.SYSCALL__MPSAFE:
				return mpsafe != MPSAFE_EDEFAULT;
			case KernelPackage.SYSCALL__SUBSYSTEM:
				return subsystem != null;
			case KernelPackage.SYSCALL__CODE_PATH:
				return codePath != null;
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
		result.append(", number: ");
		result.append(number);
		result.append(", mpsafe: ");
		result.append(mpsafe);
		result.append(')');
		return result.toString();
	}

} //SyscallImpl
