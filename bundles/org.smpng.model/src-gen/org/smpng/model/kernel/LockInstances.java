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
 * A representation of the literals of the enumeration '<em><b>Lock Instances</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How many lock objects share one lock type (WITNESS name) at run time.
 * <!-- end-model-doc -->
 * @see org.smpng.model.kernel.KernelPackage#getLockInstances()
 * @model
 * @generated
 */
public enum LockInstances implements Enumerator {
	/**
	 * The '<em><b>SINGLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exactly one lock of this type exists, like Giant or sched_lock.
	 * <!-- end-model-doc -->
	 * @see #SINGLE_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE(0, "SINGLE", "SINGLE"),

	/**
	 * The '<em><b>PER CPU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per CPU, like ULE's per-CPU run-queue lock "sched lock %d".
	 * <!-- end-model-doc -->
	 * @see #PER_CPU_VALUE
	 * @generated
	 * @ordered
	 */
	PER_CPU(1, "PER_CPU", "PER_CPU"),

	/**
	 * The '<em><b>PER PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per process (struct proc), like "process lock".
	 * <!-- end-model-doc -->
	 * @see #PER_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	PER_PROCESS(2, "PER_PROCESS", "PER_PROCESS"),

	/**
	 * The '<em><b>PER THREAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per thread (struct thread).
	 * <!-- end-model-doc -->
	 * @see #PER_THREAD_VALUE
	 * @generated
	 * @ordered
	 */
	PER_THREAD(3, "PER_THREAD", "PER_THREAD"),

	/**
	 * The '<em><b>PER SOCKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per socket or socket buffer, like "so_snd".
	 * <!-- end-model-doc -->
	 * @see #PER_SOCKET_VALUE
	 * @generated
	 * @ordered
	 */
	PER_SOCKET(4, "PER_SOCKET", "PER_SOCKET"),

	/**
	 * The '<em><b>PER VNODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per vnode, like the vnode interlock.
	 * <!-- end-model-doc -->
	 * @see #PER_VNODE_VALUE
	 * @generated
	 * @ordered
	 */
	PER_VNODE(5, "PER_VNODE", "PER_VNODE"),

	/**
	 * The '<em><b>PER FILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per open file or file descriptor table, like "filedesc structure".
	 * <!-- end-model-doc -->
	 * @see #PER_FILE_VALUE
	 * @generated
	 * @ordered
	 */
	PER_FILE(6, "PER_FILE", "PER_FILE"),

	/**
	 * The '<em><b>PER DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per device instance (softc), like a network driver's "fxp0" lock.
	 * <!-- end-model-doc -->
	 * @see #PER_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	PER_DEVICE(7, "PER_DEVICE", "PER_DEVICE"),

	/**
	 * The '<em><b>PER OBJECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per instance of some other kernel object, like a VM object.
	 * <!-- end-model-doc -->
	 * @see #PER_OBJECT_VALUE
	 * @generated
	 * @ordered
	 */
	PER_OBJECT(8, "PER_OBJECT", "PER_OBJECT"),

	/**
	 * The '<em><b>FIXED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fixed number of locks given by instanceCount, like a mutex pool.
	 * <!-- end-model-doc -->
	 * @see #FIXED_VALUE
	 * @generated
	 * @ordered
	 */
	FIXED(9, "FIXED", "FIXED");

	/**
	 * The '<em><b>SINGLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exactly one lock of this type exists, like Giant or sched_lock.
	 * <!-- end-model-doc -->
	 * @see #SINGLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_VALUE = 0;

	/**
	 * The '<em><b>PER CPU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per CPU, like ULE's per-CPU run-queue lock "sched lock %d".
	 * <!-- end-model-doc -->
	 * @see #PER_CPU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_CPU_VALUE = 1;

	/**
	 * The '<em><b>PER PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per process (struct proc), like "process lock".
	 * <!-- end-model-doc -->
	 * @see #PER_PROCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_PROCESS_VALUE = 2;

	/**
	 * The '<em><b>PER THREAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per thread (struct thread).
	 * <!-- end-model-doc -->
	 * @see #PER_THREAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_THREAD_VALUE = 3;

	/**
	 * The '<em><b>PER SOCKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per socket or socket buffer, like "so_snd".
	 * <!-- end-model-doc -->
	 * @see #PER_SOCKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_SOCKET_VALUE = 4;

	/**
	 * The '<em><b>PER VNODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per vnode, like the vnode interlock.
	 * <!-- end-model-doc -->
	 * @see #PER_VNODE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_VNODE_VALUE = 5;

	/**
	 * The '<em><b>PER FILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per open file or file descriptor table, like "filedesc structure".
	 * <!-- end-model-doc -->
	 * @see #PER_FILE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_FILE_VALUE = 6;

	/**
	 * The '<em><b>PER DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per device instance (softc), like a network driver's "fxp0" lock.
	 * <!-- end-model-doc -->
	 * @see #PER_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_DEVICE_VALUE = 7;

	/**
	 * The '<em><b>PER OBJECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One lock per instance of some other kernel object, like a VM object.
	 * <!-- end-model-doc -->
	 * @see #PER_OBJECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PER_OBJECT_VALUE = 8;

	/**
	 * The '<em><b>FIXED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fixed number of locks given by instanceCount, like a mutex pool.
	 * <!-- end-model-doc -->
	 * @see #FIXED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIXED_VALUE = 9;

	/**
	 * An array of all the '<em><b>Lock Instances</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LockInstances[] VALUES_ARRAY =
		new LockInstances[] {
			SINGLE,
			PER_CPU,
			PER_PROCESS,
			PER_THREAD,
			PER_SOCKET,
			PER_VNODE,
			PER_FILE,
			PER_DEVICE,
			PER_OBJECT,
			FIXED,
		};

	/**
	 * A public read-only list of all the '<em><b>Lock Instances</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LockInstances> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Lock Instances</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockInstances get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockInstances result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lock Instances</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockInstances getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockInstances result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lock Instances</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockInstances get(int value) {
		switch (value) {
			case SINGLE_VALUE: return SINGLE;
			case PER_CPU_VALUE: return PER_CPU;
			case PER_PROCESS_VALUE: return PER_PROCESS;
			case PER_THREAD_VALUE: return PER_THREAD;
			case PER_SOCKET_VALUE: return PER_SOCKET;
			case PER_VNODE_VALUE: return PER_VNODE;
			case PER_FILE_VALUE: return PER_FILE;
			case PER_DEVICE_VALUE: return PER_DEVICE;
			case PER_OBJECT_VALUE: return PER_OBJECT;
			case FIXED_VALUE: return FIXED;
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
	private LockInstances(int value, String name, String literal) {
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
	
} //LockInstances
