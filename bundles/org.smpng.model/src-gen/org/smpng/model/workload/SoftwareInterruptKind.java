/**
 * SMPng Workbench
 */
package org.smpng.model.workload;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Software Interrupt Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The software interrupt threads (swi_add) of FreeBSD 5.x.
 * <!-- end-model-doc -->
 * @see org.smpng.model.workload.WorkloadPackage#getSoftwareInterruptKind()
 * @model
 * @generated
 */
public enum SoftwareInterruptKind implements Enumerator {
	/**
	 * The '<em><b>CLOCK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi4: clock, which runs the callouts (softclock).
	 * <!-- end-model-doc -->
	 * @see #CLOCK_VALUE
	 * @generated
	 * @ordered
	 */
	CLOCK(0, "CLOCK", "CLOCK"),

	/**
	 * The '<em><b>NETISR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi1: net, which runs network input (netisr).
	 * <!-- end-model-doc -->
	 * @see #NETISR_VALUE
	 * @generated
	 * @ordered
	 */
	NETISR(1, "NETISR", "NETISR"),

	/**
	 * The '<em><b>TASKQUEUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi6: task queue, which runs taskqueue tasks.
	 * <!-- end-model-doc -->
	 * @see #TASKQUEUE_VALUE
	 * @generated
	 * @ordered
	 */
	TASKQUEUE(2, "TASKQUEUE", "TASKQUEUE"),

	/**
	 * The '<em><b>TTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi0: tty, the serial and console software interrupt.
	 * <!-- end-model-doc -->
	 * @see #TTY_VALUE
	 * @generated
	 * @ordered
	 */
	TTY(3, "TTY", "TTY"),

	/**
	 * The '<em><b>VM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi3: vm, the VM software interrupt.
	 * <!-- end-model-doc -->
	 * @see #VM_VALUE
	 * @generated
	 * @ordered
	 */
	VM(4, "VM", "VM"),

	/**
	 * The '<em><b>CAMBIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CAM block I/O completion software interrupt.
	 * <!-- end-model-doc -->
	 * @see #CAMBIO_VALUE
	 * @generated
	 * @ordered
	 */
	CAMBIO(5, "CAMBIO", "CAMBIO");

	/**
	 * The '<em><b>CLOCK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi4: clock, which runs the callouts (softclock).
	 * <!-- end-model-doc -->
	 * @see #CLOCK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOCK_VALUE = 0;

	/**
	 * The '<em><b>NETISR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi1: net, which runs network input (netisr).
	 * <!-- end-model-doc -->
	 * @see #NETISR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETISR_VALUE = 1;

	/**
	 * The '<em><b>TASKQUEUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi6: task queue, which runs taskqueue tasks.
	 * <!-- end-model-doc -->
	 * @see #TASKQUEUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TASKQUEUE_VALUE = 2;

	/**
	 * The '<em><b>TTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi0: tty, the serial and console software interrupt.
	 * <!-- end-model-doc -->
	 * @see #TTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TTY_VALUE = 3;

	/**
	 * The '<em><b>VM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swi3: vm, the VM software interrupt.
	 * <!-- end-model-doc -->
	 * @see #VM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VM_VALUE = 4;

	/**
	 * The '<em><b>CAMBIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CAM block I/O completion software interrupt.
	 * <!-- end-model-doc -->
	 * @see #CAMBIO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAMBIO_VALUE = 5;

	/**
	 * An array of all the '<em><b>Software Interrupt Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SoftwareInterruptKind[] VALUES_ARRAY =
		new SoftwareInterruptKind[] {
			CLOCK,
			NETISR,
			TASKQUEUE,
			TTY,
			VM,
			CAMBIO,
		};

	/**
	 * A public read-only list of all the '<em><b>Software Interrupt Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SoftwareInterruptKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Software Interrupt Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SoftwareInterruptKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SoftwareInterruptKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Software Interrupt Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SoftwareInterruptKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SoftwareInterruptKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Software Interrupt Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SoftwareInterruptKind get(int value) {
		switch (value) {
			case CLOCK_VALUE: return CLOCK;
			case NETISR_VALUE: return NETISR;
			case TASKQUEUE_VALUE: return TASKQUEUE;
			case TTY_VALUE: return TTY;
			case VM_VALUE: return VM;
			case CAMBIO_VALUE: return CAMBIO;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SoftwareInterruptKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SoftwareInterruptKind
