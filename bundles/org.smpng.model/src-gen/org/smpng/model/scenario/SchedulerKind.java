/**
 * SMPng Workbench
 */
package org.smpng.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Scheduler Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The thread scheduler the simulated kernel is built with.
 * <!-- end-model-doc -->
 * @see org.smpng.model.scenario.ScenarioPackage#getSchedulerKind()
 * @model
 * @generated
 */
public enum SchedulerKind implements Enumerator {
	/**
	 * The '<em><b>FOUR BSD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The traditional 4BSD scheduler (SCHED_4BSD): one global run queue under sched_lock.
	 * <!-- end-model-doc -->
	 * @see #FOUR_BSD_VALUE
	 * @generated
	 * @ordered
	 */
	FOUR_BSD(0, "FOUR_BSD", "4BSD"),

	/**
	 * The '<em><b>ULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ULE scheduler (SCHED_ULE): per-CPU run queues with load balancing.
	 * <!-- end-model-doc -->
	 * @see #ULE_VALUE
	 * @generated
	 * @ordered
	 */
	ULE(1, "ULE", "ULE");

	/**
	 * The '<em><b>FOUR BSD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The traditional 4BSD scheduler (SCHED_4BSD): one global run queue under sched_lock.
	 * <!-- end-model-doc -->
	 * @see #FOUR_BSD
	 * @model literal="4BSD"
	 * @generated
	 * @ordered
	 */
	public static final int FOUR_BSD_VALUE = 0;

	/**
	 * The '<em><b>ULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ULE scheduler (SCHED_ULE): per-CPU run queues with load balancing.
	 * <!-- end-model-doc -->
	 * @see #ULE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ULE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Scheduler Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SchedulerKind[] VALUES_ARRAY =
		new SchedulerKind[] {
			FOUR_BSD,
			ULE,
		};

	/**
	 * A public read-only list of all the '<em><b>Scheduler Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SchedulerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scheduler Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchedulerKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SchedulerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scheduler Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchedulerKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SchedulerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scheduler Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchedulerKind get(int value) {
		switch (value) {
			case FOUR_BSD_VALUE: return FOUR_BSD;
			case ULE_VALUE: return ULE;
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
	private SchedulerKind(int value, String name, String literal) {
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
	
} //SchedulerKind
