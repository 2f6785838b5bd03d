/**
 * SMPng Workbench
 */
package org.smpng.model.scenario.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.smpng.model.kernel.provider.KernelEditPlugin;

import org.smpng.model.scenario.EngineSettings;
import org.smpng.model.scenario.ScenarioPackage;
import org.smpng.model.scenario.SchedulerKind;

/**
 * This is the item provider adapter for a {@link org.smpng.model.scenario.EngineSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EngineSettingsItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngineSettingsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addSchedulerPropertyDescriptor(object);
			addPreemptionPropertyDescriptor(object);
			addAdaptiveSpinningPropertyDescriptor(object);
			addWitnessPropertyDescriptor(object);
			addLockProfilingPropertyDescriptor(object);
			addKtrMaskPropertyDescriptor(object);
			addExecutionModePropertyDescriptor(object);
			addSeedPropertyDescriptor(object);
			addDurationPropertyDescriptor(object);
			addContextSwitchCostPropertyDescriptor(object);
			addQuantumPropertyDescriptor(object);
			addIpiLatencyPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Scheduler feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSchedulerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_scheduler_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_scheduler_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__SCHEDULER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preemption feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreemptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_preemption_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_preemption_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__PREEMPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Adaptive Spinning feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdaptiveSpinningPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_adaptiveSpinning_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_adaptiveSpinning_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__ADAPTIVE_SPINNING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Witness feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWitnessPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_witness_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_witness_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__WITNESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lock Profiling feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLockProfilingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_lockProfiling_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_lockProfiling_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__LOCK_PROFILING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ktr Mask feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKtrMaskPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_ktrMask_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_ktrMask_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__KTR_MASK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Execution Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExecutionModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_executionMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_executionMode_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__EXECUTION_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_seed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_seed_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Duration feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_duration_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_duration_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__DURATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Context Switch Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContextSwitchCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_contextSwitchCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_contextSwitchCost_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__CONTEXT_SWITCH_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quantum feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQuantumPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_quantum_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_quantum_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__QUANTUM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ipi Latency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIpiLatencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EngineSettings_ipiLatency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EngineSettings_ipiLatency_feature", "_UI_EngineSettings_type"),
				 ScenarioPackage.Literals.ENGINE_SETTINGS__IPI_LATENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns EngineSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/EngineSettings"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		SchedulerKind labelValue = ((EngineSettings)object).getScheduler();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_EngineSettings_type") :
			getString("_UI_EngineSettings_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(EngineSettings.class)) {
			case ScenarioPackage.ENGINE_SETTINGS__SCHEDULER:
			case ScenarioPackage.ENGINE_SETTINGS__PREEMPTION:
			case ScenarioPackage.ENGINE_SETTINGS__ADAPTIVE_SPINNING:
			case ScenarioPackage.ENGINE_SETTINGS__WITNESS:
			case ScenarioPackage.ENGINE_SETTINGS__LOCK_PROFILING:
			case ScenarioPackage.ENGINE_SETTINGS__KTR_MASK:
			case ScenarioPackage.ENGINE_SETTINGS__EXECUTION_MODE:
			case ScenarioPackage.ENGINE_SETTINGS__SEED:
			case ScenarioPackage.ENGINE_SETTINGS__DURATION:
			case ScenarioPackage.ENGINE_SETTINGS__CONTEXT_SWITCH_COST:
			case ScenarioPackage.ENGINE_SETTINGS__QUANTUM:
			case ScenarioPackage.ENGINE_SETTINGS__IPI_LATENCY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return KernelEditPlugin.INSTANCE;
	}

}
