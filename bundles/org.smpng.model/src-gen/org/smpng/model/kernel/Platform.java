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
 * A representation of the literals of the enumeration '<em><b>Platform</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The hardware platforms of FreeBSD 5.x that the seed documents list.
 * <!-- end-model-doc -->
 * @see org.smpng.model.kernel.KernelPackage#getPlatform()
 * @model
 * @generated
 */
public enum Platform implements Enumerator {
	/**
	 * The '<em><b>I386</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intel IA-32 (i386).
	 * <!-- end-model-doc -->
	 * @see #I386_VALUE
	 * @generated
	 * @ordered
	 */
	I386(0, "I386", "i386"),

	/**
	 * The '<em><b>AMD64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AMD64 / EM64T (amd64).
	 * <!-- end-model-doc -->
	 * @see #AMD64_VALUE
	 * @generated
	 * @ordered
	 */
	AMD64(1, "AMD64", "amd64"),

	/**
	 * The '<em><b>ALPHA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DEC Alpha (alpha).
	 * <!-- end-model-doc -->
	 * @see #ALPHA_VALUE
	 * @generated
	 * @ordered
	 */
	ALPHA(2, "ALPHA", "alpha"),

	/**
	 * The '<em><b>SPARC64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UltraSPARC (sparc64).
	 * <!-- end-model-doc -->
	 * @see #SPARC64_VALUE
	 * @generated
	 * @ordered
	 */
	SPARC64(3, "SPARC64", "sparc64"),

	/**
	 * The '<em><b>IA64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intel Itanium (ia64).
	 * <!-- end-model-doc -->
	 * @see #IA64_VALUE
	 * @generated
	 * @ordered
	 */
	IA64(4, "IA64", "ia64");

	/**
	 * The '<em><b>I386</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intel IA-32 (i386).
	 * <!-- end-model-doc -->
	 * @see #I386
	 * @model literal="i386"
	 * @generated
	 * @ordered
	 */
	public static final int I386_VALUE = 0;

	/**
	 * The '<em><b>AMD64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AMD64 / EM64T (amd64).
	 * <!-- end-model-doc -->
	 * @see #AMD64
	 * @model literal="amd64"
	 * @generated
	 * @ordered
	 */
	public static final int AMD64_VALUE = 1;

	/**
	 * The '<em><b>ALPHA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DEC Alpha (alpha).
	 * <!-- end-model-doc -->
	 * @see #ALPHA
	 * @model literal="alpha"
	 * @generated
	 * @ordered
	 */
	public static final int ALPHA_VALUE = 2;

	/**
	 * The '<em><b>SPARC64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UltraSPARC (sparc64).
	 * <!-- end-model-doc -->
	 * @see #SPARC64
	 * @model literal="sparc64"
	 * @generated
	 * @ordered
	 */
	public static final int SPARC64_VALUE = 3;

	/**
	 * The '<em><b>IA64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intel Itanium (ia64).
	 * <!-- end-model-doc -->
	 * @see #IA64
	 * @model literal="ia64"
	 * @generated
	 * @ordered
	 */
	public static final int IA64_VALUE = 4;

	/**
	 * An array of all the '<em><b>Platform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Platform[] VALUES_ARRAY =
		new Platform[] {
			I386,
			AMD64,
			ALPHA,
			SPARC64,
			IA64,
		};

	/**
	 * A public read-only list of all the '<em><b>Platform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Platform> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Platform</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Platform get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Platform result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Platform</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Platform getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Platform result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Platform</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Platform get(int value) {
		switch (value) {
			case I386_VALUE: return I386;
			case AMD64_VALUE: return AMD64;
			case ALPHA_VALUE: return ALPHA;
			case SPARC64_VALUE: return SPARC64;
			case IA64_VALUE: return IA64;
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
	private Platform(int value, String name, String literal) {
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
	
} //Platform
