/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Syscall</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of the system call table (struct sysent), with the MP safe flag that tells the syscall layer whether to take Giant around it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Syscall#getName <em>Name</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Syscall#getNumber <em>Number</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Syscall#isMpsafe <em>Mpsafe</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Syscall#getSubsystem <em>Subsystem</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Syscall#getCodePath <em>Code Path</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getSyscall()
 * @model
 * @generated
 */
public interface Syscall extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system call's name, such as "read".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.smpng.model.kernel.KernelPackage#getSyscall_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Syscall#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system call number (SYS_read is 3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.smpng.model.kernel.KernelPackage#getSyscall_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Syscall#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Mpsafe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the syscall runs without Giant (the seed's "MP safe syscall flag", SYF_MPSAFE); otherwise the syscall layer wraps it in Giant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mpsafe</em>' attribute.
	 * @see #setMpsafe(boolean)
	 * @see org.smpng.model.kernel.KernelPackage#getSyscall_Mpsafe()
	 * @model
	 * @generated
	 */
	boolean isMpsafe();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Syscall#isMpsafe <em>Mpsafe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mpsafe</em>' attribute.
	 * @see #isMpsafe()
	 * @generated
	 */
	void setMpsafe(boolean value);

	/**
	 * Returns the value of the '<em><b>Subsystem</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsystem that implements the syscall.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsystem</em>' reference.
	 * @see #setSubsystem(Subsystem)
	 * @see org.smpng.model.kernel.KernelPackage#getSyscall_Subsystem()
	 * @model
	 * @generated
	 */
	Subsystem getSubsystem();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Syscall#getSubsystem <em>Subsystem</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsystem</em>' reference.
	 * @see #getSubsystem()
	 * @generated
	 */
	void setSubsystem(Subsystem value);

	/**
	 * Returns the value of the '<em><b>Code Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code path the syscall executes in the kernel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code Path</em>' reference.
	 * @see #setCodePath(CodePath)
	 * @see org.smpng.model.kernel.KernelPackage#getSyscall_CodePath()
	 * @model
	 * @generated
	 */
	CodePath getCodePath();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Syscall#getCodePath <em>Code Path</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Path</em>' reference.
	 * @see #getCodePath()
	 * @generated
	 */
	void setCodePath(CodePath value);

} // Syscall
