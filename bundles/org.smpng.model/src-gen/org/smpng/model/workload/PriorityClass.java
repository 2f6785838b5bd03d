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
 * A representation of the literals of the enumeration '<em><b>Priority Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The scheduling class of a thread (PRI_* in sys/priority.h).
 * <!-- end-model-doc -->
 * @see org.smpng.model.workload.WorkloadPackage#getPriorityClass()
 * @model
 * @generated
 */
public enum PriorityClass implements Enumerator {
	/**
	 * The '<em><b>TIMESHARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timeshare (PRI_TIMESHARE), the class of ordinary user threads.
	 * <!-- end-model-doc -->
	 * @see #TIMESHARE_VALUE
	 * @generated
	 * @ordered
	 */
	TIMESHARE(0, "TIMESHARE", "TIMESHARE"),

	/**
	 * The '<em><b>REALTIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Realtime (PRI_REALTIME, rtprio).
	 * <!-- end-model-doc -->
	 * @see #REALTIME_VALUE
	 * @generated
	 * @ordered
	 */
	REALTIME(1, "REALTIME", "REALTIME"),

	/**
	 * The '<em><b>IDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Idle (PRI_IDLE, idprio), run only when nothing else is runnable.
	 * <!-- end-model-doc -->
	 * @see #IDLE_VALUE
	 * @generated
	 * @ordered
	 */
	IDLE(2, "IDLE", "IDLE");

	/**
	 * The '<em><b>TIMESHARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timeshare (PRI_TIMESHARE), the class of ordinary user threads.
	 * <!-- end-model-doc -->
	 * @see #TIMESHARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIMESHARE_VALUE = 0;

	/**
	 * The '<em><b>REALTIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Realtime (PRI_REALTIME, rtprio).
	 * <!-- end-model-doc -->
	 * @see #REALTIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REALTIME_VALUE = 1;

	/**
	 * The '<em><b>IDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Idle (PRI_IDLE, idprio), run only when nothing else is runnable.
	 * <!-- end-model-doc -->
	 * @see #IDLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IDLE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Priority Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PriorityClass[] VALUES_ARRAY =
		new PriorityClass[] {
			TIMESHARE,
			REALTIME,
			IDLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Priority Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PriorityClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Priority Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PriorityClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PriorityClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Priority Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PriorityClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PriorityClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Priority Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PriorityClass get(int value) {
		switch (value) {
			case TIMESHARE_VALUE: return TIMESHARE;
			case REALTIME_VALUE: return REALTIME;
			case IDLE_VALUE: return IDLE;
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
	private PriorityClass(int value, String name, String literal) {
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
	
} //PriorityClass
