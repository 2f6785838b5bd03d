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

import org.smpng.model.kernel.Distribution;

import org.smpng.model.workload.Operation;
import org.smpng.model.workload.PriorityClass;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.WorkloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User Thread Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.impl.UserThreadGroupImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.UserThreadGroupImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.UserThreadGroupImpl#getPriorityClass <em>Priority Class</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.UserThreadGroupImpl#getNice <em>Nice</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.UserThreadGroupImpl#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.UserThreadGroupImpl#getThinkTime <em>Think Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserThreadGroupImpl extends MinimalEObjectImpl.Container implements UserThreadGroup {
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
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriorityClass() <em>Priority Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityClass()
	 * @generated
	 * @ordered
	 */
	protected static final PriorityClass PRIORITY_CLASS_EDEFAULT = PriorityClass.TIMESHARE;

	/**
	 * The cached value of the '{@link #getPriorityClass() <em>Priority Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityClass()
	 * @generated
	 * @ordered
	 */
	protected PriorityClass priorityClass = PRIORITY_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNice() <em>Nice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNice()
	 * @generated
	 * @ordered
	 */
	protected static final int NICE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNice() <em>Nice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNice()
	 * @generated
	 * @ordered
	 */
	protected int nice = NICE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected EList<Operation> operations;

	/**
	 * The cached value of the '{@link #getThinkTime() <em>Think Time</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThinkTime()
	 * @generated
	 * @ordered
	 */
	protected Distribution thinkTime;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserThreadGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkloadPackage.Literals.USER_THREAD_GROUP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.USER_THREAD_GROUP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.USER_THREAD_GROUP__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityClass getPriorityClass() {
		return priorityClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorityClass(PriorityClass newPriorityClass) {
		PriorityClass oldPriorityClass = priorityClass;
		priorityClass = newPriorityClass == null ? PRIORITY_CLASS_EDEFAULT : newPriorityClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.USER_THREAD_GROUP__PRIORITY_CLASS, oldPriorityClass, priorityClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNice() {
		return nice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNice(int newNice) {
		int oldNice = nice;
		nice = newNice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.USER_THREAD_GROUP__NICE, oldNice, nice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Operation> getOperations() {
		if (operations == null) {
			operations = new EObjectContainmentEList<Operation>(Operation.class, this, WorkloadPackage.USER_THREAD_GROUP__OPERATIONS);
		}
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Distribution getThinkTime() {
		return thinkTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetThinkTime(Distribution newThinkTime, NotificationChain msgs) {
		Distribution oldThinkTime = thinkTime;
		thinkTime = newThinkTime;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WorkloadPackage.USER_THREAD_GROUP__THINK_TIME, oldThinkTime, newThinkTime);
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
	public void setThinkTime(Distribution newThinkTime) {
		if (newThinkTime != thinkTime) {
			NotificationChain msgs = null;
			if (thinkTime != null)
				msgs = ((InternalEObject)thinkTime).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WorkloadPackage.USER_THREAD_GROUP__THINK_TIME, null, msgs);
			if (newThinkTime != null)
				msgs = ((InternalEObject)newThinkTime).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WorkloadPackage.USER_THREAD_GROUP__THINK_TIME, null, msgs);
			msgs = basicSetThinkTime(newThinkTime, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.USER_THREAD_GROUP__THINK_TIME, newThinkTime, newThinkTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkloadPackage.USER_THREAD_GROUP__OPERATIONS:
				return ((InternalEList<?>)getOperations()).basicRemove(otherEnd, msgs);
			case WorkloadPackage.USER_THREAD_GROUP__THINK_TIME:
				return basicSetThinkTime(null, msgs);
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
			case WorkloadPackage.USER_THREAD_GROUP__NAME:
				return getName();
			case WorkloadPackage.USER_THREAD_GROUP__COUNT:
				return getCount();
			case WorkloadPackage.USER_THREAD_GROUP__PRIORITY_CLASS:
				return getPriorityClass();
			case WorkloadPackage.USER_THREAD_GROUP__NICE:
				return getNice();
			case WorkloadPackage.USER_THREAD_GROUP__OPERATIONS:
				return getOperations();
			case WorkloadPackage.USER_THREAD_GROUP__THINK_TIME:
				return getThinkTime();
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
			case WorkloadPackage.USER_THREAD_GROUP__NAME:
				setName((String)newValue);
				return;
			case WorkloadPackage.USER_THREAD_GROUP__COUNT:
				setCount((Integer)newValue);
				return;
			case WorkloadPackage.USER_THREAD_GROUP__PRIORITY_CLASS:
				setPriorityClass((PriorityClass)newValue);
				return;
			case WorkloadPackage.USER_THREAD_GROUP__NICE:
				setNice((Integer)newValue);
				return;
			case WorkloadPackage.USER_THREAD_GROUP__OPERATIONS:
				getOperations().clear();
				getOperations().addAll((Collection<? extends Operation>)newValue);
				return;
			case WorkloadPackage.USER_THREAD_GROUP__THINK_TIME:
				setThinkTime((Distribution)newValue);
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
			case WorkloadPackage.USER_THREAD_GROUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WorkloadPackage.USER_THREAD_GROUP__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case WorkloadPackage.USER_THREAD_GROUP__PRIORITY_CLASS:
				setPriorityClass(PRIORITY_CLASS_EDEFAULT);
				return;
			case WorkloadPackage.USER_THREAD_GROUP__NICE:
				setNice(NICE_EDEFAULT);
				return;
			case WorkloadPackage.USER_THREAD_GROUP__OPERATIONS:
				getOperations().clear();
				return;
			case WorkloadPackage.USER_THREAD_GROUP__THINK_TIME:
				setThinkTime((Distribution)null);
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
			case WorkloadPackage.USER_THREAD_GROUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WorkloadPackage.USER_THREAD_GROUP__COUNT:
				return count != COUNT_EDEFAULT;
			case WorkloadPackage.USER_THREAD_GROUP__PRIORITY_CLASS:
				return priorityClass != PRIORITY_CLASS_EDEFAULT;
			case WorkloadPackage.USER_THREAD_GROUP__NICE:
				return nice != NICE_EDEFAULT;
			case WorkloadPackage.USER_THREAD_GROUP__OPERATIONS:
				return operations != null && !operations.isEmpty();
			case WorkloadPackage.USER_THREAD_GROUP__THINK_TIME:
				return thinkTime != null;
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
		result.append(", count: ");
		result.append(count);
		result.append(", priorityClass: ");
		result.append(priorityClass);
		result.append(", nice: ");
		result.append(nice);
		result.append(')');
		return result.toString();
	}

} //UserThreadGroupImpl
