/**
 * SMPng Workbench
 */
package org.smpng.model.machine.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.smpng.model.machine.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.smpng.model.machine.MachinePackage
 * @generated
 */
public class MachineValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final MachineValidator INSTANCE = new MachineValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.smpng.model.machine";

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
	public MachineValidator() {
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
	  return MachinePackage.eINSTANCE;
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
			case MachinePackage.MACHINE:
				return validateMachine((Machine)value, diagnostics, context);
			case MachinePackage.CPU_PACKAGE:
				return validateCpuPackage((CpuPackage)value, diagnostics, context);
			case MachinePackage.CORE:
				return validateCore((Core)value, diagnostics, context);
			case MachinePackage.LOGICAL_CPU:
				return validateLogicalCpu((LogicalCpu)value, diagnostics, context);
			case MachinePackage.LOCAL_APIC:
				return validateLocalApic((LocalApic)value, diagnostics, context);
			case MachinePackage.CACHE_LINE_COSTS:
				return validateCacheLineCosts((CacheLineCosts)value, diagnostics, context);
			case MachinePackage.IO_APIC:
				return validateIoApic((IoApic)value, diagnostics, context);
			case MachinePackage.IO_APIC_PIN:
				return validateIoApicPin((IoApicPin)value, diagnostics, context);
			case MachinePackage.IRQ_LINE:
				return validateIrqLine((IrqLine)value, diagnostics, context);
			case MachinePackage.DEVICE:
				return validateDevice((Device)value, diagnostics, context);
			case MachinePackage.INTERRUPT_HANDLER:
				return validateInterruptHandler((InterruptHandler)value, diagnostics, context);
			case MachinePackage.IRQ_KIND:
				return validateIrqKind((IrqKind)value, diagnostics, context);
			case MachinePackage.ROUTING_POLICY:
				return validateRoutingPolicy((RoutingPolicy)value, diagnostics, context);
			case MachinePackage.DEVICE_KIND:
				return validateDeviceKind((DeviceKind)value, diagnostics, context);
			case MachinePackage.HANDLER_KIND:
				return validateHandlerKind((HandlerKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMachine(Machine machine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(machine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validateMachine_uniqueCpuIds(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validateMachine_uniqueIrqNumbers(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validateMachine_uniqueDeviceNames(machine, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueCpuIds constraint of '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMachine_uniqueCpuIds(Machine machine, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "uniqueCpuIds", getObjectLabel(machine, context) },
						 new Object[] { machine },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the uniqueIrqNumbers constraint of '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMachine_uniqueIrqNumbers(Machine machine, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "uniqueIrqNumbers", getObjectLabel(machine, context) },
						 new Object[] { machine },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the uniqueDeviceNames constraint of '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMachine_uniqueDeviceNames(Machine machine, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "uniqueDeviceNames", getObjectLabel(machine, context) },
						 new Object[] { machine },
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
	public boolean validateCpuPackage(CpuPackage cpuPackage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(cpuPackage, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCore(Core core, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(core, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLogicalCpu(LogicalCpu logicalCpu, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(logicalCpu, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalApic(LocalApic localApic, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(localApic, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCacheLineCosts(CacheLineCosts cacheLineCosts, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cacheLineCosts, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validateCacheLineCosts_nonNegativeAndOrdered(cacheLineCosts, diagnostics, context);
		return result;
	}

	/**
	 * Validates the nonNegativeAndOrdered constraint of '<em>Cache Line Costs</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCacheLineCosts_nonNegativeAndOrdered(CacheLineCosts cacheLineCosts, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "nonNegativeAndOrdered", getObjectLabel(cacheLineCosts, context) },
						 new Object[] { cacheLineCosts },
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
	public boolean validateIoApic(IoApic ioApic, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ioApic, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIoApicPin(IoApicPin ioApicPin, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ioApicPin, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIrqLine(IrqLine irqLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(irqLine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateIrqLine_routedToOwnCpu(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateIrqLine_atMostOneExclusiveDevice(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateIrqLine_pinMatchesKind(irqLine, diagnostics, context);
		return result;
	}

	/**
	 * Validates the routedToOwnCpu constraint of '<em>Irq Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIrqLine_routedToOwnCpu(IrqLine irqLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "routedToOwnCpu", getObjectLabel(irqLine, context) },
						 new Object[] { irqLine },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the atMostOneExclusiveDevice constraint of '<em>Irq Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIrqLine_atMostOneExclusiveDevice(IrqLine irqLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "atMostOneExclusiveDevice", getObjectLabel(irqLine, context) },
						 new Object[] { irqLine },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the pinMatchesKind constraint of '<em>Irq Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIrqLine_pinMatchesKind(IrqLine irqLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "pinMatchesKind", getObjectLabel(irqLine, context) },
						 new Object[] { irqLine },
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
	public boolean validateDevice(Device device, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(device, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterruptHandler(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(interruptHandler, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_fastHandlerIsMpsafe(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_fastHandlerNotShared(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_interruptContextNeverSleeps(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_filterPresentForFilterKind(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_lineRaisedByDevice(interruptHandler, diagnostics, context);
		return result;
	}

	/**
	 * Validates the fastHandlerIsMpsafe constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterruptHandler_fastHandlerIsMpsafe(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "fastHandlerIsMpsafe", getObjectLabel(interruptHandler, context) },
						 new Object[] { interruptHandler },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the fastHandlerNotShared constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterruptHandler_fastHandlerNotShared(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "fastHandlerNotShared", getObjectLabel(interruptHandler, context) },
						 new Object[] { interruptHandler },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the interruptContextNeverSleeps constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterruptHandler_interruptContextNeverSleeps(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "interruptContextNeverSleeps", getObjectLabel(interruptHandler, context) },
						 new Object[] { interruptHandler },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the filterPresentForFilterKind constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterruptHandler_filterPresentForFilterKind(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "filterPresentForFilterKind", getObjectLabel(interruptHandler, context) },
						 new Object[] { interruptHandler },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the lineRaisedByDevice constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterruptHandler_lineRaisedByDevice(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
						 new Object[] { "lineRaisedByDevice", getObjectLabel(interruptHandler, context) },
						 new Object[] { interruptHandler },
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
	public boolean validateIrqKind(IrqKind irqKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoutingPolicy(RoutingPolicy routingPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeviceKind(DeviceKind deviceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHandlerKind(HandlerKind handlerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
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

} //MachineValidator
