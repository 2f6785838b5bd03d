/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lock Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.LockClassImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockClassImpl#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockClassImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockClassImpl#isSleepable <em>Sleepable</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockClassImpl#isRecursable <em>Recursable</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockClassImpl#isUpgradable <em>Upgradable</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockClassImpl#isSpin <em>Spin</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LockClassImpl extends MinimalEObjectImpl.Container implements LockClass {
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
	 * The default value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected static final String SYMBOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected String symbol = SYMBOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LockClassKind KIND_EDEFAULT = LockClassKind.SLEEP_MUTEX;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LockClassKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isSleepable() <em>Sleepable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSleepable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SLEEPABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSleepable() <em>Sleepable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSleepable()
	 * @generated
	 * @ordered
	 */
	protected boolean sleepable = SLEEPABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isRecursable() <em>Recursable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecursable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECURSABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRecursable() <em>Recursable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecursable()
	 * @generated
	 * @ordered
	 */
	protected boolean recursable = RECURSABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isUpgradable() <em>Upgradable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpgradable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UPGRADABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUpgradable() <em>Upgradable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpgradable()
	 * @generated
	 * @ordered
	 */
	protected boolean upgradable = UPGRADABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSpin() <em>Spin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpin()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpin() <em>Spin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpin()
	 * @generated
	 * @ordered
	 */
	protected boolean spin = SPIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LockClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.LOCK_CLASS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_CLASS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSymbol() {
		return symbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymbol(String newSymbol) {
		String oldSymbol = symbol;
		symbol = newSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_CLASS__SYMBOL, oldSymbol, symbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockClassKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LockClassKind newKind) {
		LockClassKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_CLASS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSleepable() {
		return sleepable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSleepable(boolean newSleepable) {
		boolean oldSleepable = sleepable;
		sleepable = newSleepable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_CLASS__SLEEPABLE, oldSleepable, sleepable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecursable() {
		return recursable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecursable(boolean newRecursable) {
		boolean oldRecursable = recursable;
		recursable = newRecursable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_CLASS__RECURSABLE, oldRecursable, recursable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUpgradable() {
		return upgradable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpgradable(boolean newUpgradable) {
		boolean oldUpgradable = upgradable;
		upgradable = newUpgradable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_CLASS__UPGRADABLE, oldUpgradable, upgradable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpin() {
		return spin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpin(boolean newSpin) {
		boolean oldSpin = spin;
		spin = newSpin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_CLASS__SPIN, oldSpin, spin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KernelPackage.LOCK_CLASS__NAME:
				return getName();
			case KernelPackage.LOCK_CLASS__SYMBOL:
				return getSymbol();
			case KernelPackage.LOCK_CLASS__KIND:
				return getKind();
			case KernelPackage.LOCK_CLASS__SLEEPABLE:
				return isSleepable();
			case KernelPackage.LOCK_CLASS__RECURSABLE:
				return isRecursable();
			case KernelPackage.LOCK_CLASS__UPGRADABLE:
				return isUpgradable();
			case KernelPackage.LOCK_CLASS__SPIN:
				return isSpin();
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
			case KernelPackage.LOCK_CLASS__NAME:
				setName((String)newValue);
				return;
			case KernelPackage.LOCK_CLASS__SYMBOL:
				setSymbol((String)newValue);
				return;
			case KernelPackage.LOCK_CLASS__KIND:
				setKind((LockClassKind)newValue);
				return;
			case KernelPackage.LOCK_CLASS__SLEEPABLE:
				setSleepable((Boolean)newValue);
				return;
			case KernelPackage.LOCK_CLASS__RECURSABLE:
				setRecursable((Boolean)newValue);
				return;
			case KernelPackage.LOCK_CLASS__UPGRADABLE:
				setUpgradable((Boolean)newValue);
				return;
			case KernelPackage.LOCK_CLASS__SPIN:
				setSpin((Boolean)newValue);
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
			case KernelPackage.LOCK_CLASS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case KernelPackage.LOCK_CLASS__SYMBOL:
				setSymbol(SYMBOL_EDEFAULT);
				return;
			case KernelPackage.LOCK_CLASS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case KernelPackage.LOCK_CLASS__SLEEPABLE:
				setSleepable(SLEEPABLE_EDEFAULT);
				return;
			case KernelPackage.LOCK_CLASS__RECURSABLE:
				setRecursable(RECURSABLE_EDEFAULT);
				return;
			case KernelPackage.LOCK_CLASS__UPGRADABLE:
				setUpgradable(UPGRADABLE_EDEFAULT);
				return;
			case KernelPackage.LOCK_CLASS__SPIN:
				setSpin(SPIN_EDEFAULT);
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
			case KernelPackage.LOCK_CLASS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case KernelPackage.LOCK_CLASS__SYMBOL:
				return SYMBOL_EDEFAULT == null ? symbol != null : !SYMBOL_EDEFAULT.equals(symbol);
			case KernelPackage.LOCK_CLASS__KIND:
				return kind != KIND_EDEFAULT;
			case KernelPackage.LOCK_CLASS__SLEEPABLE:
				return sleepable != SLEEPABLE_EDEFAULT;
			case KernelPackage.LOCK_CLASS__RECURSABLE:
				return recursable != RECURSABLE_EDEFAULT;
			case KernelPackage.LOCK_CLASS__UPGRADABLE:
				return upgradable != UPGRADABLE_EDEFAULT;
			case KernelPackage.LOCK_CLASS__SPIN:
				return spin != SPIN_EDEFAULT;
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
		result.append(", symbol: ");
		result.append(symbol);
		result.append(", kind: ");
		result.append(kind);
		result.append(", sleepable: ");
		result.append(sleepable);
		result.append(", recursable: ");
		result.append(recursable);
		result.append(", upgradable: ");
		result.append(upgradable);
		result.append(", spin: ");
		result.append(spin);
		result.append(')');
		return result.toString();
	}

} //LockClassImpl
