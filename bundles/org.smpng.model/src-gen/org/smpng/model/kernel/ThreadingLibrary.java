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
 * A representation of the literals of the enumeration '<em><b>Threading Library</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The userland thread libraries of FreeBSD 5.x, as the roadmap lists them.
 * <!-- end-model-doc -->
 * @see org.smpng.model.kernel.KernelPackage#getThreadingLibrary()
 * @model
 * @generated
 */
public enum ThreadingLibrary implements Enumerator {
	/**
	 * The '<em><b>LIBC R</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * libc_r: N:1, every user thread of a process runs on one kernel thread.
	 * <!-- end-model-doc -->
	 * @see #LIBC_R_VALUE
	 * @generated
	 * @ordered
	 */
	LIBC_R(0, "LIBC_R", "libc_r"),

	/**
	 * The '<em><b>KSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * libkse (libpthread): M:N, user threads multiplexed on kernel-scheduled entities with upcalls.
	 * <!-- end-model-doc -->
	 * @see #KSE_VALUE
	 * @generated
	 * @ordered
	 */
	KSE(1, "KSE", "KSE"),

	/**
	 * The '<em><b>THR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * libthr: 1:1, one kernel thread per user thread.
	 * <!-- end-model-doc -->
	 * @see #THR_VALUE
	 * @generated
	 * @ordered
	 */
	THR(2, "THR", "THR");

	/**
	 * The '<em><b>LIBC R</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * libc_r: N:1, every user thread of a process runs on one kernel thread.
	 * <!-- end-model-doc -->
	 * @see #LIBC_R
	 * @model literal="libc_r"
	 * @generated
	 * @ordered
	 */
	public static final int LIBC_R_VALUE = 0;

	/**
	 * The '<em><b>KSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * libkse (libpthread): M:N, user threads multiplexed on kernel-scheduled entities with upcalls.
	 * <!-- end-model-doc -->
	 * @see #KSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KSE_VALUE = 1;

	/**
	 * The '<em><b>THR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * libthr: 1:1, one kernel thread per user thread.
	 * <!-- end-model-doc -->
	 * @see #THR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THR_VALUE = 2;

	/**
	 * An array of all the '<em><b>Threading Library</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ThreadingLibrary[] VALUES_ARRAY =
		new ThreadingLibrary[] {
			LIBC_R,
			KSE,
			THR,
		};

	/**
	 * A public read-only list of all the '<em><b>Threading Library</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ThreadingLibrary> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Threading Library</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThreadingLibrary get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ThreadingLibrary result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Threading Library</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThreadingLibrary getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ThreadingLibrary result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Threading Library</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThreadingLibrary get(int value) {
		switch (value) {
			case LIBC_R_VALUE: return LIBC_R;
			case KSE_VALUE: return KSE;
			case THR_VALUE: return THR;
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
	private ThreadingLibrary(int value, String name, String literal) {
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
	
} //ThreadingLibrary
