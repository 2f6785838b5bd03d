/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.util;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.smpng.model.kernel.*;

import org.smpng.model.kernel.support.LockOrderGraph;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.smpng.model.kernel.KernelPackage
 * @generated
 */
public class KernelValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final KernelValidator INSTANCE = new KernelValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.smpng.model.kernel";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * The {@link Diagnostic#getCode() code} for two lock types with the same name.
	 */
	public static final int DUPLICATE_LOCK_TYPE_NAME = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * The {@link Diagnostic#getCode() code} for a cycle in the lock order declared by the order chains.
	 */
	public static final int LOCK_ORDER_CYCLE = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/**
	 * The {@link Diagnostic#getCode() code} for an order chain that puts a sleep lock after a spin lock.
	 */
	public static final int SLEEP_LOCK_AFTER_SPIN_LOCK = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/**
	 * The {@link Diagnostic#getCode() code} for a Giant lock that is not a recursive sleep mutex.
	 */
	public static final int GIANT_NOT_RECURSIVE_SLEEP_MUTEX = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/**
	 * The {@link Diagnostic#getCode() code} for a lock type listed twice in one order chain.
	 */
	public static final int REPEATED_CHAIN_ENTRY = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;

	/**
	 * The {@link Diagnostic#getCode() code} for a blessed pair whose two lock types are the same.
	 */
	public static final int BLESSED_PAIR_NOT_DISTINCT = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT counts the hand-written codes above, so that a subclass's codes start after them.
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KernelValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return KernelPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case KernelPackage.KERNEL_MODEL:
				return validateKernelModel((KernelModel)value, diagnostics, context);
			case KernelPackage.PROVENANCE:
				return validateProvenance((Provenance)value, diagnostics, context);
			case KernelPackage.LOCK_CLASS:
				return validateLockClass((LockClass)value, diagnostics, context);
			case KernelPackage.LOCK_TYPE:
				return validateLockType((LockType)value, diagnostics, context);
			case KernelPackage.LOCK_ORDER_CHAIN:
				return validateLockOrderChain((LockOrderChain)value, diagnostics, context);
			case KernelPackage.LOCK_ORDER_ENTRY:
				return validateLockOrderEntry((LockOrderEntry)value, diagnostics, context);
			case KernelPackage.BLESSED_PAIR:
				return validateBlessedPair((BlessedPair)value, diagnostics, context);
			case KernelPackage.SUBSYSTEM:
				return validateSubsystem((Subsystem)value, diagnostics, context);
			case KernelPackage.SYSCALL:
				return validateSyscall((Syscall)value, diagnostics, context);
			case KernelPackage.WAIT_CHANNEL:
				return validateWaitChannel((WaitChannel)value, diagnostics, context);
			case KernelPackage.CONDITION_VARIABLE:
				return validateConditionVariable((ConditionVariable)value, diagnostics, context);
			case KernelPackage.CODE_PATH:
				return validateCodePath((CodePath)value, diagnostics, context);
			case KernelPackage.STEP:
				return validateStep((Step)value, diagnostics, context);
			case KernelPackage.ACQUISITION_POINT:
				return validateAcquisitionPoint((AcquisitionPoint)value, diagnostics, context);
			case KernelPackage.ACQUIRE:
				return validateAcquire((Acquire)value, diagnostics, context);
			case KernelPackage.RELEASE:
				return validateRelease((Release)value, diagnostics, context);
			case KernelPackage.WORK:
				return validateWork((Work)value, diagnostics, context);
			case KernelPackage.SLEEP:
				return validateSleep((Sleep)value, diagnostics, context);
			case KernelPackage.WAKEUP:
				return validateWakeup((Wakeup)value, diagnostics, context);
			case KernelPackage.SIGNAL:
				return validateSignal((Signal)value, diagnostics, context);
			case KernelPackage.BROADCAST:
				return validateBroadcast((Broadcast)value, diagnostics, context);
			case KernelPackage.CRITICAL_ENTER:
				return validateCriticalEnter((CriticalEnter)value, diagnostics, context);
			case KernelPackage.CRITICAL_EXIT:
				return validateCriticalExit((CriticalExit)value, diagnostics, context);
			case KernelPackage.CALL:
				return validateCall((Call)value, diagnostics, context);
			case KernelPackage.LOOP:
				return validateLoop((Loop)value, diagnostics, context);
			case KernelPackage.BRANCH:
				return validateBranch((Branch)value, diagnostics, context);
			case KernelPackage.YIELD:
				return validateYield((Yield)value, diagnostics, context);
			case KernelPackage.DISTRIBUTION:
				return validateDistribution((Distribution)value, diagnostics, context);
			case KernelPackage.FIXED_DISTRIBUTION:
				return validateFixedDistribution((FixedDistribution)value, diagnostics, context);
			case KernelPackage.UNIFORM_DISTRIBUTION:
				return validateUniformDistribution((UniformDistribution)value, diagnostics, context);
			case KernelPackage.EXPONENTIAL_DISTRIBUTION:
				return validateExponentialDistribution((ExponentialDistribution)value, diagnostics, context);
			case KernelPackage.NORMAL_DISTRIBUTION:
				return validateNormalDistribution((NormalDistribution)value, diagnostics, context);
			case KernelPackage.EMPIRICAL_DISTRIBUTION:
				return validateEmpiricalDistribution((EmpiricalDistribution)value, diagnostics, context);
			case KernelPackage.THREADING_STATUS_TABLE:
				return validateThreadingStatusTable((ThreadingStatusTable)value, diagnostics, context);
			case KernelPackage.PLATFORM_THREADING_STATUS:
				return validatePlatformThreadingStatus((PlatformThreadingStatus)value, diagnostics, context);
			case KernelPackage.LOCK_CLASS_KIND:
				return validateLockClassKind((LockClassKind)value, diagnostics, context);
			case KernelPackage.LOCK_INSTANCES:
				return validateLockInstances((LockInstances)value, diagnostics, context);
			case KernelPackage.LOCKING_STATUS:
				return validateLockingStatus((LockingStatus)value, diagnostics, context);
			case KernelPackage.WORK_STATUS:
				return validateWorkStatus((WorkStatus)value, diagnostics, context);
			case KernelPackage.ACQUIRE_MODE:
				return validateAcquireMode((AcquireMode)value, diagnostics, context);
			case KernelPackage.PLATFORM:
				return validatePlatform((Platform)value, diagnostics, context);
			case KernelPackage.THREADING_LIBRARY:
				return validateThreadingLibrary((ThreadingLibrary)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKernelModel(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(kernelModel, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateKernelModel_uniqueLockTypeNames(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateKernelModel_acyclicLockOrder(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateKernelModel_noSleepLockAfterSpinLock(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateKernelModel_giantIsSleepMutex(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateKernelModel_uniqueSubsystemNames(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateKernelModel_uniqueSyscalls(kernelModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateKernelModel_uniqueCodePathNames(kernelModel, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueLockTypeNames constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * WITNESS keys lock types by name, so two lock types with the same name would be merged into one node of the
	 * lock-order graph and their order relations would mix; names that are unset are left to other checks.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateKernelModel_uniqueLockTypeNames(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Map<String, List<LockType>> byName = new LinkedHashMap<>();
		for (LockType lockType : kernelModel.getLockTypes()) {
			if (lockType.getName() != null) {
				byName.computeIfAbsent(lockType.getName(), name -> new ArrayList<>()).add(lockType);
			}
		}
		boolean result = true;
		for (Map.Entry<String, List<LockType>> entry : byName.entrySet()) {
			List<LockType> sameName = entry.getValue();
			if (sameName.size() > 1) {
				result = false;
				if (diagnostics == null) {
					return false;
				}
				List<Object> data = new ArrayList<>();
				data.add(kernelModel);
				data.addAll(sameName);
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, DUPLICATE_LOCK_TYPE_NAME,
						sameName.size() + " lock types are named \"" + entry.getKey()
								+ "\"; WITNESS tracks lock types by name and would merge them into one",
						data.toArray()));
			}
		}
		return result;
	}

	/**
	 * Validates the acyclicLockOrder constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * Every consecutive pair of entries in any chain is an edge "acquire after"; a cycle in the union of these edges
	 * means the order lists contradict themselves, so WITNESS would report a lock order reversal for correct code.
	 * One diagnostic is reported per cycle found by {@link LockOrderGraph#cycles()}.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateKernelModel_acyclicLockOrder(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (List<LockType> cycle : LockOrderGraph.of(kernelModel).cycles()) {
			result = false;
			if (diagnostics == null) {
				return false;
			}
			StringBuilder path = new StringBuilder();
			for (LockType lockType : cycle) {
				path.append(lockType.getName()).append(" -> ");
			}
			path.append(cycle.get(0).getName());
			List<Object> data = new ArrayList<>();
			data.add(kernelModel);
			data.addAll(cycle);
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, LOCK_ORDER_CYCLE,
					"The lock order chains form a cycle: " + path
							+ "; each of these locks is declared to be acquired after itself",
					data.toArray()));
		}
		return result;
	}

	/**
	 * Validates the noSleepLockAfterSpinLock constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * A thread holding a spin mutex runs in a critical section and may not block, so no chain may order a sleep lock
	 * (any lock whose class is not a spin class) directly after a spin lock; any longer path from a spin lock to a
	 * sleep lock contains such a direct edge, so checking consecutive entries is enough.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateKernelModel_noSleepLockAfterSpinLock(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (LockOrderChain chain : kernelModel.getOrderChains()) {
			LockType previous = null;
			for (LockOrderEntry entry : chain.getEntries()) {
				LockType current = entry.getLockType();
				if (current == null || current.getLockClass() == null) {
					previous = null;
					continue;
				}
				if (previous != null && previous.getLockClass().isSpin() && !current.getLockClass().isSpin()) {
					result = false;
					if (diagnostics == null) {
						return false;
					}
					diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, SLEEP_LOCK_AFTER_SPIN_LOCK,
							"Lock order chain " + LockOrderGraph.describe(chain) + " orders sleep lock \"" + current.getName()
									+ "\" (" + current.getLockClass().getName() + ") after spin lock \"" + previous.getName()
									+ "\" (" + previous.getLockClass().getName()
									+ "); a thread may not acquire a sleep lock while holding a spin mutex",
							new Object[] { kernelModel, chain, previous, current }));
				}
				previous = current;
			}
		}
		return result;
	}

	/**
	 * Validates the giantIsSleepMutex constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * Giant is initialised with MTX_DEF | MTX_RECURSE: unconverted code re-enters it freely and it is dropped across
	 * sleeps, which only works for a recursive sleep mutex.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateKernelModel_giantIsSleepMutex(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		LockType giant = kernelModel.getGiant();
		if (giant == null || giant.getLockClass() == null) {
			return true;
		}
		List<String> problems = new ArrayList<>();
		if (giant.getLockClass().getKind() != LockClassKind.SLEEP_MUTEX) {
			problems.add("its class \"" + giant.getLockClass().getName() + "\" is of kind " + giant.getLockClass().getKind());
		}
		if (!giant.isRecursionAllowed()) {
			problems.add("it does not allow recursion");
		}
		if (problems.isEmpty()) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, GIANT_NOT_RECURSIVE_SLEEP_MUTEX,
					"Giant lock \"" + giant.getName() + "\" must be a recursive sleep mutex (MTX_DEF | MTX_RECURSE), but "
							+ String.join(" and ", problems),
					new Object[] { kernelModel, giant }));
		}
		return false;
	}

	/**
	 * Validates the uniqueSubsystemNames constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKernelModel_uniqueSubsystemNames(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "uniqueSubsystemNames", getObjectLabel(kernelModel, context) },
						 new Object[] { kernelModel },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the uniqueSyscalls constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKernelModel_uniqueSyscalls(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "uniqueSyscalls", getObjectLabel(kernelModel, context) },
						 new Object[] { kernelModel },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the uniqueCodePathNames constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKernelModel_uniqueCodePathNames(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "uniqueCodePathNames", getObjectLabel(kernelModel, context) },
						 new Object[] { kernelModel },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProvenance(Provenance provenance, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(provenance, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockClass(LockClass lockClass, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(lockClass, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(lockClass, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(lockClass, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(lockClass, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(lockClass, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(lockClass, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(lockClass, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(lockClass, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(lockClass, diagnostics, context);
		if (result || diagnostics != null) result &= validateLockClass_consistentFlags(lockClass, diagnostics, context);
		return result;
	}

	/**
	 * Validates the consistentFlags constraint of '<em>Lock Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockClass_consistentFlags(LockClass lockClass, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "consistentFlags", getObjectLabel(lockClass, context) },
						 new Object[] { lockClass },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockType(LockType lockType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(lockType, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(lockType, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(lockType, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(lockType, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(lockType, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(lockType, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(lockType, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(lockType, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(lockType, diagnostics, context);
		if (result || diagnostics != null) result &= validateLockType_recursionOnlyOnRecursableClass(lockType, diagnostics, context);
		return result;
	}

	/**
	 * Validates the recursionOnlyOnRecursableClass constraint of '<em>Lock Type</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockType_recursionOnlyOnRecursableClass(LockType lockType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "recursionOnlyOnRecursableClass", getObjectLabel(lockType, context) },
						 new Object[] { lockType },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockOrderChain(LockOrderChain lockOrderChain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(lockOrderChain, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(lockOrderChain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(lockOrderChain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(lockOrderChain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(lockOrderChain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(lockOrderChain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(lockOrderChain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(lockOrderChain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(lockOrderChain, diagnostics, context);
		if (result || diagnostics != null) result &= validateLockOrderChain_noRepeatedEntry(lockOrderChain, diagnostics, context);
		return result;
	}

	/**
	 * Validates the noRepeatedEntry constraint of '<em>Lock Order Chain</em>'.
	 * <!-- begin-user-doc -->
	 * A lock type listed twice in one chain is declared to be acquired after itself; single-entry chains are
	 * legal, as FreeBSD's order_lists[] has them.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateLockOrderChain_noRepeatedEntry(LockOrderChain lockOrderChain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Map<LockType, Integer> firstPosition = new HashMap<>();
		boolean result = true;
		List<LockOrderEntry> entries = lockOrderChain.getEntries();
		for (int i = 0; i < entries.size(); i++) {
			LockType lockType = entries.get(i).getLockType();
			if (lockType == null) {
				continue;
			}
			Integer first = firstPosition.putIfAbsent(lockType, i);
			if (first != null) {
				result = false;
				if (diagnostics == null) {
					return false;
				}
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, REPEATED_CHAIN_ENTRY,
						"Lock order chain " + LockOrderGraph.describe(lockOrderChain) + " lists \"" + lockType.getName()
								+ "\" twice (entries " + (first + 1) + " and " + (i + 1)
								+ "), which would order the lock after itself",
						new Object[] { lockOrderChain, entries.get(first), entries.get(i), lockType }));
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockOrderEntry(LockOrderEntry lockOrderEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(lockOrderEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBlessedPair(BlessedPair blessedPair, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(blessedPair, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(blessedPair, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(blessedPair, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(blessedPair, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(blessedPair, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(blessedPair, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(blessedPair, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(blessedPair, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(blessedPair, diagnostics, context);
		if (result || diagnostics != null) result &= validateBlessedPair_distinctLocks(blessedPair, diagnostics, context);
		return result;
	}

	/**
	 * Validates the distinctLocks constraint of '<em>Blessed Pair</em>'.
	 * <!-- begin-user-doc -->
	 * Blessing a lock type against itself means nothing to WITNESS and usually hides a typing mistake in the pair.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateBlessedPair_distinctLocks(BlessedPair blessedPair, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (blessedPair.getFirst() == null || blessedPair.getFirst() != blessedPair.getSecond()) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, BLESSED_PAIR_NOT_DISTINCT,
					"Blessed pair names \"" + blessedPair.getFirst().getName()
							+ "\" twice; a blessed pair must name two different lock types",
					new Object[] { blessedPair, blessedPair.getFirst() }));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubsystem(Subsystem subsystem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(subsystem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(subsystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(subsystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(subsystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(subsystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(subsystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(subsystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(subsystem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(subsystem, diagnostics, context);
		if (result || diagnostics != null) result &= validateSubsystem_lastUpdatedIsIsoDate(subsystem, diagnostics, context);
		return result;
	}

	/**
	 * Validates the lastUpdatedIsIsoDate constraint of '<em>Subsystem</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubsystem_lastUpdatedIsIsoDate(Subsystem subsystem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "lastUpdatedIsIsoDate", getObjectLabel(subsystem, context) },
						 new Object[] { subsystem },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSyscall(Syscall syscall, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(syscall, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWaitChannel(WaitChannel waitChannel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(waitChannel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConditionVariable(ConditionVariable conditionVariable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conditionVariable, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(codePath, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodePath_balancedOnEveryPath(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodePath_releasesOnlyHeldLocks(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodePath_noSleepWithNonSleepableLock(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodePath_noSleepWithSpinLock(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodePath_recursionOnlyOnRecursableTypes(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodePath_noBlockingAcquireInCriticalSection(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodePath_interlockHeldAtSleep(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodePath_lockOrderRespected(codePath, diagnostics, context);
		if (result || diagnostics != null) result &= validateCodePath_noRecursiveCall(codePath, diagnostics, context);
		return result;
	}

	/**
	 * Validates the balancedOnEveryPath constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath_balancedOnEveryPath(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "balancedOnEveryPath", getObjectLabel(codePath, context) },
						 new Object[] { codePath },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the releasesOnlyHeldLocks constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath_releasesOnlyHeldLocks(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "releasesOnlyHeldLocks", getObjectLabel(codePath, context) },
						 new Object[] { codePath },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the noSleepWithNonSleepableLock constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath_noSleepWithNonSleepableLock(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "noSleepWithNonSleepableLock", getObjectLabel(codePath, context) },
						 new Object[] { codePath },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the noSleepWithSpinLock constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath_noSleepWithSpinLock(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "noSleepWithSpinLock", getObjectLabel(codePath, context) },
						 new Object[] { codePath },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the recursionOnlyOnRecursableTypes constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath_recursionOnlyOnRecursableTypes(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "recursionOnlyOnRecursableTypes", getObjectLabel(codePath, context) },
						 new Object[] { codePath },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the noBlockingAcquireInCriticalSection constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath_noBlockingAcquireInCriticalSection(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "noBlockingAcquireInCriticalSection", getObjectLabel(codePath, context) },
						 new Object[] { codePath },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the interlockHeldAtSleep constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath_interlockHeldAtSleep(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "interlockHeldAtSleep", getObjectLabel(codePath, context) },
						 new Object[] { codePath },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the lockOrderRespected constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath_lockOrderRespected(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "lockOrderRespected", getObjectLabel(codePath, context) },
						 new Object[] { codePath },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the noRecursiveCall constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodePath_noRecursiveCall(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "noRecursiveCall", getObjectLabel(codePath, context) },
						 new Object[] { codePath },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStep(Step step, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(step, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAcquisitionPoint(AcquisitionPoint acquisitionPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(acquisitionPoint, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(acquisitionPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(acquisitionPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(acquisitionPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(acquisitionPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(acquisitionPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(acquisitionPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(acquisitionPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(acquisitionPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateAcquisitionPoint_wellFormed(acquisitionPoint, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Acquisition Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAcquisitionPoint_wellFormed(AcquisitionPoint acquisitionPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "wellFormed", getObjectLabel(acquisitionPoint, context) },
						 new Object[] { acquisitionPoint },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAcquire(Acquire acquire, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(acquire, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(acquire, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(acquire, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(acquire, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(acquire, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(acquire, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(acquire, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(acquire, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(acquire, diagnostics, context);
		if (result || diagnostics != null) result &= validateAcquire_sharedModeSupported(acquire, diagnostics, context);
		return result;
	}

	/**
	 * Validates the sharedModeSupported constraint of '<em>Acquire</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAcquire_sharedModeSupported(Acquire acquire, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "sharedModeSupported", getObjectLabel(acquire, context) },
						 new Object[] { acquire },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelease(Release release, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(release, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWork(Work work, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(work, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSleep(Sleep sleep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(sleep, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(sleep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(sleep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(sleep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(sleep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(sleep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(sleep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(sleep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(sleep, diagnostics, context);
		if (result || diagnostics != null) result &= validateSleep_sleepsOnOneThing(sleep, diagnostics, context);
		return result;
	}

	/**
	 * Validates the sleepsOnOneThing constraint of '<em>Sleep</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSleep_sleepsOnOneThing(Sleep sleep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "sleepsOnOneThing", getObjectLabel(sleep, context) },
						 new Object[] { sleep },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWakeup(Wakeup wakeup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(wakeup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(signal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBroadcast(Broadcast broadcast, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(broadcast, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCriticalEnter(CriticalEnter criticalEnter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(criticalEnter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCriticalExit(CriticalExit criticalExit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(criticalExit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCall(Call call, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(call, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLoop(Loop loop, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(loop, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(loop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(loop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(loop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(loop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(loop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(loop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(loop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(loop, diagnostics, context);
		if (result || diagnostics != null) result &= validateLoop_validCount(loop, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validCount constraint of '<em>Loop</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLoop_validCount(Loop loop, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validCount", getObjectLabel(loop, context) },
						 new Object[] { loop },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBranch(Branch branch, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(branch, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(branch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(branch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(branch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(branch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(branch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(branch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(branch, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(branch, diagnostics, context);
		if (result || diagnostics != null) result &= validateBranch_probabilityInRange(branch, diagnostics, context);
		return result;
	}

	/**
	 * Validates the probabilityInRange constraint of '<em>Branch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBranch_probabilityInRange(Branch branch, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "probabilityInRange", getObjectLabel(branch, context) },
						 new Object[] { branch },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateYield(Yield yield, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(yield, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDistribution(Distribution distribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(distribution, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFixedDistribution(FixedDistribution fixedDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(fixedDistribution, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(fixedDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(fixedDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(fixedDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(fixedDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(fixedDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(fixedDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(fixedDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(fixedDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validateFixedDistribution_validParameters(fixedDistribution, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Fixed Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFixedDistribution_validParameters(FixedDistribution fixedDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validParameters", getObjectLabel(fixedDistribution, context) },
						 new Object[] { fixedDistribution },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUniformDistribution(UniformDistribution uniformDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(uniformDistribution, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(uniformDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(uniformDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(uniformDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(uniformDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(uniformDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(uniformDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(uniformDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(uniformDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validateUniformDistribution_validParameters(uniformDistribution, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Uniform Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUniformDistribution_validParameters(UniformDistribution uniformDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validParameters", getObjectLabel(uniformDistribution, context) },
						 new Object[] { uniformDistribution },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExponentialDistribution(ExponentialDistribution exponentialDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(exponentialDistribution, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(exponentialDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(exponentialDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(exponentialDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(exponentialDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(exponentialDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(exponentialDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(exponentialDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(exponentialDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validateExponentialDistribution_validParameters(exponentialDistribution, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Exponential Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExponentialDistribution_validParameters(ExponentialDistribution exponentialDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validParameters", getObjectLabel(exponentialDistribution, context) },
						 new Object[] { exponentialDistribution },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNormalDistribution(NormalDistribution normalDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(normalDistribution, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(normalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(normalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(normalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(normalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(normalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(normalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(normalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(normalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validateNormalDistribution_validParameters(normalDistribution, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Normal Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNormalDistribution_validParameters(NormalDistribution normalDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validParameters", getObjectLabel(normalDistribution, context) },
						 new Object[] { normalDistribution },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmpiricalDistribution(EmpiricalDistribution empiricalDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(empiricalDistribution, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(empiricalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(empiricalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(empiricalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(empiricalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(empiricalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(empiricalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(empiricalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(empiricalDistribution, diagnostics, context);
		if (result || diagnostics != null) result &= validateEmpiricalDistribution_validParameters(empiricalDistribution, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Empirical Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmpiricalDistribution_validParameters(EmpiricalDistribution empiricalDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validParameters", getObjectLabel(empiricalDistribution, context) },
						 new Object[] { empiricalDistribution },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateThreadingStatusTable(ThreadingStatusTable threadingStatusTable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(threadingStatusTable, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(threadingStatusTable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(threadingStatusTable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(threadingStatusTable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(threadingStatusTable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(threadingStatusTable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(threadingStatusTable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(threadingStatusTable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(threadingStatusTable, diagnostics, context);
		if (result || diagnostics != null) result &= validateThreadingStatusTable_onePlatformOnce(threadingStatusTable, diagnostics, context);
		return result;
	}

	/**
	 * Validates the onePlatformOnce constraint of '<em>Threading Status Table</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateThreadingStatusTable_onePlatformOnce(ThreadingStatusTable threadingStatusTable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "onePlatformOnce", getObjectLabel(threadingStatusTable, context) },
						 new Object[] { threadingStatusTable },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlatformThreadingStatus(PlatformThreadingStatus platformThreadingStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(platformThreadingStatus, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockClassKind(LockClassKind lockClassKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockInstances(LockInstances lockInstances, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockingStatus(LockingStatus lockingStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkStatus(WorkStatus workStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAcquireMode(AcquireMode acquireMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlatform(Platform platform, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateThreadingLibrary(ThreadingLibrary threadingLibrary, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * The constraint messages of this validator are composed in code with the names of the locks involved, so
	 * no message bundle of its own is needed; EMF's locator serves the generic messages of EObjectValidator.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return super.getResourceLocator();
	}

} //KernelValidator
