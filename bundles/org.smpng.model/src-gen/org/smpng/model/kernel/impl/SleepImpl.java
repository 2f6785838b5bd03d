/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.smpng.model.kernel.ConditionVariable;
import org.smpng.model.kernel.Distribution;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.WaitChannel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sleep</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.impl.SleepImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SleepImpl#getConditionVariable <em>Condition Variable</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SleepImpl#getInterlock <em>Interlock</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SleepImpl#getTimeout <em>Timeout</em>}</li>
 *   <li>{@link org.smpng.model.kernel.impl.SleepImpl#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SleepImpl extends StepImpl implements Sleep {
	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected WaitChannel channel;

	/**
	 * The cached value of the '{@link #getConditionVariable() <em>Condition Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionVariable()
	 * @generated
	 * @ordered
	 */
	protected ConditionVariable conditionVariable;

	/**
	 * The cached value of the '{@link #getInterlock() <em>Interlock</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterlock()
	 * @generated
	 * @ordered
	 */
	protected LockType interlock;

	/**
	 * The cached value of the '{@link #getTimeout() <em>Timeout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeout()
	 * @generated
	 * @ordered
	 */
	protected Distribution timeout;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SleepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KernelPackage.Literals.SLEEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WaitChannel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (WaitChannel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.SLEEP__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WaitChannel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(WaitChannel newChannel) {
		WaitChannel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SLEEP__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionVariable getConditionVariable() {
		if (conditionVariable != null && conditionVariable.eIsProxy()) {
			InternalEObject oldConditionVariable = (InternalEObject)conditionVariable;
			conditionVariable = (ConditionVariable)eResolveProxy(oldConditionVariable);
			if (conditionVariable != oldConditionVariable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.SLEEP__CONDITION_VARIABLE, oldConditionVariable, conditionVariable));
			}
		}
		return conditionVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConditionVariable basicGetConditionVariable() {
		return conditionVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditionVariable(ConditionVariable newConditionVariable) {
		ConditionVariable oldConditionVariable = conditionVariable;
		conditionVariable = newConditionVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SLEEP__CONDITION_VARIABLE, oldConditionVariable, conditionVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LockType getInterlock() {
		if (interlock != null && interlock.eIsProxy()) {
			InternalEObject oldInterlock = (InternalEObject)interlock;
			interlock = (LockType)eResolveProxy(oldInterlock);
			if (interlock != oldInterlock) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KernelPackage.SLEEP__INTERLOCK, oldInterlock, interlock));
			}
		}
		return interlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockType basicGetInterlock() {
		return interlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterlock(LockType newInterlock) {
		LockType oldInterlock = interlock;
		interlock = newInterlock;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SLEEP__INTERLOCK, oldInterlock, interlock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Distribution getTimeout() {
		return timeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTimeout(Distribution newTimeout, NotificationChain msgs) {
		Distribution oldTimeout = timeout;
		timeout = newTimeout;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KernelPackage.SLEEP__TIMEOUT, oldTimeout, newTimeout);
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
	public void setTimeout(Distribution newTimeout) {
		if (newTimeout != timeout) {
			NotificationChain msgs = null;
			if (timeout != null)
				msgs = ((InternalEObject)timeout).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KernelPackage.SLEEP__TIMEOUT, null, msgs);
			if (newTimeout != null)
				msgs = ((InternalEObject)newTimeout).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KernelPackage.SLEEP__TIMEOUT, null, msgs);
			msgs = basicSetTimeout(newTimeout, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SLEEP__TIMEOUT, newTimeout, newTimeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KernelPackage.SLEEP__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KernelPackage.SLEEP__TIMEOUT:
				return basicSetTimeout(null, msgs);
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
			case KernelPackage.SLEEP__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case KernelPackage.SLEEP__CONDITION_VARIABLE:
				if (resolve) return getConditionVariable();
				return basicGetConditionVariable();
			case KernelPackage.SLEEP__INTERLOCK:
				if (resolve) return getInterlock();
				return basicGetInterlock();
			case KernelPackage.SLEEP__TIMEOUT:
				return getTimeout();
			case KernelPackage.SLEEP__PRIORITY:
				return getPriority();
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
			case KernelPackage.SLEEP__CHANNEL:
				setChannel((WaitChannel)newValue);
				return;
			case KernelPackage.SLEEP__CONDITION_VARIABLE:
				setConditionVariable((ConditionVariable)newValue);
				return;
			case KernelPackage.SLEEP__INTERLOCK:
				setInterlock((LockType)newValue);
				return;
			case KernelPackage.SLEEP__TIMEOUT:
				setTimeout((Distribution)newValue);
				return;
			case KernelPackage.SLEEP__PRIORITY:
				setPriority((Integer)newValue);
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
			case KernelPackage.SLEEP__CHANNEL:
				setChannel((WaitChannel)null);
				return;
			case KernelPackage.SLEEP__CONDITION_VARIABLE:
				setConditionVariable((ConditionVariable)null);
				return;
			case KernelPackage.SLEEP__INTERLOCK:
				setInterlock((LockType)null);
				return;
			case KernelPackage.SLEEP__TIMEOUT:
				setTimeout((Distribution)null);
				return;
			case KernelPackage.SLEEP__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
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
			case KernelPackage.SLEEP__CHANNEL:
				return channel != null;
			case KernelPackage.SLEEP__CONDITION_VARIABLE:
				return conditionVariable != null;
			case KernelPackage.SLEEP__INTERLOCK:
				return interlock != null;
			case KernelPackage.SLEEP__TIMEOUT:
				return timeout != null;
			case KernelPackage.SLEEP__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
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
		result.append(" (priority: ");
		result.append(priority);
		result.append(')');
		return result.toString();
	}

} //SleepImpl
