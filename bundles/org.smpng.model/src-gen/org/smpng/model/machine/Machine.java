/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.smpng.model.kernel.Platform;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An SMP machine: its platform, CPU topology, interrupt controllers and devices.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.machine.Machine#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.machine.Machine#getPlatform <em>Platform</em>}</li>
 *   <li>{@link org.smpng.model.machine.Machine#getPackages <em>Packages</em>}</li>
 *   <li>{@link org.smpng.model.machine.Machine#getCacheLineCosts <em>Cache Line Costs</em>}</li>
 *   <li>{@link org.smpng.model.machine.Machine#getIoApics <em>Io Apics</em>}</li>
 *   <li>{@link org.smpng.model.machine.Machine#getIrqLines <em>Irq Lines</em>}</li>
 *   <li>{@link org.smpng.model.machine.Machine#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.machine.MachinePackage#getMachine()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueCpuIds uniqueIrqNumbers uniqueDeviceNames'"
 * @generated
 */
public interface Machine extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short name for the machine, such as "dual Xeon with HTT".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.machine.MachinePackage#getMachine_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.Machine#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Platform</b></em>' attribute.
	 * The literals are from the enumeration {@link org.smpng.model.kernel.Platform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hardware platform (architecture) the machine belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Platform</em>' attribute.
	 * @see org.smpng.model.kernel.Platform
	 * @see #setPlatform(Platform)
	 * @see org.smpng.model.machine.MachinePackage#getMachine_Platform()
	 * @model
	 * @generated
	 */
	Platform getPlatform();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.Machine#getPlatform <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platform</em>' attribute.
	 * @see org.smpng.model.kernel.Platform
	 * @see #getPlatform()
	 * @generated
	 */
	void setPlatform(Platform value);

	/**
	 * Returns the value of the '<em><b>Packages</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.machine.CpuPackage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The physical CPU packages (sockets).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packages</em>' containment reference list.
	 * @see org.smpng.model.machine.MachinePackage#getMachine_Packages()
	 * @model containment="true"
	 * @generated
	 */
	EList<CpuPackage> getPackages();

	/**
	 * Returns the value of the '<em><b>Cache Line Costs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it costs to move a lock's cache line between two logical CPUs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cache Line Costs</em>' containment reference.
	 * @see #setCacheLineCosts(CacheLineCosts)
	 * @see org.smpng.model.machine.MachinePackage#getMachine_CacheLineCosts()
	 * @model containment="true"
	 * @generated
	 */
	CacheLineCosts getCacheLineCosts();

	/**
	 * Sets the value of the '{@link org.smpng.model.machine.Machine#getCacheLineCosts <em>Cache Line Costs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Line Costs</em>' containment reference.
	 * @see #getCacheLineCosts()
	 * @generated
	 */
	void setCacheLineCosts(CacheLineCosts value);

	/**
	 * Returns the value of the '<em><b>Io Apics</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.machine.IoApic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The I/O APICs that route device interrupts to local APICs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Io Apics</em>' containment reference list.
	 * @see org.smpng.model.machine.MachinePackage#getMachine_IoApics()
	 * @model containment="true"
	 * @generated
	 */
	EList<IoApic> getIoApics();

	/**
	 * Returns the value of the '<em><b>Irq Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.machine.IrqLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interrupt request lines, legacy or MSI, and how each is routed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Lines</em>' containment reference list.
	 * @see org.smpng.model.machine.MachinePackage#getMachine_IrqLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<IrqLine> getIrqLines();

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.smpng.model.machine.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The devices that raise interrupts, such as fxp0 or ata0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see org.smpng.model.machine.MachinePackage#getMachine_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

} // Machine
