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
			case KernelPackage.LOCK_CLASS_KIND:
				return validateLockClassKind((LockClassKind)value, diagnostics, context);
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
		return validate_EveryDefaultConstraint(lockClass, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLockType(LockType lockType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(lockType, diagnostics, context);
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
	public boolean validateLockClassKind(LockClassKind lockClassKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
