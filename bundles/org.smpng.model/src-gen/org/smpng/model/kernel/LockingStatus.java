/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Locking Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far a subsystem has pushed Giant out of its code.
 * <!-- end-model-doc -->
 * @see org.smpng.model.kernel.KernelPackage#getLockingStatus()
 * @model
 * @generated
 */
public enum LockingStatus implements Enumerator {
	/**
	 * The '<em><b>GIANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsystem runs entirely under Giant, as all of 4.x did.
	 * <!-- end-model-doc -->
	 * @see #GIANT_VALUE
	 * @generated
	 * @ordered
	 */
	GIANT(0, "GIANT", "GIANT"),

	/**
	 * The '<em><b>PARTIALLY GIANT FREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Some paths of the subsystem run without Giant, others still take it.
	 * <!-- end-model-doc -->
	 * @see #PARTIALLY_GIANT_FREE_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIALLY_GIANT_FREE(1, "PARTIALLY_GIANT_FREE", "PARTIALLY_GIANT_FREE"),

	/**
	 * The '<em><b>MPSAFE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsystem is fully locked with its own locks and never needs Giant.
	 * <!-- end-model-doc -->
	 * @see #MPSAFE_VALUE
	 * @generated
	 * @ordered
	 */
	MPSAFE(2, "MPSAFE", "MPSAFE");

	/**
	 * The '<em><b>GIANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsystem runs entirely under Giant, as all of 4.x did.
	 * <!-- end-model-doc -->
	 * @see #GIANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GIANT_VALUE = 0;

	/**
	 * The '<em><b>PARTIALLY GIANT FREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Some paths of the subsystem run without Giant, others still take it.
	 * <!-- end-model-doc -->
	 * @see #PARTIALLY_GIANT_FREE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTIALLY_GIANT_FREE_VALUE = 1;

	/**
	 * The '<em><b>MPSAFE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsystem is fully locked with its own locks and never needs Giant.
	 * <!-- end-model-doc -->
	 * @see #MPSAFE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MPSAFE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Locking Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LockingStatus[] VALUES_ARRAY =
		new LockingStatus[] {
			GIANT,
			PARTIALLY_GIANT_FREE,
			MPSAFE,
		};

	/**
	 * A public read-only list of all the '<em><b>Locking Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LockingStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Locking Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockingStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockingStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Locking Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockingStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockingStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Locking Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockingStatus get(int value) {
		switch (value) {
			case GIANT_VALUE: return GIANT;
			case PARTIALLY_GIANT_FREE_VALUE: return PARTIALLY_GIANT_FREE;
			case MPSAFE_VALUE: return MPSAFE;
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
	private LockingStatus(int value, String name, String literal) {
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
	
} //LockingStatus
