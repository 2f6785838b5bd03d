/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.util;

import org.smpng.model.kernel.support.Diagnostics;
import static org.smpng.model.kernel.support.Diagnostics.duplicates;
import static org.smpng.model.kernel.support.Diagnostics.withFirst;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;

import org.smpng.model.kernel.*;
import org.smpng.model.kernel.support.CodePathAnalysis;
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
	 * The {@link Diagnostic#getCode() code} for two subsystems with the same name.
	 */
	public static final int DUPLICATE_SUBSYSTEM_NAME = GENERATED_DIAGNOSTIC_CODE_COUNT + 7;

	/**
	 * The {@link Diagnostic#getCode() code} for two syscalls with the same number or name.
	 */
	public static final int DUPLICATE_SYSCALL = GENERATED_DIAGNOSTIC_CODE_COUNT + 8;

	/**
	 * The {@link Diagnostic#getCode() code} for two code paths with the same name.
	 */
	public static final int DUPLICATE_CODE_PATH_NAME = GENERATED_DIAGNOSTIC_CODE_COUNT + 9;

	/**
	 * The {@link Diagnostic#getCode() code} for a subsystem whose last-updated date is not an ISO 8601 date.
	 */
	public static final int SUBSYSTEM_DATE_MALFORMED = GENERATED_DIAGNOSTIC_CODE_COUNT + 10;

	/**
	 * The {@link Diagnostic#getCode() code} for a code path that can return holding a lock or in a critical section, or a loop body that changes the locks held.
	 */
	public static final int CODE_PATH_UNBALANCED = GENERATED_DIAGNOSTIC_CODE_COUNT + 11;

	/**
	 * The {@link Diagnostic#getCode() code} for a release of a lock type not held on some path to it.
	 */
	public static final int RELEASE_OF_LOCK_NOT_HELD = GENERATED_DIAGNOSTIC_CODE_COUNT + 12;

	/**
	 * The {@link Diagnostic#getCode() code} for a sleep while holding a non-sleepable lock other than Giant and the interlock.
	 */
	public static final int SLEEP_WITH_NON_SLEEPABLE_LOCK = GENERATED_DIAGNOSTIC_CODE_COUNT + 13;

	/**
	 * The {@link Diagnostic#getCode() code} for a sleep or yield while holding a spin mutex or inside a critical section.
	 */
	public static final int SLEEP_WITH_SPIN_LOCK = GENERATED_DIAGNOSTIC_CODE_COUNT + 14;

	/**
	 * The {@link Diagnostic#getCode() code} for an acquire of a lock type already held whose type allows no recursion.
	 */
	public static final int RECURSION_NOT_ALLOWED = GENERATED_DIAGNOSTIC_CODE_COUNT + 15;

	/**
	 * The {@link Diagnostic#getCode() code} for a blocking acquire of a sleep lock while holding a spin mutex or in a critical section.
	 */
	public static final int BLOCKING_ACQUIRE_IN_CRITICAL_SECTION = GENERATED_DIAGNOSTIC_CODE_COUNT + 16;

	/**
	 * The {@link Diagnostic#getCode() code} for a sleep whose interlock is not held, or a condition variable wait without an interlock.
	 */
	public static final int INTERLOCK_NOT_HELD = GENERATED_DIAGNOSTIC_CODE_COUNT + 17;

	/**
	 * The {@link Diagnostic#getCode() code} for a code path that acquires locks against the static lock order.
	 */
	public static final int LOCK_ORDER_REVERSAL = GENERATED_DIAGNOSTIC_CODE_COUNT + 18;

	/**
	 * The {@link Diagnostic#getCode() code} for a code path that calls itself (a warning).
	 */
	public static final int RECURSIVE_CALL = GENERATED_DIAGNOSTIC_CODE_COUNT + 19;

	/**
	 * The {@link Diagnostic#getCode() code} for an acquisition point without a file or with a line below 1.
	 */
	public static final int ACQUISITION_POINT_MALFORMED = GENERATED_DIAGNOSTIC_CODE_COUNT + 20;

	/**
	 * The {@link Diagnostic#getCode() code} for a shared acquire of a lock whose class has no shared holders.
	 */
	public static final int SHARED_ACQUIRE_UNSUPPORTED = GENERATED_DIAGNOSTIC_CODE_COUNT + 21;

	/**
	 * The {@link Diagnostic#getCode() code} for a sleep on both or neither of a wait channel and a condition variable.
	 */
	public static final int SLEEP_TARGET_INVALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 22;

	/**
	 * The {@link Diagnostic#getCode() code} for a loop with a negative count.
	 */
	public static final int LOOP_COUNT_INVALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 23;

	/**
	 * The {@link Diagnostic#getCode() code} for a branch whose probability is not between 0 and 1.
	 */
	public static final int BRANCH_PROBABILITY_OUT_OF_RANGE = GENERATED_DIAGNOSTIC_CODE_COUNT + 24;

	/**
	 * The {@link Diagnostic#getCode() code} for a distribution with invalid parameters.
	 */
	public static final int DISTRIBUTION_INVALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 25;

	/**
	 * The {@link Diagnostic#getCode() code} for a lock type that allows recursion although its class is not recursable.
	 */
	public static final int RECURSION_ON_NON_RECURSABLE_CLASS = GENERATED_DIAGNOSTIC_CODE_COUNT + 26;

	/**
	 * The {@link Diagnostic#getCode() code} for a lock class whose flags contradict each other or its kind.
	 */
	public static final int LOCK_CLASS_FLAGS_INCONSISTENT = GENERATED_DIAGNOSTIC_CODE_COUNT + 27;

	/**
	 * The {@link Diagnostic#getCode() code} for a thread library status table with two rows for one platform.
	 */
	public static final int PLATFORM_LISTED_TWICE = GENERATED_DIAGNOSTIC_CODE_COUNT + 28;

	/**
	 * The {@link Diagnostic#getCode() code} for a task whose date is not an ISO 8601 date.
	 */
	public static final int TASK_DATE_MALFORMED = GENERATED_DIAGNOSTIC_CODE_COUNT + 29;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT counts the hand-written codes above, so that a subclass's codes start after them.
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT + 29;

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
			case KernelPackage.TASK_LIST:
				return validateTaskList((TaskList)value, diagnostics, context);
			case KernelPackage.TASK:
				return validateTask((Task)value, diagnostics, context);
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
	 * Two subsystems with one name would make the seed's status table ambiguous and lock types' owners unclear.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateKernelModel_uniqueSubsystemNames(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (List<Subsystem> same : duplicates(kernelModel.getSubsystems(), Subsystem::getName)) {
			result &= error(diagnostics, DUPLICATE_SUBSYSTEM_NAME, same.size() + " subsystems are named \"" + same.get(0).getName()
					+ "\"; each row of the subsystem table needs its own name", withFirst(kernelModel, same));
			if (diagnostics == null) return false;
		}
		return result;
	}

	/**
	 * Validates the uniqueSyscalls constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * The syscall table (sysent[]) has one entry per number, and a name must identify one syscall in an operation mix.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateKernelModel_uniqueSyscalls(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (List<Syscall> same : duplicates(kernelModel.getSyscalls(), Syscall::getNumber)) {
			List<String> names = new ArrayList<>();
			same.forEach(syscall -> names.add("\"" + syscall.getName() + "\""));
			result &= error(diagnostics, DUPLICATE_SYSCALL, same.size() + " syscalls have number " + same.get(0).getNumber() + " ("
					+ String.join(", ", names) + "); sysent[] has exactly one entry per syscall number", withFirst(kernelModel, same));
			if (diagnostics == null) return false;
		}
		for (List<Syscall> same : duplicates(kernelModel.getSyscalls(), Syscall::getName)) {
			result &= error(diagnostics, DUPLICATE_SYSCALL, same.size() + " syscalls are named \"" + same.get(0).getName()
					+ "\"; a syscall name must identify one entry of the syscall table", withFirst(kernelModel, same));
			if (diagnostics == null) return false;
		}
		return result;
	}

	/**
	 * Validates the uniqueCodePathNames constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * Code paths are named after their C functions and referred to by name in findings, so a name must be unique.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateKernelModel_uniqueCodePathNames(KernelModel kernelModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (List<CodePath> same : duplicates(kernelModel.getCodePaths(), CodePath::getName)) {
			result &= error(diagnostics, DUPLICATE_CODE_PATH_NAME, same.size() + " code paths are named \"" + same.get(0).getName()
					+ "\"; a code path is named after its C function and must be unique", withFirst(kernelModel, same));
			if (diagnostics == null) return false;
		}
		return result;
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
	 * The class flags must agree with each other and with the class kind as lock_class definitions do: a spin lock is
	 * never sleepable, exactly the spin mutex kind spins, and only classes with shared holders can upgrade.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateLockClass_consistentFlags(LockClass lockClass, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<String> problems = new ArrayList<>();
		if (lockClass.isSpin() && lockClass.isSleepable()) {
			problems.add("it is both a spin lock and sleepable");
		}
		if (lockClass.isSpin() != (lockClass.getKind() == LockClassKind.SPIN_MUTEX)) {
			problems.add(lockClass.isSpin() ? "it spins but is of kind " + lockClass.getKind() : "it is a spin mutex but does not spin");
		}
		if (lockClass.isUpgradable() && !supportsShared(lockClass.getKind())) {
			problems.add("it is upgradable but a " + lockClass.getKind() + " has no shared holders to upgrade");
		}
		if (problems.isEmpty()) {
			return true;
		}
		return error(diagnostics, LOCK_CLASS_FLAGS_INCONSISTENT, "Lock class \"" + lockClass.getName() + "\" has inconsistent flags: "
				+ String.join("; ", problems), lockClass);
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
	 * A lock type may only be initialised with MTX_RECURSE (or its equivalent) if its class supports recursion
	 * (LC_RECURSABLE).
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateLockType_recursionOnlyOnRecursableClass(LockType lockType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		LockClass lockClass = lockType.getLockClass();
		if (!lockType.isRecursionAllowed() || lockClass == null || lockClass.isRecursable()) {
			return true;
		}
		return error(diagnostics, RECURSION_ON_NON_RECURSABLE_CLASS, "Lock type \"" + lockType.getName() + "\" allows recursion, but its class \""
				+ lockClass.getName() + "\" is not recursable (LC_RECURSABLE)", lockType, lockClass);
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
	 * The seed writes dates as "4 October 2003"; the model keeps them as ISO dates so that they sort and compare.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateSubsystem_lastUpdatedIsIsoDate(Subsystem subsystem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String date = subsystem.getLastUpdated();
		if (date == null || date.isEmpty()) {
			return true;
		}
		try {
			LocalDate.parse(date);
			return true;
		} catch (DateTimeParseException e) {
			return error(diagnostics, SUBSYSTEM_DATE_MALFORMED, "Subsystem \"" + subsystem.getName() + "\" was last updated on \"" + date
					+ "\", which is not an ISO 8601 date (yyyy-mm-dd, such as 2003-10-04)", subsystem);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTaskList(TaskList taskList, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(taskList, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTask(Task task, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(task, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(task, diagnostics, context);
		if (result || diagnostics != null) result &= validateTask_lastUpdatedIsIsoDate(task, diagnostics, context);
		return result;
	}

	/**
	 * Validates the lastUpdatedIsIsoDate constraint of '<em>Task</em>'.
	 * <!-- begin-user-doc -->
	 * Task dates are kept as ISO dates, like the subsystems' dates, so that lists sort and compare by date.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateTask_lastUpdatedIsIsoDate(Task task, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String date = task.getLastUpdated();
		if (date == null || date.isEmpty()) {
			return true;
		}
		try {
			LocalDate.parse(date);
			return true;
		} catch (DateTimeParseException e) {
			return error(diagnostics, TASK_DATE_MALFORMED, "Task \"" + task.getTitle() + "\" is dated \"" + date
					+ "\", which is not an ISO 8601 date (yyyy-mm-dd, such as 2004-11-24)", task);
		}
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
	 * Every acquire must be released and every critical_enter exited on every path, or the thread returns to user mode
	 * holding a lock, which WITNESS reports on exit ("thread exiting with the following locks held").
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCodePath_balancedOnEveryPath(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(codePath, CodePathAnalysis.Problem.UNBALANCED, CODE_PATH_UNBALANCED, diagnostics, context);
	}

	/**
	 * Validates the releasesOnlyHeldLocks constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * Releasing a lock the thread does not own panics ("mutex not owned") under INVARIANTS; the check is per path, so
	 * a release after only one arm of a branch acquired the lock is caught.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCodePath_releasesOnlyHeldLocks(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(codePath, CodePathAnalysis.Problem.RELEASE_NOT_HELD, RELEASE_OF_LOCK_NOT_HELD, diagnostics, context);
	}

	/**
	 * Validates the noSleepWithNonSleepableLock constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * Sleeping with a non-sleepable lock held (any mutex but Giant and the interlock) is what WITNESS reports as
	 * "sleeping with non-sleepable lock held".
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCodePath_noSleepWithNonSleepableLock(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(codePath, CodePathAnalysis.Problem.SLEEP_WITH_NON_SLEEPABLE_LOCK, SLEEP_WITH_NON_SLEEPABLE_LOCK, diagnostics, context);
	}

	/**
	 * Validates the noSleepWithSpinLock constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * A thread holding a spin mutex or in a critical section runs with interrupts or preemption off and must never
	 * sleep or switch out.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCodePath_noSleepWithSpinLock(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(codePath, CodePathAnalysis.Problem.SLEEP_WITH_SPIN_LOCK, SLEEP_WITH_SPIN_LOCK, diagnostics, context);
	}

	/**
	 * Validates the recursionOnlyOnRecursableTypes constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * Acquiring a lock type already held recurses on it, which panics ("recursed on non-recursive mutex") unless the
	 * type allows recursion or is DUPOK.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCodePath_recursionOnlyOnRecursableTypes(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(codePath, CodePathAnalysis.Problem.RECURSION_NOT_ALLOWED, RECURSION_NOT_ALLOWED, diagnostics, context);
	}

	/**
	 * Validates the noBlockingAcquireInCriticalSection constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * A thread holding a spin mutex cannot block, so it may take a sleep lock only with a try-lock ("acquiring
	 * blockable sleep lock with spinlock or critical section held").
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCodePath_noBlockingAcquireInCriticalSection(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(codePath, CodePathAnalysis.Problem.BLOCKING_ACQUIRE_IN_CRITICAL_SECTION, BLOCKING_ACQUIRE_IN_CRITICAL_SECTION, diagnostics, context);
	}

	/**
	 * Validates the interlockHeldAtSleep constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * msleep and cv_wait atomically drop an interlock the caller holds; sleeping with an interlock that is not held
	 * panics, and cv_wait always needs one.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCodePath_interlockHeldAtSleep(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(codePath, CodePathAnalysis.Problem.INTERLOCK_NOT_HELD, INTERLOCK_NOT_HELD, diagnostics, context);
	}

	/**
	 * Validates the lockOrderRespected constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * A blocking acquire against the static order lists (outside the blessed pairs) is a lock order reversal WITNESS
	 * reports as a potential deadlock; try-locks are exempt (LOP_TRYLOCK).
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCodePath_lockOrderRespected(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(codePath, CodePathAnalysis.Problem.LOCK_ORDER_REVERSAL, LOCK_ORDER_REVERSAL, diagnostics, context);
	}

	/**
	 * Validates the noRecursiveCall constraint of '<em>Code Path</em>'.
	 * <!-- begin-user-doc -->
	 * A code path that calls itself cannot be checked path by path (nor simulated in bounded depth); it is reported as
	 * a warning.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCodePath_noRecursiveCall(CodePath codePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(codePath, CodePathAnalysis.Problem.RECURSIVE_CALL, RECURSIVE_CALL, diagnostics, context);
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
	 * LOCK_PROFILING and WITNESS key acquisitions by __FILE__:__LINE__, so both must be given.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateAcquisitionPoint_wellFormed(AcquisitionPoint acquisitionPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<String> problems = new ArrayList<>();
		if (acquisitionPoint.getFile() == null || acquisitionPoint.getFile().isBlank()) {
			problems.add("has no file");
		}
		if (acquisitionPoint.getLine() <= 0) {
			problems.add("has line " + acquisitionPoint.getLine() + ", but lines start at 1");
		}
		if (problems.isEmpty()) {
			return true;
		}
		String step = acquisitionPoint.eContainer() instanceof Step owner ? " of " + CodePathAnalysis.describe(owner) : "";
		return error(diagnostics, ACQUISITION_POINT_MALFORMED, "The acquisition point" + step + " " + String.join(" and ", problems),
				acquisitionPoint);
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
	 * Only sx, rw, rm and lockmgr locks have shared holders; mtx_lock has no shared mode.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateAcquire_sharedModeSupported(Acquire acquire, DiagnosticChain diagnostics, Map<Object, Object> context) {
		LockType type = acquire.getLockType();
		if (acquire.getMode() != AcquireMode.SHARED || type == null || type.getLockClass() == null
				|| supportsShared(type.getLockClass().getKind())) {
			return true;
		}
		return error(diagnostics, SHARED_ACQUIRE_UNSUPPORTED, "The " + CodePathAnalysis.describe(acquire) + " asks for shared mode, but \""
				+ type.getName() + "\" is a " + type.getLockClass().getName() + ", which has no shared holders (only sx, rw, rm and lockmgr do)",
				acquire, type);
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
	 * A thread sleeps either on a wait channel (msleep) or on a condition variable (cv_wait), never on both or
	 * neither.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateSleep_sleepsOnOneThing(Sleep sleep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean channel = sleep.getChannel() != null;
		boolean cv = sleep.getConditionVariable() != null;
		if (channel != cv) {
			return true;
		}
		return error(diagnostics, SLEEP_TARGET_INVALID, "Sleep " + CodePathAnalysis.describe(sleep) + (channel
				? " names both a wait channel and a condition variable; it must sleep on exactly one"
				: " names neither a wait channel nor a condition variable; it must sleep on exactly one"), sleep);
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
	 * A loop cannot run a negative number of times.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateLoop_validCount(Loop loop, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (loop.getCountDistribution() != null || loop.getCount() >= 0) {
			return true;
		}
		return error(diagnostics, LOOP_COUNT_INVALID, "Loop " + CodePathAnalysis.describe(loop) + " has count " + loop.getCount()
				+ "; a loop runs zero or more times", loop);
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
	 * The probability of taking the then arm must be a probability.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateBranch_probabilityInRange(Branch branch, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double p = branch.getProbability();
		if (p >= 0 && p <= 1) {
			return true;
		}
		return error(diagnostics, BRANCH_PROBABILITY_OUT_OF_RANGE, "Branch " + CodePathAnalysis.describe(branch) + " has probability " + p
				+ ", which is not between 0 and 1", branch);
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
	 * A time cannot be negative.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateFixedDistribution_validParameters(FixedDistribution fixedDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (fixedDistribution.getValue() >= 0) {
			return true;
		}
		return error(diagnostics, DISTRIBUTION_INVALID, "A fixed distribution " + owner(fixedDistribution) + " has value "
				+ fixedDistribution.getValue() + " ns; times are zero or more", fixedDistribution);
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
	 * The bounds must be times (zero or more) and in order.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateUniformDistribution_validParameters(UniformDistribution uniformDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double min = uniformDistribution.getMin();
		double max = uniformDistribution.getMax();
		if (min >= 0 && min <= max) {
			return true;
		}
		return error(diagnostics, DISTRIBUTION_INVALID, "A uniform distribution " + owner(uniformDistribution) + " has min " + min
				+ " ns and max " + max + " ns; it needs 0 <= min <= max", uniformDistribution);
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
	 * The mean is the inverse of the rate, which must be positive.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateExponentialDistribution_validParameters(ExponentialDistribution exponentialDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (exponentialDistribution.getMean() > 0) {
			return true;
		}
		return error(diagnostics, DISTRIBUTION_INVALID, "An exponential distribution " + owner(exponentialDistribution) + " has mean "
				+ exponentialDistribution.getMean() + " ns; the mean (1/rate) must be positive", exponentialDistribution);
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
	 * A normal distribution of a time needs a mean and a standard deviation of zero or more.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateNormalDistribution_validParameters(NormalDistribution normalDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (normalDistribution.getMean() >= 0 && normalDistribution.getStandardDeviation() >= 0) {
			return true;
		}
		return error(diagnostics, DISTRIBUTION_INVALID, "A normal distribution " + owner(normalDistribution) + " has mean "
				+ normalDistribution.getMean() + " ns and standard deviation " + normalDistribution.getStandardDeviation()
				+ " ns; both must be zero or more", normalDistribution);
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
	 * Samples need one positive weight each, and there must be at least one sample to draw.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateEmpiricalDistribution_validParameters(EmpiricalDistribution empiricalDistribution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<Double> values = empiricalDistribution.getValues();
		List<Double> weights = empiricalDistribution.getWeights();
		List<String> problems = new ArrayList<>();
		if (values.isEmpty()) {
			problems.add("has no values");
		}
		if (values.size() != weights.size()) {
			problems.add("has " + values.size() + " values but " + weights.size() + " weights");
		}
		for (int i = 0; i < weights.size(); i++) {
			if (!(weights.get(i) > 0)) {
				problems.add("has weight " + weights.get(i) + " at position " + (i + 1) + ", but weights must be positive");
			}
		}
		for (int i = 0; i < values.size(); i++) {
			if (!(values.get(i) >= 0)) {
				problems.add("has value " + values.get(i) + " ns at position " + (i + 1) + ", but times are zero or more");
			}
		}
		if (problems.isEmpty()) {
			return true;
		}
		return error(diagnostics, DISTRIBUTION_INVALID, "An empirical distribution " + owner(empiricalDistribution) + " "
				+ String.join(" and ", problems), empiricalDistribution);
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
	 * The roadmap's tables have one row per platform; two rows would contradict each other.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateThreadingStatusTable_onePlatformOnce(ThreadingStatusTable threadingStatusTable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (List<PlatformThreadingStatus> same : duplicates(threadingStatusTable.getRows(), PlatformThreadingStatus::getPlatform)) {
			result &= error(diagnostics, PLATFORM_LISTED_TWICE, "The " + threadingStatusTable.getLibrary() + " status table lists platform "
					+ same.get(0).getPlatform().getLiteral() + " " + same.size() + " times; it has one row per platform",
					withFirst(threadingStatusTable, same));
			if (diagnostics == null) return false;
		}
		return result;
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


	/**
	 * Adds an error with the given code and message about {@code data} to {@code diagnostics}, if there is a chain.
	 * Hand-written: the helper of the constraint checks above.
	 *
	 * @return always {@code false}, so that a check can {@code return error(...)}
	 */
	private static boolean error(DiagnosticChain diagnostics, int code, String message, Object... data) {
		return Diagnostics.error(DIAGNOSTIC_SOURCE, diagnostics, code, message, data);
	}

	/** Whether locks of the given kind can have shared holders (sx_slock, rw_rlock, rm_rlock, LK_SHARED). */
	private static boolean supportsShared(LockClassKind kind) {
		return kind == LockClassKind.SX || kind == LockClassKind.RW || kind == LockClassKind.RM || kind == LockClassKind.LOCKMGR;
	}

	/** Names what a distribution belongs to, such as "(duration of Work step 2 of \"pipe_read\")", for messages. */
	private static String owner(Distribution distribution) {
		EObject container = distribution.eContainer();
		if (container == null) {
			return "";
		}
		String what = distribution.eContainingFeature().getName() + " of " + container.eClass().getName();
		if (container instanceof Step step) {
			what = distribution.eContainingFeature().getName() + " of " + CodePathAnalysis.describe(step);
		}
		for (EObject up = container; up != null; up = up.eContainer()) {
			if (up instanceof CodePath path) {
				return "(" + what + " in \"" + path.getName() + "\")";
			}
		}
		return "(" + what + ")";
	}

	/**
	 * Reports the findings of one kind of the code path analysis, which runs once per code path and validation
	 * (the result is kept in the validation context).
	 */
	private static boolean report(CodePath codePath, CodePathAnalysis.Problem problem, int code, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		// A recursive call is only a warning: it is reported but leaves the code path valid.
		boolean warning = problem == CodePathAnalysis.Problem.RECURSIVE_CALL;
		boolean result = true;
		for (CodePathAnalysis.Finding finding : findings(codePath, context)) {
			if (finding.problem() != problem) {
				continue;
			}
			if (diagnostics == null) {
				if (warning) {
					continue;
				}
				return false;
			}
			result &= warning;
			diagnostics.add(new BasicDiagnostic(warning ? Diagnostic.WARNING : Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code,
					finding.message(), finding.data().toArray()));
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static List<CodePathAnalysis.Finding> findings(CodePath codePath, Map<Object, Object> context) {
		if (context == null) {
			return CodePathAnalysis.analyse(codePath);
		}
		Map<CodePath, List<CodePathAnalysis.Finding>> cache = (Map<CodePath, List<CodePathAnalysis.Finding>>) context
				.computeIfAbsent(CodePathAnalysis.class, key -> new HashMap<CodePath, List<CodePathAnalysis.Finding>>());
		return cache.computeIfAbsent(codePath, CodePathAnalysis::analyse);
	}
} //KernelValidator
