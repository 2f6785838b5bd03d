/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sleep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Sleeps on a wait channel (msleep) or a condition variable (cv_wait), atomically dropping the interlock and re-acquiring it on wakeup.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Sleep#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Sleep#getConditionVariable <em>Condition Variable</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Sleep#getInterlock <em>Interlock</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Sleep#getTimeout <em>Timeout</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Sleep#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getSleep()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='sleepsOnOneThing'"
 * @generated
 */
public interface Sleep extends Step {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wait channel slept on with msleep(); unset when sleeping on a condition variable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(WaitChannel)
	 * @see org.smpng.model.kernel.KernelPackage#getSleep_Channel()
	 * @model
	 * @generated
	 */
	WaitChannel getChannel();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Sleep#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(WaitChannel value);

	/**
	 * Returns the value of the '<em><b>Condition Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition variable waited on with cv_wait(); unset when sleeping on a wait channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition Variable</em>' reference.
	 * @see #setConditionVariable(ConditionVariable)
	 * @see org.smpng.model.kernel.KernelPackage#getSleep_ConditionVariable()
	 * @model
	 * @generated
	 */
	ConditionVariable getConditionVariable();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Sleep#getConditionVariable <em>Condition Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition Variable</em>' reference.
	 * @see #getConditionVariable()
	 * @generated
	 */
	void setConditionVariable(ConditionVariable value);

	/**
	 * Returns the value of the '<em><b>Interlock</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mutex dropped while asleep and re-acquired on wakeup, or unset for tsleep() without an interlock.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interlock</em>' reference.
	 * @see #setInterlock(LockType)
	 * @see org.smpng.model.kernel.KernelPackage#getSleep_Interlock()
	 * @model
	 * @generated
	 */
	LockType getInterlock();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Sleep#getInterlock <em>Interlock</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interlock</em>' reference.
	 * @see #getInterlock()
	 * @generated
	 */
	void setInterlock(LockType value);

	/**
	 * Returns the value of the '<em><b>Timeout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The timeout after which the sleep ends even without a wakeup (msleep's timo, cv_timedwait), in nanoseconds, or unset to sleep until woken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeout</em>' containment reference.
	 * @see #setTimeout(Distribution)
	 * @see org.smpng.model.kernel.KernelPackage#getSleep_Timeout()
	 * @model containment="true"
	 * @generated
	 */
	Distribution getTimeout();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Sleep#getTimeout <em>Timeout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout</em>' containment reference.
	 * @see #getTimeout()
	 * @generated
	 */
	void setTimeout(Distribution value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The priority msleep() is given (5.x sys/priority.h: PRIBIO 76, PSOCK 88, PWAIT 92, PLOCK 100, PPAUSE 104, ...): the sleeper is woken at it and keeps it until it returns to user mode. 0 keeps the thread's priority, as msleep(..., 0, ...) does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.smpng.model.kernel.KernelPackage#getSleep_Priority()
	 * @model default="0"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Sleep#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

} // Sleep
