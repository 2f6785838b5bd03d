/**
 * SMPng Workbench
 */
package org.smpng.model.machine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Handler Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an interrupt handler is run.
 * <!-- end-model-doc -->
 * @see org.smpng.model.machine.MachinePackage#getHandlerKind()
 * @model
 * @generated
 */
public enum HandlerKind implements Enumerator {
	/**
	 * The '<em><b>ITHREAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The low-level handler schedules an interrupt thread, which runs the handler (the SMPng default).
	 * <!-- end-model-doc -->
	 * @see #ITHREAD_VALUE
	 * @generated
	 * @ordered
	 */
	ITHREAD(0, "ITHREAD", "ITHREAD"),

	/**
	 * The '<em><b>FAST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An INTR_FAST handler, run directly in primary interrupt context (5.x and 6.x).
	 * <!-- end-model-doc -->
	 * @see #FAST_VALUE
	 * @generated
	 * @ordered
	 */
	FAST(1, "FAST", "FAST"),

	/**
	 * The '<em><b>FILTER ITHREAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A filter run in interrupt context that may schedule an ithread handler (7.0 and later).
	 * <!-- end-model-doc -->
	 * @see #FILTER_ITHREAD_VALUE
	 * @generated
	 * @ordered
	 */
	FILTER_ITHREAD(2, "FILTER_ITHREAD", "FILTER_ITHREAD");

	/**
	 * The '<em><b>ITHREAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The low-level handler schedules an interrupt thread, which runs the handler (the SMPng default).
	 * <!-- end-model-doc -->
	 * @see #ITHREAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ITHREAD_VALUE = 0;

	/**
	 * The '<em><b>FAST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An INTR_FAST handler, run directly in primary interrupt context (5.x and 6.x).
	 * <!-- end-model-doc -->
	 * @see #FAST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAST_VALUE = 1;

	/**
	 * The '<em><b>FILTER ITHREAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A filter run in interrupt context that may schedule an ithread handler (7.0 and later).
	 * <!-- end-model-doc -->
	 * @see #FILTER_ITHREAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FILTER_ITHREAD_VALUE = 2;

	/**
	 * An array of all the '<em><b>Handler Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HandlerKind[] VALUES_ARRAY =
		new HandlerKind[] {
			ITHREAD,
			FAST,
			FILTER_ITHREAD,
		};

	/**
	 * A public read-only list of all the '<em><b>Handler Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HandlerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Handler Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HandlerKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HandlerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handler Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HandlerKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HandlerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handler Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HandlerKind get(int value) {
		switch (value) {
			case ITHREAD_VALUE: return ITHREAD;
			case FAST_VALUE: return FAST;
			case FILTER_ITHREAD_VALUE: return FILTER_ITHREAD;
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
	private HandlerKind(int value, String name, String literal) {
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
	
} //HandlerKind
