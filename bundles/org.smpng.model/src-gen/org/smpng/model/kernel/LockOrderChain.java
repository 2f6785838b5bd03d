/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lock Order Chain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One chain of WITNESS's static order_lists[]: each entry must be acquired after the one before it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.LockOrderChain#getLabel <em>Label</em>}</li>
 *   <li>{@link org.smpng.model.kernel.LockOrderChain#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getLockOrderChain()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='noRepeatedEntry'"
 * @generated
 */
public interface LockOrderChain extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source comment preceding the chain, such as "Sockets".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.smpng.model.kernel.KernelPackage#getLockOrderChain_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.LockOrderChain#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.kernel.LockOrderEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entries of the chain, outermost lock first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.smpng.model.kernel.KernelPackage#getLockOrderChain_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<LockOrderEntry> getEntries();

} // LockOrderChain
