/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockInstances;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Subsystem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lock Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.LockTypeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockTypeImpl#getLockClass <em>Lock Class</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockTypeImpl#isRecursionAllowed <em>Recursion Allowed</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockTypeImpl#isDupOk <em>Dup Ok</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockTypeImpl#isNoWitness <em>No Witness</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockTypeImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockTypeImpl#getSubsystem <em>Subsystem</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockTypeImpl#getInstances <em>Instances</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.LockTypeImpl#getInstanceCount <em>Instance Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LockTypeImpl extends MinimalEObjectImpl.Container implements LockType {
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
	 * The cached value of the '{@link #getLockClass() <em>Lock Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockClass()
	 * @generated
	 * @ordered
	 */
	protected LockClass lockClass;

	/**
	 * The default value of the '{@link #isRecursionAllowed() <em>Recursion Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecursionAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECURSION_ALLOWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRecursionAllowed() <em>Recursion Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecursionAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean recursionAllowed = RECURSION_ALLOWED_EDEFAULT;

	/**
	 * The default value of the '{@link #isDupOk() <em>Dup Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDupOk()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DUP_OK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDupOk() <em>Dup Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDupOk()
	 * @generated
	 * @ordered
	 */
	protected boolean dupOk = DUP_OK_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoWitness() <em>No Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoWitness()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_WITNESS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoWitness() <em>No Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoWitness()
	 * @generated
	 * @ordered
	 */
	protected boolean noWitness = NO_WITNESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

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
	 * The default value of the '{@link #getInstances() <em>Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstances()
	 * @generated
	 * @ordered
	 */
	protected static final LockInstances INSTANCES_EDEFAULT = LockInstances.SINGLE;

	/**
	 * The cached value of the '{@link #getInstances() <em>Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstances()
	 * @generated
	 * @ordered
	 */
	protected LockInstances instances = INSTANCES_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstanceCount() <em>Instance Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceCount()
	 * @generated
	 * @ordered
	 */
	protected static final int INSTANCE_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getInstanceCount() <em>Instance Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceCount()
	 * @generated
	 * @ordered
	 */
	protected int instanceCount = INSTANCE_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LockTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.LOCK_TYPE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_TYPE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockClass getLockClass() {
		if (lockClass != null && lockClass.eIsProxy()) {
			InternalEObject oldLockClass = (InternalEObject)lockClass;
			lockClass = (LockClass)eResolveProxy(oldLockClass);
			if (lockClass != oldLockClass) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.LOCK_TYPE__LOCK_CLASS, oldLockClass, lockClass));
			}
		}
		return lockClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockClass basicGetLockClass() {
		return lockClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockClass(LockClass newLockClass) {
		LockClass oldLockClass = lockClass;
		lockClass = newLockClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_TYPE__LOCK_CLASS, oldLockClass, lockClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecursionAllowed() {
		return recursionAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecursionAllowed(boolean newRecursionAllowed) {
		boolean oldRecursionAllowed = recursionAllowed;
		recursionAllowed = newRecursionAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_TYPE__RECURSION_ALLOWED, oldRecursionAllowed, recursionAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDupOk() {
		return dupOk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDupOk(boolean newDupOk) {
		boolean oldDupOk = dupOk;
		dupOk = newDupOk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_TYPE__DUP_OK, oldDupOk, dupOk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoWitness() {
		return noWitness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoWitness(boolean newNoWitness) {
		boolean oldNoWitness = noWitness;
		noWitness = newNoWitness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_TYPE__NO_WITNESS, oldNoWitness, noWitness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_TYPE__DESCRIPTION, oldDescription, description));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.LOCK_TYPE__SUBSYSTEM, oldSubsystem, subsystem));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_TYPE__SUBSYSTEM, oldSubsystem, subsystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockInstances getInstances() {
		return instances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstances(LockInstances newInstances) {
		LockInstances oldInstances = instances;
		instances = newInstances == null ? INSTANCES_EDEFAULT : newInstances;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_TYPE__INSTANCES, oldInstances, instances));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInstanceCount() {
		return instanceCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstanceCount(int newInstanceCount) {
		int oldInstanceCount = instanceCount;
		instanceCount = newInstanceCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.LOCK_TYPE__INSTANCE_COUNT, oldInstanceCount, instanceCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KernelPackage.LOCK_TYPE__NAME:
				return getName();
			case KernelPackage.LOCK_TYPE__LOCK_CLASS:
				if (resolve) return getLockClass();
				return basicGetLockClass();
			case KernelPackage.LOCK_TYPE__RECURSION_ALLOWED:
				return isRecursionAllowed();
			case KernelPackage.LOCK_TYPE__DUP_OK:
				return isDupOk();
			case KernelPackage.LOCK_TYPE__NO_WITNESS:
				return isNoWitness();
			case KernelPackage.LOCK_TYPE__DESCRIPTION:
				return getDescription();
			case KernelPackage.LOCK_TYPE__SUBSYSTEM:
				if (resolve) return getSubsystem();
				return basicGetSubsystem();
			case KernelPackage.LOCK_TYPE__INSTANCES:
				return getInstances();
			case KernelPackage.LOCK_TYPE__INSTANCE_COUNT:
				return getInstanceCount();
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
			case KernelPackage.LOCK_TYPE__NAME:
				setName((String)newValue);
				return;
			case KernelPackage.LOCK_TYPE__LOCK_CLASS:
				setLockClass((LockClass)newValue);
				return;
			case KernelPackage.LOCK_TYPE__RECURSION_ALLOWED:
				setRecursionAllowed((Boolean)newValue);
				return;
			case KernelPackage.LOCK_TYPE__DUP_OK:
				setDupOk((Boolean)newValue);
				return;
			case KernelPackage.LOCK_TYPE__NO_WITNESS:
				setNoWitness((Boolean)newValue);
				return;
			case KernelPackage.LOCK_TYPE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case KernelPackage.LOCK_TYPE__SUBSYSTEM:
				setSubsystem((Subsystem)newValue);
				return;
			case KernelPackage.LOCK_TYPE__INSTANCES:
				setInstances((LockInstances)newValue);
				return;
			case KernelPackage.LOCK_TYPE__INSTANCE_COUNT:
				setInstanceCount((Integer)newValue);
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
			case KernelPackage.LOCK_TYPE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case KernelPackage.LOCK_TYPE__LOCK_CLASS:
				setLockClass((LockClass)null);
				return;
			case KernelPackage.LOCK_TYPE__RECURSION_ALLOWED:
				setRecursionAllowed(RECURSION_ALLOWED_EDEFAULT);
				return;
			case KernelPackage.LOCK_TYPE__DUP_OK:
				setDupOk(DUP_OK_EDEFAULT);
				return;
			case KernelPackage.LOCK_TYPE__NO_WITNESS:
				setNoWitness(NO_WITNESS_EDEFAULT);
				return;
			case KernelPackage.LOCK_TYPE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case KernelPackage.LOCK_TYPE__SUBSYSTEM:
				setSubsystem((Subsystem)null);
				return;
			case KernelPackage.LOCK_TYPE__INSTANCES:
				setInstances(INSTANCES_EDEFAULT);
				return;
			case KernelPackage.LOCK_TYPE__INSTANCE_COUNT:
				setInstanceCount(INSTANCE_COUNT_EDEFAULT);
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
			case KernelPackage.LOCK_TYPE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case KernelPackage.LOCK_TYPE__LOCK_CLASS:
				return lockClass != null;
			case KernelPackage.LOCK_TYPE__RECURSION_ALLOWED:
				return recursionAllowed != RECURSION_ALLOWED_EDEFAULT;
			case KernelPackage.LOCK_TYPE__DUP_OK:
				return dupOk != DUP_OK_EDEFAULT;
			case KernelPackage.LOCK_TYPE__NO_WITNESS:
				return noWitness != NO_WITNESS_EDEFAULT;
			case KernelPackage.LOCK_TYPE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case KernelPackage.LOCK_TYPE__SUBSYSTEM:
				return subsystem != null;
			case KernelPackage.LOCK_TYPE__INSTANCES:
				return instances != INSTANCES_EDEFAULT;
			case KernelPackage.LOCK_TYPE__INSTANCE_COUNT:
				return instanceCount != INSTANCE_COUNT_EDEFAULT;
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
		result.append(", recursionAllowed: ");
		result.append(recursionAllowed);
		result.append(", dupOk: ");
		result.append(dupOk);
		result.append(", noWitness: ");
		result.append(noWitness);
		result.append(", description: ");
		result.append(description);
		result.append(", instances: ");
		result.append(instances);
		result.append(", instanceCount: ");
		result.append(instanceCount);
		result.append(')');
		return result.toString();
	}

} //LockTypeImpl
