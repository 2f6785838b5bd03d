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
 * A representation of the literals of the enumeration '<em><b>Lock Class Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The locking primitives of FreeBSD that a lock class can be built on.
 * <!-- end-model-doc -->
 * @see org.smpng.model.kernel.KernelPackage#getLockClassKind()
 * @model
 * @generated
 */
public enum LockClassKind implements Enumerator {
	/**
	 * The '<em><b>SLEEP MUTEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A default mutex (MTX_DEF) whose contended waiters spin adaptively or block on a turnstile.
	 * <!-- end-model-doc -->
	 * @see #SLEEP_MUTEX_VALUE
	 * @generated
	 * @ordered
	 */
	SLEEP_MUTEX(0, "SLEEP_MUTEX", "SLEEP_MUTEX"),

	/**
	 * The '<em><b>SPIN MUTEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A spin mutex (MTX_SPIN) that enters a critical section and spins until free.
	 * <!-- end-model-doc -->
	 * @see #SPIN_MUTEX_VALUE
	 * @generated
	 * @ordered
	 */
	SPIN_MUTEX(1, "SPIN_MUTEX", "SPIN_MUTEX"),

	/**
	 * The '<em><b>SX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A shared/exclusive lock whose waiters sleep on a sleepqueue.
	 * <!-- end-model-doc -->
	 * @see #SX_VALUE
	 * @generated
	 * @ordered
	 */
	SX(2, "SX", "SX"),

	/**
	 * The '<em><b>RW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reader/writer lock whose waiters block on a turnstile.
	 * <!-- end-model-doc -->
	 * @see #RW_VALUE
	 * @generated
	 * @ordered
	 */
	RW(3, "RW", "RW"),

	/**
	 * The '<em><b>RM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A read-mostly lock, cheap for readers and expensive for writers.
	 * <!-- end-model-doc -->
	 * @see #RM_VALUE
	 * @generated
	 * @ordered
	 */
	RM(4, "RM", "RM"),

	/**
	 * The '<em><b>LOCKMGR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A lockmgr lock, the heavyweight lock used by the vnode layer.
	 * <!-- end-model-doc -->
	 * @see #LOCKMGR_VALUE
	 * @generated
	 * @ordered
	 */
	LOCKMGR(5, "LOCKMGR", "LOCKMGR");

	/**
	 * The '<em><b>SLEEP MUTEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A default mutex (MTX_DEF) whose contended waiters spin adaptively or block on a turnstile.
	 * <!-- end-model-doc -->
	 * @see #SLEEP_MUTEX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SLEEP_MUTEX_VALUE = 0;

	/**
	 * The '<em><b>SPIN MUTEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A spin mutex (MTX_SPIN) that enters a critical section and spins until free.
	 * <!-- end-model-doc -->
	 * @see #SPIN_MUTEX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPIN_MUTEX_VALUE = 1;

	/**
	 * The '<em><b>SX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A shared/exclusive lock whose waiters sleep on a sleepqueue.
	 * <!-- end-model-doc -->
	 * @see #SX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SX_VALUE = 2;

	/**
	 * The '<em><b>RW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reader/writer lock whose waiters block on a turnstile.
	 * <!-- end-model-doc -->
	 * @see #RW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RW_VALUE = 3;

	/**
	 * The '<em><b>RM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A read-mostly lock, cheap for readers and expensive for writers.
	 * <!-- end-model-doc -->
	 * @see #RM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RM_VALUE = 4;

	/**
	 * The '<em><b>LOCKMGR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A lockmgr lock, the heavyweight lock used by the vnode layer.
	 * <!-- end-model-doc -->
	 * @see #LOCKMGR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCKMGR_VALUE = 5;

	/**
	 * An array of all the '<em><b>Lock Class Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LockClassKind[] VALUES_ARRAY =
		new LockClassKind[] {
			SLEEP_MUTEX,
			SPIN_MUTEX,
			SX,
			RW,
			RM,
			LOCKMGR,
		};

	/**
	 * A public read-only list of all the '<em><b>Lock Class Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LockClassKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Lock Class Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockClassKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockClassKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lock Class Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockClassKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockClassKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lock Class Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockClassKind get(int value) {
		switch (value) {
			case SLEEP_MUTEX_VALUE: return SLEEP_MUTEX;
			case SPIN_MUTEX_VALUE: return SPIN_MUTEX;
			case SX_VALUE: return SX;
			case RW_VALUE: return RW;
			case RM_VALUE: return RM;
			case LOCKMGR_VALUE: return LOCKMGR;
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
	private LockClassKind(int value, String name, String literal) {
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
	
} //LockClassKind
