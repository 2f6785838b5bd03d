/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.kernel.CodePath;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Software Interrupt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A software interrupt (swi) thread and the work it runs each time it is scheduled.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.SoftwareInterrupt#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.SoftwareInterrupt#getKind <em>Kind</em>}</li>
 *   <li>{@link org.smpng.model.workload.SoftwareInterrupt#isMpsafe <em>Mpsafe</em>}</li>
 *   <li>{@link org.smpng.model.workload.SoftwareInterrupt#getCodePath <em>Code Path</em>}</li>
 *   <li>{@link org.smpng.model.workload.SoftwareInterrupt#getArrivals <em>Arrivals</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.workload.WorkloadPackage#getSoftwareInterrupt()
 * @model
 * @generated
 */
public interface SoftwareInterrupt extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The swi's name as ps shows it, such as "swi4: clock".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.workload.WorkloadPackage#getSoftwareInterrupt_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.SoftwareInterrupt#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.workload.SoftwareInterruptKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which software interrupt this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.workload.SoftwareInterruptKind
	 * @see #setKind(SoftwareInterruptKind)
	 * @see org.smpng.model.workload.WorkloadPackage#getSoftwareInterrupt_Kind()
	 * @model
	 * @generated
	 */
	SoftwareInterruptKind getKind();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.SoftwareInterrupt#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.workload.SoftwareInterruptKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SoftwareInterruptKind value);

	/**
	 * Returns the value of the '<em><b>Mpsafe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether its handler runs without Giant (INTR_MPSAFE); otherwise the swi thread takes Giant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mpsafe</em>' attribute.
	 * @see #setMpsafe(boolean)
	 * @see org.smpng.model.workload.WorkloadPackage#getSoftwareInterrupt_Mpsafe()
	 * @model
	 * @generated
	 */
	boolean isMpsafe();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.SoftwareInterrupt#isMpsafe <em>Mpsafe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mpsafe</em>' attribute.
	 * @see #isMpsafe()
	 * @generated
	 */
	void setMpsafe(boolean value);

	/**
	 * Returns the value of the '<em><b>Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code path run each time the swi is scheduled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code Path</em>' reference.
	 * @see #setCodePath(CodePath)
	 * @see org.smpng.model.workload.WorkloadPackage#getSoftwareInterrupt_CodePath()
	 * @model required="true"
	 * @generated
	 */
	CodePath getCodePath();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.SoftwareInterrupt#getCodePath <em>Code Path</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Path</em>' reference.
	 * @see #getCodePath()
	 * @generated
	 */
	void setCodePath(CodePath value);

	/**
	 * Returns the value of the '<em><b>Arrivals</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the swi is scheduled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arrivals</em>' containment reference.
	 * @see #setArrivals(ArrivalProcess)
	 * @see org.smpng.model.workload.WorkloadPackage#getSoftwareInterrupt_Arrivals()
	 * @model containment="true" required="true"
	 * @generated
	 */
	ArrivalProcess getArrivals();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.SoftwareInterrupt#getArrivals <em>Arrivals</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arrivals</em>' containment reference.
	 * @see #getArrivals()
	 * @generated
	 */
	void setArrivals(ArrivalProcess value);

} // SoftwareInterrupt
