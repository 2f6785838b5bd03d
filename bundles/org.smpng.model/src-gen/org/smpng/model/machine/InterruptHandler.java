/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.kernel.CodePath;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interrupt Handler</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An interrupt handler a driver registers with bus_setup_intr() for one of its IRQ lines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.InterruptHandler#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.machine.InterruptHandler#getKind <em>Kind</em>}</li>
 *   <li>{@link org.smpng.model.machine.InterruptHandler#isMpsafe <em>Mpsafe</em>}</li>
 *   <li>{@link org.smpng.model.machine.InterruptHandler#getIrqLine <em>Irq Line</em>}</li>
 *   <li>{@link org.smpng.model.machine.InterruptHandler#getCodePath <em>Code Path</em>}</li>
 *   <li>{@link org.smpng.model.machine.InterruptHandler#getFilterCodePath <em>Filter Code Path</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getInterruptHandler()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='fastHandlerIsMpsafe fastHandlerNotShared interruptContextNeverSleeps filterPresentForFilterKind lineRaisedByDevice'"
 * @generated
 */
public interface InterruptHandler extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The handler's name, such as "fxp_intr".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.machine.MachinePackage#getInterruptHandler_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.InterruptHandler#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.machine.HandlerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the handler runs in an ithread, as a fast handler or as a filter with an ithread.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.machine.HandlerKind
	 * @see #setKind(HandlerKind)
	 * @see org.smpng.model.machine.MachinePackage#getInterruptHandler_Kind()
	 * @model
	 * @generated
	 */
	HandlerKind getKind();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.InterruptHandler#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.smpng.model.machine.HandlerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(HandlerKind value);

	/**
	 * Returns the value of the '<em><b>Mpsafe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the handler is registered INTR_MPSAFE; otherwise its ithread takes Giant around it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mpsafe</em>' attribute.
	 * @see #setMpsafe(boolean)
	 * @see org.smpng.model.machine.MachinePackage#getInterruptHandler_Mpsafe()
	 * @model
	 * @generated
	 */
	boolean isMpsafe();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.InterruptHandler#isMpsafe <em>Mpsafe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mpsafe</em>' attribute.
	 * @see #isMpsafe()
	 * @generated
	 */
	void setMpsafe(boolean value);

	/**
	 * Returns the value of the '<em><b>Irq Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IRQ line the handler is attached to; one the device raises.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Line</em>' reference.
	 * @see #setIrqLine(IrqLine)
	 * @see org.smpng.model.machine.MachinePackage#getInterruptHandler_IrqLine()
	 * @model required="true"
	 * @generated
	 */
	IrqLine getIrqLine();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.InterruptHandler#getIrqLine <em>Irq Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Line</em>' reference.
	 * @see #getIrqLine()
	 * @generated
	 */
	void setIrqLine(IrqLine value);

	/**
	 * Returns the value of the '<em><b>Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code path of the handler (the ithread handler, or the fast handler itself).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code Path</em>' reference.
	 * @see #setCodePath(CodePath)
	 * @see org.smpng.model.machine.MachinePackage#getInterruptHandler_CodePath()
	 * @model required="true"
	 * @generated
	 */
	CodePath getCodePath();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.InterruptHandler#getCodePath <em>Code Path</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Path</em>' reference.
	 * @see #getCodePath()
	 * @generated
	 */
	void setCodePath(CodePath value);

	/**
	 * Returns the value of the '<em><b>Filter Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code path of the filter for a FILTER_ITHREAD handler, run in interrupt context.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filter Code Path</em>' reference.
	 * @see #setFilterCodePath(CodePath)
	 * @see org.smpng.model.machine.MachinePackage#getInterruptHandler_FilterCodePath()
	 * @model
	 * @generated
	 */
	CodePath getFilterCodePath();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.InterruptHandler#getFilterCodePath <em>Filter Code Path</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filter Code Path</em>' reference.
	 * @see #getFilterCodePath()
	 * @generated
	 */
	void setFilterCodePath(CodePath value);

} // InterruptHandler
