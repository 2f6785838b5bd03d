/**
 * SMPng Workbench
 */
package org.smpng.model.workload.util;

import org.smpng.model.kernel.support.Diagnostics;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;

import org.smpng.model.workload.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.smpng.model.workload.WorkloadPackage
 * @generated
 */
public class WorkloadValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final WorkloadValidator INSTANCE = new WorkloadValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.smpng.model.workload";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * The {@link Diagnostic#getCode() code} for a thread group with fewer than one thread.
	 */
	public static final int THREAD_COUNT_INVALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * The {@link Diagnostic#getCode() code} for a thread group with a nice value outside -20..20.
	 */
	public static final int NICE_OUT_OF_RANGE = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/**
	 * The {@link Diagnostic#getCode() code} for an operation of an operation mix with a weight that is not positive.
	 */
	public static final int OPERATION_WEIGHT_NOT_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/**
	 * The {@link Diagnostic#getCode() code} for an arrival process with invalid parameters.
	 */
	public static final int ARRIVALS_INVALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT counts the hand-written codes above, so that a subclass\'s codes start after them.
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkloadValidator() {
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
	  return WorkloadPackage.eINSTANCE;
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
			case WorkloadPackage.WORKLOAD:
				return validateWorkload((Workload)value, diagnostics, context);
			case WorkloadPackage.USER_PROCESS:
				return validateUserProcess((UserProcess)value, diagnostics, context);
			case WorkloadPackage.USER_THREAD_GROUP:
				return validateUserThreadGroup((UserThreadGroup)value, diagnostics, context);
			case WorkloadPackage.OPERATION:
				return validateOperation((Operation)value, diagnostics, context);
			case WorkloadPackage.INTERRUPT_SOURCE:
				return validateInterruptSource((InterruptSource)value, diagnostics, context);
			case WorkloadPackage.SOFTWARE_INTERRUPT:
				return validateSoftwareInterrupt((SoftwareInterrupt)value, diagnostics, context);
			case WorkloadPackage.ARRIVAL_PROCESS:
				return validateArrivalProcess((ArrivalProcess)value, diagnostics, context);
			case WorkloadPackage.POISSON_ARRIVALS:
				return validatePoissonArrivals((PoissonArrivals)value, diagnostics, context);
			case WorkloadPackage.PERIODIC_ARRIVALS:
				return validatePeriodicArrivals((PeriodicArrivals)value, diagnostics, context);
			case WorkloadPackage.BURSTY_ARRIVALS:
				return validateBurstyArrivals((BurstyArrivals)value, diagnostics, context);
			case WorkloadPackage.PRIORITY_CLASS:
				return validatePriorityClass((PriorityClass)value, diagnostics, context);
			case WorkloadPackage.SOFTWARE_INTERRUPT_KIND:
				return validateSoftwareInterruptKind((SoftwareInterruptKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkload(Workload workload, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(workload, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUserProcess(UserProcess userProcess, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(userProcess, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUserThreadGroup(UserThreadGroup userThreadGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(userThreadGroup, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(userThreadGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(userThreadGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(userThreadGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(userThreadGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(userThreadGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(userThreadGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(userThreadGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(userThreadGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validateUserThreadGroup_positiveCount(userThreadGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validateUserThreadGroup_niceInRange(userThreadGroup, diagnostics, context);
		return result;
	}

	/**
	 * Validates the positiveCount constraint of '<em>User Thread Group</em>'.
	 * <!-- begin-user-doc -->
	 * A thread group with no threads generates no load and is a mistake.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateUserThreadGroup_positiveCount(UserThreadGroup userThreadGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (userThreadGroup.getCount() >= 1) {
			return true;
		}
		return error(diagnostics, THREAD_COUNT_INVALID, "Thread group \"" + userThreadGroup.getName() + "\" has " + userThreadGroup.getCount()
				+ " threads; a group has at least one", userThreadGroup);
	}

	/**
	 * Validates the niceInRange constraint of '<em>User Thread Group</em>'.
	 * <!-- begin-user-doc -->
	 * nice(1) values run from PRIO_MIN (-20) to PRIO_MAX (20).
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateUserThreadGroup_niceInRange(UserThreadGroup userThreadGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int nice = userThreadGroup.getNice();
		if (nice >= -20 && nice <= 20) {
			return true;
		}
		return error(diagnostics, NICE_OUT_OF_RANGE, "Thread group \"" + userThreadGroup.getName() + "\" has nice " + nice
				+ "; nice values run from -20 to 20", userThreadGroup);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOperation(Operation operation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(operation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(operation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(operation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(operation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(operation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(operation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(operation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(operation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(operation, diagnostics, context);
		if (result || diagnostics != null) result &= validateOperation_positiveWeight(operation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the positiveWeight constraint of '<em>Operation</em>'.
	 * <!-- begin-user-doc -->
	 * Weights are relative frequencies in the operation mix; a zero or negative weight is a mistake.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateOperation_positiveWeight(Operation operation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (operation.getWeight() > 0) {
			return true;
		}
		String syscall = operation.getSyscall() == null ? "(no syscall)" : "\"" + operation.getSyscall().getName() + "\"";
		String group = operation.eContainer() instanceof UserThreadGroup owner ? " of thread group \"" + owner.getName() + "\"" : "";
		return error(diagnostics, OPERATION_WEIGHT_NOT_POSITIVE, "Operation " + syscall + group + " has weight " + operation.getWeight()
				+ "; weights in an operation mix must be positive", operation);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterruptSource(InterruptSource interruptSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interruptSource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSoftwareInterrupt(SoftwareInterrupt softwareInterrupt, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(softwareInterrupt, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArrivalProcess(ArrivalProcess arrivalProcess, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(arrivalProcess, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePoissonArrivals(PoissonArrivals poissonArrivals, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(poissonArrivals, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(poissonArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(poissonArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(poissonArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(poissonArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(poissonArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(poissonArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(poissonArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(poissonArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validatePoissonArrivals_validParameters(poissonArrivals, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Poisson Arrivals</em>'.
	 * <!-- begin-user-doc -->
	 * A Poisson process needs a positive rate.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validatePoissonArrivals_validParameters(PoissonArrivals poissonArrivals, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (poissonArrivals.getRatePerSecond() > 0) {
			return true;
		}
		return error(diagnostics, ARRIVALS_INVALID, "The Poisson arrivals of " + ownerName(poissonArrivals) + " have rate "
				+ poissonArrivals.getRatePerSecond() + " per second; the rate must be positive", poissonArrivals);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePeriodicArrivals(PeriodicArrivals periodicArrivals, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(periodicArrivals, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(periodicArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(periodicArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(periodicArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(periodicArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(periodicArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(periodicArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(periodicArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(periodicArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validatePeriodicArrivals_validParameters(periodicArrivals, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Periodic Arrivals</em>'.
	 * <!-- begin-user-doc -->
	 * A period must be positive and the jitter a time smaller than it.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validatePeriodicArrivals_validParameters(PeriodicArrivals periodicArrivals, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double period = periodicArrivals.getPeriod();
		double jitter = periodicArrivals.getJitter();
		if (period > 0 && jitter >= 0 && jitter < period) {
			return true;
		}
		return error(diagnostics, ARRIVALS_INVALID, "The periodic arrivals of " + ownerName(periodicArrivals) + " have period " + period
				+ " ns and jitter " + jitter + " ns; the period must be positive and 0 <= jitter < period", periodicArrivals);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBurstyArrivals(BurstyArrivals burstyArrivals, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(burstyArrivals, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(burstyArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(burstyArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(burstyArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(burstyArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(burstyArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(burstyArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(burstyArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(burstyArrivals, diagnostics, context);
		if (result || diagnostics != null) result &= validateBurstyArrivals_validParameters(burstyArrivals, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Bursty Arrivals</em>'.
	 * <!-- begin-user-doc -->
	 * Bursts need a positive rate, at least one event each and a gap that is a time.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateBurstyArrivals_validParameters(BurstyArrivals burstyArrivals, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (burstyArrivals.getBurstsPerSecond() > 0 && burstyArrivals.getBurstSize() >= 1 && burstyArrivals.getGap() >= 0) {
			return true;
		}
		return error(diagnostics, ARRIVALS_INVALID, "The bursty arrivals of " + ownerName(burstyArrivals) + " have "
				+ burstyArrivals.getBurstsPerSecond() + " bursts per second of " + burstyArrivals.getBurstSize() + " events "
				+ burstyArrivals.getGap() + " ns apart; the rate must be positive, bursts at least 1 event and the gap zero or more",
				burstyArrivals);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriorityClass(PriorityClass priorityClass, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSoftwareInterruptKind(SoftwareInterruptKind softwareInterruptKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * The constraint messages of this validator are composed in code with the names of the elements involved, so
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

	/** Names what an arrival process belongs to, for messages. */
	private static String ownerName(ArrivalProcess arrivals) {
		if (arrivals.eContainer() instanceof InterruptSource source) {
			return "interrupt source \"" + source.getName() + "\"";
		}
		if (arrivals.eContainer() instanceof SoftwareInterrupt swi) {
			return "software interrupt \"" + swi.getName() + "\"";
		}
		return "an arrival process";
	}
} //WorkloadValidator
