/**
 * SMPng Workbench
 */
package org.smpng.model.machine.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.smpng.model.machine.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MachineFactoryImpl extends EFactoryImpl implements MachineFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MachineFactory init() {
		try {
			MachineFactory theMachineFactory = (MachineFactory)EPackage.Registry.INSTANCE.getEFactory(MachinePackage.eNS_URI);
			if (theMachineFactory != null) {
				return theMachineFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MachineFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MachineFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MachinePackage.MACHINE: return createMachine();
			case MachinePackage.CPU_PACKAGE: return createCpuPackage();
			case MachinePackage.CORE: return createCore();
			case MachinePackage.LOGICAL_CPU: return createLogicalCpu();
			case MachinePackage.LOCAL_APIC: return createLocalApic();
			case MachinePackage.CACHE_LINE_COSTS: return createCacheLineCosts();
			case MachinePackage.IO_APIC: return createIoApic();
			case MachinePackage.IO_APIC_PIN: return createIoApicPin();
			case MachinePackage.IRQ_LINE: return createIrqLine();
			case MachinePackage.DEVICE: return createDevice();
			case MachinePackage.INTERRUPT_HANDLER: return createInterruptHandler();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MachinePackage.IRQ_KIND:
				return createIrqKindFromString(eDataType, initialValue);
			case MachinePackage.ROUTING_POLICY:
				return createRoutingPolicyFromString(eDataType, initialValue);
			case MachinePackage.DEVICE_KIND:
				return createDeviceKindFromString(eDataType, initialValue);
			case MachinePackage.HANDLER_KIND:
				return createHandlerKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MachinePackage.IRQ_KIND:
				return convertIrqKindToString(eDataType, instanceValue);
			case MachinePackage.ROUTING_POLICY:
				return convertRoutingPolicyToString(eDataType, instanceValue);
			case MachinePackage.DEVICE_KIND:
				return convertDeviceKindToString(eDataType, instanceValue);
			case MachinePackage.HANDLER_KIND:
				return convertHandlerKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine createMachine() {
		MachineImpl machine = new MachineImpl();
		return machine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CpuPackage createCpuPackage() {
		CpuPackageImpl cpuPackage = new CpuPackageImpl();
		return cpuPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Core createCore() {
		CoreImpl core = new CoreImpl();
		return core;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogicalCpu createLogicalCpu() {
		LogicalCpuImpl logicalCpu = new LogicalCpuImpl();
		return logicalCpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalApic createLocalApic() {
		LocalApicImpl localApic = new LocalApicImpl();
		return localApic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CacheLineCosts createCacheLineCosts() {
		CacheLineCostsImpl cacheLineCosts = new CacheLineCostsImpl();
		return cacheLineCosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IoApic createIoApic() {
		IoApicImpl ioApic = new IoApicImpl();
		return ioApic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IoApicPin createIoApicPin() {
		IoApicPinImpl ioApicPin = new IoApicPinImpl();
		return ioApicPin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IrqLine createIrqLine() {
		IrqLineImpl irqLine = new IrqLineImpl();
		return irqLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device createDevice() {
		DeviceImpl device = new DeviceImpl();
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterruptHandler createInterruptHandler() {
		InterruptHandlerImpl interruptHandler = new InterruptHandlerImpl();
		return interruptHandler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IrqKind createIrqKindFromString(EDataType eDataType, String initialValue) {
		IrqKind result = IrqKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIrqKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoutingPolicy createRoutingPolicyFromString(EDataType eDataType, String initialValue) {
		RoutingPolicy result = RoutingPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoutingPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceKind createDeviceKindFromString(EDataType eDataType, String initialValue) {
		DeviceKind result = DeviceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HandlerKind createHandlerKindFromString(EDataType eDataType, String initialValue) {
		HandlerKind result = HandlerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHandlerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MachinePackage getMachinePackage() {
		return (MachinePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MachinePackage getPackage() {
		return MachinePackage.eINSTANCE;
	}

} //MachineFactoryImpl
