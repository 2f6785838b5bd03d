/**
 * SMPng Workbench
 */
package org.smpng.model.workload.util;

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
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

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
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUserThreadGroup_positiveCount(UserThreadGroup userThreadGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "positiveCount", getObjectLabel(userThreadGroup, context) },
						 new Object[] { userThreadGroup },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the niceInRange constraint of '<em>User Thread Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUserThreadGroup_niceInRange(UserThreadGroup userThreadGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "niceInRange", getObjectLabel(userThreadGroup, context) },
						 new Object[] { userThreadGroup },
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
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOperation_positiveWeight(Operation operation, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "positiveWeight", getObjectLabel(operation, context) },
						 new Object[] { operation },
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
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePoissonArrivals_validParameters(PoissonArrivals poissonArrivals, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "validParameters", getObjectLabel(poissonArrivals, context) },
						 new Object[] { poissonArrivals },
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
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePeriodicArrivals_validParameters(PeriodicArrivals periodicArrivals, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "validParameters", getObjectLabel(periodicArrivals, context) },
						 new Object[] { periodicArrivals },
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
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBurstyArrivals_validParameters(BurstyArrivals burstyArrivals, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "validParameters", getObjectLabel(burstyArrivals, context) },
						 new Object[] { burstyArrivals },
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
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //WorkloadValidator
