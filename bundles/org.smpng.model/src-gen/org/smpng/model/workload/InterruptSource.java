/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.machine.Device;
import org.smpng.model.machine.IrqLine;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interrupt Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A device interrupt source and the arrival process of its interrupts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.workload.InterruptSource#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.workload.InterruptSource#getDevice <em>Device</em>}</li>
 *   <li>{@link org.smpng.model.workload.InterruptSource#getIrqLine <em>Irq Line</em>}</li>
 *   <li>{@link org.smpng.model.workload.InterruptSource#getArrivals <em>Arrivals</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.workload.WorkloadPackage#getInterruptSource()
 * @model
 * @generated
 */
public interface InterruptSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A name for the source, such as "fxp0 receive".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.workload.WorkloadPackage#getInterruptSource_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.InterruptSource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device that raises the interrupts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.smpng.model.workload.WorkloadPackage#getInterruptSource_Device()
	 * @model required="true"
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.InterruptSource#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Irq Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line the interrupts arrive on, or unset for the device's first line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Line</em>' reference.
	 * @see #setIrqLine(IrqLine)
	 * @see org.smpng.model.workload.WorkloadPackage#getInterruptSource_IrqLine()
	 * @model
	 * @generated
	 */
	IrqLine getIrqLine();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.InterruptSource#getIrqLine <em>Irq Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Line</em>' reference.
	 * @see #getIrqLine()
	 * @generated
	 */
	void setIrqLine(IrqLine value);

	/**
	 * Returns the value of the '<em><b>Arrivals</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the interrupts arrive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arrivals</em>' containment reference.
	 * @see #setArrivals(ArrivalProcess)
	 * @see org.smpng.model.workload.WorkloadPackage#getInterruptSource_Arrivals()
	 * @model containment="true" required="true"
	 * @generated
	 */
	ArrivalProcess getArrivals();

	/**
	 * Sets the value of the '{@link org.smpng.model.workload.InterruptSource#getArrivals <em>Arrivals</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arrivals</em>' containment reference.
	 * @see #getArrivals()
	 * @generated
	 */
	void setArrivals(ArrivalProcess value);

} // InterruptSource
