/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Threading Status Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the roadmap's status tables of a thread library: per platform, whether kernel and userland support exist and whether it works.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.ThreadingStatusTable#getLibrary <em>Library</em>}</li>
 *   <li>{@link org.smpng.model.kernel.ThreadingStatusTable#getSource <em>Source</em>}</li>
 *   <li>{@link org.smpng.model.kernel.ThreadingStatusTable#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getThreadingStatusTable()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='onePlatformOnce'"
 * @generated
 */
public interface ThreadingStatusTable extends EObject {
	/**
	 * Returns the value of the '<em><b>Library</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.ThreadingLibrary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The thread library the table is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Library</em>' attribute.
	 * @see org.smpng.model.kernel.ThreadingLibrary
	 * @see #setLibrary(ThreadingLibrary)
	 * @see org.smpng.model.kernel.KernelPackage#getThreadingStatusTable_Library()
	 * @model
	 * @generated
	 */
	ThreadingLibrary getLibrary();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.ThreadingStatusTable#getLibrary <em>Library</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Library</em>' attribute.
	 * @see org.smpng.model.kernel.ThreadingLibrary
	 * @see #getLibrary()
	 * @generated
	 */
	void setLibrary(ThreadingLibrary value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the table comes from, such as "FreeBSD 5.x roadmap, Table 1".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.smpng.model.kernel.KernelPackage#getThreadingStatusTable_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.ThreadingStatusTable#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.PlatformThreadingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One row per platform.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rows</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getThreadingStatusTable_Rows()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlatformThreadingStatus> getRows();

} // ThreadingStatusTable
