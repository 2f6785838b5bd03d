/**
 * SMPng Workbench
 */
package org.smpng.model.machine.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.kernel.CodePath;

import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.MachinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interrupt Handler</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.impl.InterruptHandlerImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.InterruptHandlerImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.InterruptHandlerImpl#isMpsafe <em>Mpsafe</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.InterruptHandlerImpl#getIrqLine <em>Irq Line</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.InterruptHandlerImpl#getCodePath <em>Code Path</em>}</li>
 *   <li>{@link org.smpng.model.machine.impl.InterruptHandlerImpl#getFilterCodePath <em>Filter Code Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterruptHandlerImpl extends MinimalEObjectImpl.Container implements InterruptHandler {
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
	protected static final HandlerKind KIND_EDEFAULT = HandlerKind.ITHREAD;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected HandlerKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getIrqLine() <em>Irq Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqLine()
	 * @generated
	 * @ordered
	 */
	protected IrqLine irqLine;

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
	 * The cached value of the '{@link #getFilterCodePath() <em>Filter Code Path</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilterCodePath()
	 * @generated
	 * @ordered
	 */
	protected CodePath filterCodePath;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterruptHandlerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MachinePackage.Literals.INTERRUPT_HANDLER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.INTERRUPT_HANDLER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HandlerKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(HandlerKind newKind) {
		HandlerKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.INTERRUPT_HANDLER__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.INTERRUPT_HANDLER__MPSAFE, oldMpsafe, mpsafe));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MachinePackage.INTERRUPT_HANDLER__IRQ_LINE, oldIrqLine, irqLine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.INTERRUPT_HANDLER__IRQ_LINE, oldIrqLine, irqLine));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MachinePackage.INTERRUPT_HANDLER__CODE_PATH, oldCodePath, codePath));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.INTERRUPT_HANDLER__CODE_PATH, oldCodePath, codePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodePath getFilterCodePath() {
		if (filterCodePath != null && filterCodePath.eIsProxy()) {
			InternalEObject oldFilterCodePath = (InternalEObject)filterCodePath;
			filterCodePath = (CodePath)eResolveProxy(oldFilterCodePath);
			if (filterCodePath != oldFilterCodePath) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MachinePackage.INTERRUPT_HANDLER__FILTER_CODE_PATH, oldFilterCodePath, filterCodePath));
			}
		}
		return filterCodePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodePath basicGetFilterCodePath() {
		return filterCodePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilterCodePath(CodePath newFilterCodePath) {
		CodePath oldFilterCodePath = filterCodePath;
		filterCodePath = newFilterCodePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MachinePackage.INTERRUPT_HANDLER__FILTER_CODE_PATH, oldFilterCodePath, filterCodePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MachinePackage.INTERRUPT_HANDLER__NAME:
				return getName();
			case MachinePackage.INTERRUPT_HANDLER__KIND:
				return getKind();
			case MachinePackage.INTERRUPT_HANDLER__MPSAFE:
				return isMpsafe();
			case MachinePackage.INTERRUPT_HANDLER__IRQ_LINE:
				if (resolve) return getIrqLine();
				return basicGetIrqLine();
			case MachinePackage.INTERRUPT_HANDLER__CODE_PATH:
				if (resolve) return getCodePath();
				return basicGetCodePath();
			case MachinePackage.INTERRUPT_HANDLER__FILTER_CODE_PATH:
				if (resolve) return getFilterCodePath();
				return basicGetFilterCodePath();
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
			case MachinePackage.INTERRUPT_HANDLER__NAME:
				setName((String)newValue);
				return;
			case MachinePackage.INTERRUPT_HANDLER__KIND:
				setKind((HandlerKind)newValue);
				return;
			case MachinePackage.INTERRUPT_HANDLER__MPSAFE:
				setMpsafe((Boolean)newValue);
				return;
			case MachinePackage.INTERRUPT_HANDLER__IRQ_LINE:
				setIrqLine((IrqLine)newValue);
				return;
			case MachinePackage.INTERRUPT_HANDLER__CODE_PATH:
				setCodePath((CodePath)newValue);
				return;
			case MachinePackage.INTERRUPT_HANDLER__FILTER_CODE_PATH:
				setFilterCodePath((CodePath)newValue);
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
			case MachinePackage.INTERRUPT_HANDLER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MachinePackage.INTERRUPT_HANDLER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MachinePackage.INTERRUPT_HANDLER__MPSAFE:
				setMpsafe(MPSAFE_EDEFAULT);
				return;
			case MachinePackage.INTERRUPT_HANDLER__IRQ_LINE:
				setIrqLine((IrqLine)null);
				return;
			case MachinePackage.INTERRUPT_HANDLER__CODE_PATH:
				setCodePath((CodePath)null);
				return;
			case MachinePackage.INTERRUPT_HANDLER__FILTER_CODE_PATH:
				setFilterCodePath((CodePath)null);
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
			case MachinePackage.INTERRUPT_HANDLER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MachinePackage.INTERRUPT_HANDLER__KIND:
				return kind != KIND_EDEFAULT;
			case MachinePackage.INTERRUPT_HANDLER__MPSAFE:
				return mpsafe != MPSAFE_EDEFAULT;
			case MachinePackage.INTERRUPT_HANDLER__IRQ_LINE:
				return irqLine != null;
			case MachinePackage.INTERRUPT_HANDLER__CODE_PATH:
				return codePath != null;
			case MachinePackage.INTERRUPT_HANDLER__FILTER_CODE_PATH:
				return filterCodePath != null;
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

} //InterruptHandlerImpl
