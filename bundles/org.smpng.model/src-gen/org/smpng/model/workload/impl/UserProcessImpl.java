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

import org.smpng.model.kernel.ThreadingLibrary;

import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.WorkloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.impl.UserProcessImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.UserProcessImpl#getThreadingLibrary <em>Threading Library</em>}</li>
 *   <li>{@link org.smpng.model.workload.impl.UserProcessImpl#getThreadGroups <em>Thread Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserProcessImpl extends MinimalEObjectImpl.Container implements UserProcess {
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
	 * The default value of the '{@link #getThreadingLibrary() <em>Threading Library</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreadingLibrary()
	 * @generated
	 * @ordered
	 */
	protected static final ThreadingLibrary THREADING_LIBRARY_EDEFAULT = ThreadingLibrary.LIBC_R;

	/**
	 * The cached value of the '{@link #getThreadingLibrary() <em>Threading Library</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreadingLibrary()
	 * @generated
	 * @ordered
	 */
	protected ThreadingLibrary threadingLibrary = THREADING_LIBRARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getThreadGroups() <em>Thread Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreadGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<UserThreadGroup> threadGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkloadPackage.Literals.USER_PROCESS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.USER_PROCESS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThreadingLibrary getThreadingLibrary() {
		return threadingLibrary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreadingLibrary(ThreadingLibrary newThreadingLibrary) {
		ThreadingLibrary oldThreadingLibrary = threadingLibrary;
		threadingLibrary = newThreadingLibrary == null ? THREADING_LIBRARY_EDEFAULT : newThreadingLibrary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkloadPackage.USER_PROCESS__THREADING_LIBRARY, oldThreadingLibrary, threadingLibrary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UserThreadGroup> getThreadGroups() {
		if (threadGroups == null) {
			threadGroups = new EObjectContainmentEList<UserThreadGroup>(UserThreadGroup.class, this, WorkloadPackage.USER_PROCESS__THREAD_GROUPS);
		}
		return threadGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkloadPackage.USER_PROCESS__THREAD_GROUPS:
				return ((InternalEList<?>)getThreadGroups()).basicRemove(otherEnd, msgs);
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
			case WorkloadPackage.USER_PROCESS__NAME:
				return getName();
			case WorkloadPackage.USER_PROCESS__THREADING_LIBRARY:
				return getThreadingLibrary();
			case WorkloadPackage.USER_PROCESS__THREAD_GROUPS:
				return getThreadGroups();
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
			case WorkloadPackage.USER_PROCESS__NAME:
				setName((String)newValue);
				return;
			case WorkloadPackage.USER_PROCESS__THREADING_LIBRARY:
				setThreadingLibrary((ThreadingLibrary)newValue);
				return;
			case WorkloadPackage.USER_PROCESS__THREAD_GROUPS:
				getThreadGroups().clear();
				getThreadGroups().addAll((Collection<? extends UserThreadGroup>)newValue);
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
			case WorkloadPackage.USER_PROCESS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WorkloadPackage.USER_PROCESS__THREADING_LIBRARY:
				setThreadingLibrary(THREADING_LIBRARY_EDEFAULT);
				return;
			case WorkloadPackage.USER_PROCESS__THREAD_GROUPS:
				getThreadGroups().clear();
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
			case WorkloadPackage.USER_PROCESS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WorkloadPackage.USER_PROCESS__THREADING_LIBRARY:
				return threadingLibrary != THREADING_LIBRARY_EDEFAULT;
			case WorkloadPackage.USER_PROCESS__THREAD_GROUPS:
				return threadGroups != null && !threadGroups.isEmpty();
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
		result.append(", threadingLibrary: ");
		result.append(threadingLibrary);
		result.append(')');
		return result.toString();
	}

} //UserProcessImpl
