/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

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

import org.smpng.model.kernel.BlessedPair;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.ConditionVariable;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Provenance;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.kernel.TaskList;
import org.smpng.model.kernel.ThreadingStatusTable;
import org.smpng.model.kernel.WaitChannel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getLockClasses <em>Lock Classes</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getLockTypes <em>Lock Types</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getOrderChains <em>Order Chains</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getBlessedPairs <em>Blessed Pairs</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getGiant <em>Giant</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getSubsystems <em>Subsystems</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getTaskLists <em>Task Lists</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getSyscalls <em>Syscalls</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getCodePaths <em>Code Paths</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getWaitChannels <em>Wait Channels</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getConditionVariables <em>Condition Variables</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.KernelModelImpl#getThreadingStatus <em>Threading Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KernelModelImpl extends MinimalEObjectImpl.Container implements KernelModel {
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
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected Provenance provenance;

	/**
	 * The cached value of the '{@link #getLockClasses() <em>Lock Classes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<LockClass> lockClasses;

	/**
	 * The cached value of the '{@link #getLockTypes() <em>Lock Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<LockType> lockTypes;

	/**
	 * The cached value of the '{@link #getOrderChains() <em>Order Chains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderChains()
	 * @generated
	 * @ordered
	 */
	protected EList<LockOrderChain> orderChains;

	/**
	 * The cached value of the '{@link #getBlessedPairs() <em>Blessed Pairs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlessedPairs()
	 * @generated
	 * @ordered
	 */
	protected EList<BlessedPair> blessedPairs;

	/**
	 * The cached value of the '{@link #getGiant() <em>Giant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGiant()
	 * @generated
	 * @ordered
	 */
	protected LockType giant;

	/**
	 * The cached value of the '{@link #getSubsystems() <em>Subsystems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsystems()
	 * @generated
	 * @ordered
	 */
	protected EList<Subsystem> subsystems;

	/**
	 * The cached value of the '{@link #getTaskLists() <em>Task Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskLists()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskList> taskLists;

	/**
	 * The cached value of the '{@link #getSyscalls() <em>Syscalls</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyscalls()
	 * @generated
	 * @ordered
	 */
	protected EList<Syscall> syscalls;

	/**
	 * The cached value of the '{@link #getCodePaths() <em>Code Paths</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodePaths()
	 * @generated
	 * @ordered
	 */
	protected EList<CodePath> codePaths;

	/**
	 * The cached value of the '{@link #getWaitChannels() <em>Wait Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaitChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<WaitChannel> waitChannels;

	/**
	 * The cached value of the '{@link #getConditionVariables() <em>Condition Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionVariable> conditionVariables;

	/**
	 * The cached value of the '{@link #getThreadingStatus() <em>Threading Status</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreadingStatus()
	 * @generated
	 * @ordered
	 */
	protected EList<ThreadingStatusTable> threadingStatus;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KernelModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.KERNEL_MODEL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.KERNEL_MODEL__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.KERNEL_MODEL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvenance(Provenance newProvenance, NotificationChain msgs) {
		Provenance oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KernelPackage.KERNEL_MODEL__PROVENANCE, oldProvenance, newProvenance);
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
	public void setProvenance(Provenance newProvenance) {
		if (newProvenance != provenance) {
			NotificationChain msgs = null;
			if (provenance != null)
				msgs = ((InternalEObject)provenance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KernelPackage.KERNEL_MODEL__PROVENANCE, null, msgs);
			if (newProvenance != null)
				msgs = ((InternalEObject)newProvenance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KernelPackage.KERNEL_MODEL__PROVENANCE, null, msgs);
			msgs = basicSetProvenance(newProvenance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.KERNEL_MODEL__PROVENANCE, newProvenance, newProvenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LockClass> getLockClasses() {
		if (lockClasses == null) {
			lockClasses = new EObjectContainmentEList<LockClass>(LockClass.class, this, KernelPackage.KERNEL_MODEL__LOCK_CLASSES);
		}
		return lockClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LockType> getLockTypes() {
		if (lockTypes == null) {
			lockTypes = new EObjectContainmentEList<LockType>(LockType.class, this, KernelPackage.KERNEL_MODEL__LOCK_TYPES);
		}
		return lockTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LockOrderChain> getOrderChains() {
		if (orderChains == null) {
			orderChains = new EObjectContainmentEList<LockOrderChain>(LockOrderChain.class, this, KernelPackage.KERNEL_MODEL__ORDER_CHAINS);
		}
		return orderChains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BlessedPair> getBlessedPairs() {
		if (blessedPairs == null) {
			blessedPairs = new EObjectContainmentEList<BlessedPair>(BlessedPair.class, this, KernelPackage.KERNEL_MODEL__BLESSED_PAIRS);
		}
		return blessedPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockType getGiant() {
		if (giant != null && giant.eIsProxy()) {
			InternalEObject oldGiant = (InternalEObject)giant;
			giant = (LockType)eResolveProxy(oldGiant);
			if (giant != oldGiant) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.KERNEL_MODEL__GIANT, oldGiant, giant));
			}
		}
		return giant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockType basicGetGiant() {
		return giant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGiant(LockType newGiant) {
		LockType oldGiant = giant;
		giant = newGiant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.KERNEL_MODEL__GIANT, oldGiant, giant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subsystem> getSubsystems() {
		if (subsystems == null) {
			subsystems = new EObjectContainmentEList<Subsystem>(Subsystem.class, this, KernelPackage.KERNEL_MODEL__SUBSYSTEMS);
		}
		return subsystems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskList> getTaskLists() {
		if (taskLists == null) {
			taskLists = new EObjectContainmentEList<TaskList>(TaskList.class, this, KernelPackage.KERNEL_MODEL__TASK_LISTS);
		}
		return taskLists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Syscall> getSyscalls() {
		if (syscalls == null) {
			syscalls = new EObjectContainmentEList<Syscall>(Syscall.class, this, KernelPackage.KERNEL_MODEL__SYSCALLS);
		}
		return syscalls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodePath> getCodePaths() {
		if (codePaths == null) {
			codePaths = new EObjectContainmentEList<CodePath>(CodePath.class, this, KernelPackage.KERNEL_MODEL__CODE_PATHS);
		}
		return codePaths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WaitChannel> getWaitChannels() {
		if (waitChannels == null) {
			waitChannels = new EObjectContainmentEList<WaitChannel>(WaitChannel.class, this, KernelPackage.KERNEL_MODEL__WAIT_CHANNELS);
		}
		return waitChannels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionVariable> getConditionVariables() {
		if (conditionVariables == null) {
			conditionVariables = new EObjectContainmentEList<ConditionVariable>(ConditionVariable.class, this, KernelPackage.KERNEL_MODEL__CONDITION_VARIABLES);
		}
		return conditionVariables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThreadingStatusTable> getThreadingStatus() {
		if (threadingStatus == null) {
			threadingStatus = new EObjectContainmentEList<ThreadingStatusTable>(ThreadingStatusTable.class, this, KernelPackage.KERNEL_MODEL__THREADING_STATUS);
		}
		return threadingStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KernelPackage.KERNEL_MODEL__PROVENANCE:
				return basicSetProvenance(null, msgs);
			case KernelPackage.KERNEL_MODEL__LOCK_CLASSES:
				return ((InternalEList<?>)getLockClasses()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__LOCK_TYPES:
				return ((InternalEList<?>)getLockTypes()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__ORDER_CHAINS:
				return ((InternalEList<?>)getOrderChains()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__BLESSED_PAIRS:
				return ((InternalEList<?>)getBlessedPairs()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__SUBSYSTEMS:
				return ((InternalEList<?>)getSubsystems()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__TASK_LISTS:
				return ((InternalEList<?>)getTaskLists()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__SYSCALLS:
				return ((InternalEList<?>)getSyscalls()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__CODE_PATHS:
				return ((InternalEList<?>)getCodePaths()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__WAIT_CHANNELS:
				return ((InternalEList<?>)getWaitChannels()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__CONDITION_VARIABLES:
				return ((InternalEList<?>)getConditionVariables()).basicRemove(otherEnd, msgs);
			case KernelPackage.KERNEL_MODEL__THREADING_STATUS:
				return ((InternalEList<?>)getThreadingStatus()).basicRemove(otherEnd, msgs);
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
			case KernelPackage.KERNEL_MODEL__NAME:
				return getName();
			case KernelPackage.KERNEL_MODEL__DESCRIPTION:
				return getDescription();
			case KernelPackage.KERNEL_MODEL__PROVENANCE:
				return getProvenance();
			case KernelPackage.KERNEL_MODEL__LOCK_CLASSES:
				return getLockClasses();
			case KernelPackage.KERNEL_MODEL__LOCK_TYPES:
				return getLockTypes();
			case KernelPackage.KERNEL_MODEL__ORDER_CHAINS:
				return getOrderChains();
			case KernelPackage.KERNEL_MODEL__BLESSED_PAIRS:
				return getBlessedPairs();
			case KernelPackage.KERNEL_MODEL__GIANT:
				if (resolve) return getGiant();
				return basicGetGiant();
			case KernelPackage.KERNEL_MODEL__SUBSYSTEMS:
				return getSubsystems();
			case KernelPackage.KERNEL_MODEL__TASK_LISTS:
				return getTaskLists();
			case KernelPackage.KERNEL_MODEL__SYSCALLS:
				return getSyscalls();
			case KernelPackage.KERNEL_MODEL__CODE_PATHS:
				return getCodePaths();
			case KernelPackage.KERNEL_MODEL__WAIT_CHANNELS:
				return getWaitChannels();
			case KernelPackage.KERNEL_MODEL__CONDITION_VARIABLES:
				return getConditionVariables();
			case KernelPackage.KERNEL_MODEL__THREADING_STATUS:
				return getThreadingStatus();
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
			case KernelPackage.KERNEL_MODEL__NAME:
				setName((String)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__PROVENANCE:
				setProvenance((Provenance)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__LOCK_CLASSES:
				getLockClasses().clear();
				getLockClasses().addAll((Collection<? extends LockClass>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__LOCK_TYPES:
				getLockTypes().clear();
				getLockTypes().addAll((Collection<? extends LockType>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__ORDER_CHAINS:
				getOrderChains().clear();
				getOrderChains().addAll((Collection<? extends LockOrderChain>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__BLESSED_PAIRS:
				getBlessedPairs().clear();
				getBlessedPairs().addAll((Collection<? extends BlessedPair>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__GIANT:
				setGiant((LockType)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__SUBSYSTEMS:
				getSubsystems().clear();
				getSubsystems().addAll((Collection<? extends Subsystem>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__TASK_LISTS:
				getTaskLists().clear();
				getTaskLists().addAll((Collection<? extends TaskList>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__SYSCALLS:
				getSyscalls().clear();
				getSyscalls().addAll((Collection<? extends Syscall>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__CODE_PATHS:
				getCodePaths().clear();
				getCodePaths().addAll((Collection<? extends CodePath>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__WAIT_CHANNELS:
				getWaitChannels().clear();
				getWaitChannels().addAll((Collection<? extends WaitChannel>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__CONDITION_VARIABLES:
				getConditionVariables().clear();
				getConditionVariables().addAll((Collection<? extends ConditionVariable>)newValue);
				return;
			case KernelPackage.KERNEL_MODEL__THREADING_STATUS:
				getThreadingStatus().clear();
				getThreadingStatus().addAll((Collection<? extends ThreadingStatusTable>)newValue);
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
			case KernelPackage.KERNEL_MODEL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case KernelPackage.KERNEL_MODEL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case KernelPackage.KERNEL_MODEL__PROVENANCE:
				setProvenance((Provenance)null);
				return;
			case KernelPackage.KERNEL_MODEL__LOCK_CLASSES:
				getLockClasses().clear();
				return;
			case KernelPackage.KERNEL_MODEL__LOCK_TYPES:
				getLockTypes().clear();
				return;
			case KernelPackage.KERNEL_MODEL__ORDER_CHAINS:
				getOrderChains().clear();
				return;
			case KernelPackage.KERNEL_MODEL__BLESSED_PAIRS:
				getBlessedPairs().clear();
				return;
			case KernelPackage.KERNEL_MODEL__GIANT:
				setGiant((LockType)null);
				return;
			case KernelPackage.KERNEL_MODEL__SUBSYSTEMS:
				getSubsystems().clear();
				return;
			case KernelPackage.KERNEL_MODEL__TASK_LISTS:
				getTaskLists().clear();
				return;
			case KernelPackage.KERNEL_MODEL__SYSCALLS:
				getSyscalls().clear();
				return;
			case KernelPackage.KERNEL_MODEL__CODE_PATHS:
				getCodePaths().clear();
				return;
			case KernelPackage.KERNEL_MODEL__WAIT_CHANNELS:
				getWaitChannels().clear();
				return;
			case KernelPackage.KERNEL_MODEL__CONDITION_VARIABLES:
				getConditionVariables().clear();
				return;
			case KernelPackage.KERNEL_MODEL__THREADING_STATUS:
				getThreadingStatus().clear();
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
			case KernelPackage.KERNEL_MODEL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case KernelPackage.KERNEL_MODEL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case KernelPackage.KERNEL_MODEL__PROVENANCE:
				return provenance != null;
			case KernelPackage.KERNEL_MODEL__LOCK_CLASSES:
				return lockClasses != null && !lockClasses.isEmpty();
			case KernelPackage.KERNEL_MODEL__LOCK_TYPES:
				return lockTypes != null && !lockTypes.isEmpty();
			case KernelPackage.KERNEL_MODEL__ORDER_CHAINS:
				return orderChains != null && !orderChains.isEmpty();
			case KernelPackage.KERNEL_MODEL__BLESSED_PAIRS:
				return blessedPairs != null && !blessedPairs.isEmpty();
			case KernelPackage.KERNEL_MODEL__GIANT:
				return giant != null;
			case KernelPackage.KERNEL_MODEL__SUBSYSTEMS:
				return subsystems != null && !subsystems.isEmpty();
			case KernelPackage.KERNEL_MODEL__TASK_LISTS:
				return taskLists != null && !taskLists.isEmpty();
			case KernelPackage.KERNEL_MODEL__SYSCALLS:
				return syscalls != null && !syscalls.isEmpty();
			case KernelPackage.KERNEL_MODEL__CODE_PATHS:
				return codePaths != null && !codePaths.isEmpty();
			case KernelPackage.KERNEL_MODEL__WAIT_CHANNELS:
				return waitChannels != null && !waitChannels.isEmpty();
			case KernelPackage.KERNEL_MODEL__CONDITION_VARIABLES:
				return conditionVariables != null && !conditionVariables.isEmpty();
			case KernelPackage.KERNEL_MODEL__THREADING_STATUS:
				return threadingStatus != null && !threadingStatus.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //KernelModelImpl
