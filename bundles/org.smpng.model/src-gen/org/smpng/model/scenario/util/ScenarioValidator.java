/**
 * SMPng Workbench
 */
package org.smpng.model.scenario.util;

import org.smpng.model.kernel.support.Diagnostics;

import java.util.Arrays;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

import org.smpng.model.kernel.*;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.Machine;
import org.smpng.model.scenario.*;
import org.smpng.model.workload.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.smpng.model.scenario.ScenarioPackage
 * @generated
 */
public class ScenarioValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ScenarioValidator INSTANCE = new ScenarioValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.smpng.model.scenario";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * The {@link Diagnostic#getCode() code} for a scenario without a kernel, machine, workload or settings, or with one that cannot be loaded.
	 */
	public static final int SCENARIO_REFERENCE_MISSING = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * The {@link Diagnostic#getCode() code} for a scenario whose workload or machine uses elements of another kernel or machine.
	 */
	public static final int SCENARIO_INCONSISTENT = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/**
	 * The {@link Diagnostic#getCode() code} for engine settings whose duration is not positive.
	 */
	public static final int DURATION_NOT_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/**
	 * The {@link Diagnostic#getCode() code} for engine settings with a negative context switch cost or IPI latency, or
	 * a quantum that is not positive.
	 */
	public static final int TIMING_OUT_OF_RANGE = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

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
	public ScenarioValidator() {
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
	  return ScenarioPackage.eINSTANCE;
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
			case ScenarioPackage.SCENARIO:
				return validateScenario((Scenario)value, diagnostics, context);
			case ScenarioPackage.ENGINE_SETTINGS:
				return validateEngineSettings((EngineSettings)value, diagnostics, context);
			case ScenarioPackage.SCHEDULER_KIND:
				return validateSchedulerKind((SchedulerKind)value, diagnostics, context);
			case ScenarioPackage.EXECUTION_MODE:
				return validateExecutionMode((ExecutionMode)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(scenario, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_referencesPresent(scenario, diagnostics, context);
		if (result || diagnostics != null) result &= validateScenario_consistentReferences(scenario, diagnostics, context);
		return result;
	}

	/**
	 * Validates the referencesPresent constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * A scenario cannot run without a kernel, a machine and a workload, and a reference into a file that is missing or
	 * changed shows up as an unresolved proxy.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateScenario_referencesPresent(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		Object[][] references = {
				{ "kernel", scenario.getKernel() }, { "machine", scenario.getMachine() }, { "workload", scenario.getWorkload() } };
		for (Object[] reference : references) {
			EObject target = (EObject) reference[1];
			String problem = null;
			if (target == null) {
				problem = "has no " + reference[0];
			} else if (target.eIsProxy()) {
				problem = "refers to a " + reference[0] + " that cannot be loaded (" + ((InternalEObject) target).eProxyURI() + ")";
			}
			if (problem != null) {
				result &= error(diagnostics, SCENARIO_REFERENCE_MISSING, "Scenario \"" + scenario.getName() + "\" " + problem, scenario);
				if (diagnostics == null) return false;
			}
		}
		if (scenario.getSettings() == null) {
			result &= error(diagnostics, SCENARIO_REFERENCE_MISSING, "Scenario \"" + scenario.getName() + "\" has no engine settings", scenario);
		}
		return result;
	}

	/**
	 * Validates the consistentReferences constraint of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * The workload's syscalls and the machine's handler code paths must come from the scenario's kernel, interrupt
	 * sources must be devices of its machine, and a process's thread library should work on the machine's platform
	 * according to the kernel's status tables (a warning).
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateScenario_consistentReferences(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		KernelModel kernel = scenario.getKernel();
		Machine machine = scenario.getMachine();
		Workload workload = scenario.getWorkload();
		if (kernel == null || machine == null || workload == null || kernel.eIsProxy() || machine.eIsProxy() || workload.eIsProxy()) {
			return true; // referencesPresent reports these
		}
		boolean result = true;
		for (UserProcess process : workload.getProcesses()) {
			for (UserThreadGroup group : process.getThreadGroups()) {
				for (Operation operation : group.getOperations()) {
					Syscall syscall = operation.getSyscall();
					if (syscall != null && !kernel.getSyscalls().contains(syscall)) {
						result &= error(diagnostics, SCENARIO_INCONSISTENT, "Scenario \"" + scenario.getName() + "\": thread group \""
								+ group.getName() + "\" makes syscall \"" + syscall.getName() + "\", which is not in the syscall table of kernel \""
								+ kernel.getName() + "\"", scenario, operation, syscall);
					}
				}
			}
			if (!threadLibraryWorks(kernel, process.getThreadingLibrary(), machine.getPlatform()) && diagnostics != null) {
				diagnostics.add(new BasicDiagnostic(Diagnostic.WARNING, DIAGNOSTIC_SOURCE, SCENARIO_INCONSISTENT, "Scenario \""
						+ scenario.getName() + "\": process \"" + process.getName() + "\" uses " + process.getThreadingLibrary()
						+ ", which kernel \"" + kernel.getName() + "\" says does not work on " + machine.getPlatform().getLiteral(),
						new Object[] { scenario, process }));
			}
		}
		for (Device device : machine.getDevices()) {
			for (InterruptHandler handler : device.getHandlers()) {
				for (CodePath path : Arrays.asList(handler.getCodePath(), handler.getFilterCodePath())) {
					if (path != null && !kernel.getCodePaths().contains(path)) {
						result &= error(diagnostics, SCENARIO_INCONSISTENT, "Scenario \"" + scenario.getName() + "\": handler \""
								+ handler.getName() + "\" of " + device.getName() + " runs code path \"" + path.getName()
								+ "\", which is not in kernel \"" + kernel.getName() + "\"", scenario, handler, path);
					}
				}
			}
		}
		for (InterruptSource source : workload.getInterruptSources()) {
			if (source.getDevice() != null && !machine.getDevices().contains(source.getDevice())) {
				result &= error(diagnostics, SCENARIO_INCONSISTENT, "Scenario \"" + scenario.getName() + "\": interrupt source \""
						+ source.getName() + "\" is raised by device \"" + source.getDevice().getName() + "\", which is not in machine \""
						+ machine.getName() + "\"", scenario, source, source.getDevice());
			}
		}
		for (SoftwareInterrupt swi : workload.getSoftwareInterrupts()) {
			if (swi.getCodePath() != null && !kernel.getCodePaths().contains(swi.getCodePath())) {
				result &= error(diagnostics, SCENARIO_INCONSISTENT, "Scenario \"" + scenario.getName() + "\": software interrupt \""
						+ swi.getName() + "\" runs code path \"" + swi.getCodePath().getName() + "\", which is not in kernel \""
						+ kernel.getName() + "\"", scenario, swi, swi.getCodePath());
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEngineSettings(EngineSettings engineSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(engineSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(engineSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(engineSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(engineSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(engineSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(engineSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(engineSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(engineSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(engineSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateEngineSettings_positiveDuration(engineSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateEngineSettings_timingsInRange(engineSettings, diagnostics, context);
		return result;
	}

	/**
	 * Validates the positiveDuration constraint of '<em>Engine Settings</em>'.
	 * <!-- begin-user-doc -->
	 * A run must last some simulated time.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateEngineSettings_positiveDuration(EngineSettings engineSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (engineSettings.getDuration() > 0) {
			return true;
		}
		return error(diagnostics, DURATION_NOT_POSITIVE, "The engine settings of scenario \""
				+ (engineSettings.eContainer() instanceof Scenario scenario ? scenario.getName() : "") + "\" have duration "
				+ engineSettings.getDuration() + " ns; a run must last a positive time", engineSettings);
	}

	/**
	 * Validates the timingsInRange constraint of '<em>Engine Settings</em>'.
	 * <!-- begin-user-doc -->
	 * The engine's costs cannot be negative and the 4BSD quantum must be positive, or virtual time would run backwards
	 * or a CPU would switch forever without running anything.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateEngineSettings_timingsInRange(EngineSettings engineSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String wrong = engineSettings.getContextSwitchCost() < 0 ? "context switch cost " + engineSettings.getContextSwitchCost()
				+ " ns is negative"
				: engineSettings.getIpiLatency() < 0 ? "IPI latency " + engineSettings.getIpiLatency() + " ns is negative"
				: engineSettings.getQuantum() <= 0 ? "quantum " + engineSettings.getQuantum() + " ns is not positive" : null;
		if (wrong == null) {
			return true;
		}
		return error(diagnostics, TIMING_OUT_OF_RANGE, "The engine settings of scenario \""
				+ (engineSettings.eContainer() instanceof Scenario scenario ? scenario.getName() : "") + "\": " + wrong,
				engineSettings);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSchedulerKind(SchedulerKind schedulerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExecutionMode(ExecutionMode executionMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
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

	/**
	 * Whether the kernel's status tables say {@code library} works on {@code platform}; a library without a
	 * table (libc_r) or a platform without a row is assumed to work.
	 */
	private static boolean threadLibraryWorks(KernelModel kernel, ThreadingLibrary library, Platform platform) {
		for (ThreadingStatusTable table : kernel.getThreadingStatus()) {
			if (table.getLibrary() == library) {
				for (PlatformThreadingStatus row : table.getRows()) {
					if (row.getPlatform() == platform) {
						return row.isWorks();
					}
				}
			}
		}
		return true;
	}
} //ScenarioValidator
