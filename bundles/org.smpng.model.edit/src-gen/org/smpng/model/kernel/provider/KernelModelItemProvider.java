/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

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

import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.KernelPackage;

/**
 * This is the item provider adapter for a {@link org.smpng.model.kernel.KernelModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class KernelModelItemProvider 
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
	public KernelModelItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addGiantPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelModel_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelModel_name_feature", "_UI_KernelModel_type"),
				 KernelPackage.Literals.KERNEL_MODEL__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelModel_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelModel_description_feature", "_UI_KernelModel_type"),
				 KernelPackage.Literals.KERNEL_MODEL__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Giant feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGiantPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KernelModel_giant_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KernelModel_giant_feature", "_UI_KernelModel_type"),
				 KernelPackage.Literals.KERNEL_MODEL__GIANT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__PROVENANCE);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__LOCK_CLASSES);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__LOCK_TYPES);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__ORDER_CHAINS);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__BLESSED_PAIRS);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__SUBSYSTEMS);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__TASK_LISTS);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__SYSCALLS);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__CODE_PATHS);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__WAIT_CHANNELS);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__CONDITION_VARIABLES);
			childrenFeatures.add(KernelPackage.Literals.KERNEL_MODEL__THREADING_STATUS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns KernelModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/KernelModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((KernelModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_KernelModel_type") :
			getString("_UI_KernelModel_type") + " " + label;
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

		switch (notification.getFeatureID(KernelModel.class)) {
			case KernelPackage.KERNEL_MODEL__NAME:
			case KernelPackage.KERNEL_MODEL__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case KernelPackage.KERNEL_MODEL__PROVENANCE:
			case KernelPackage.KERNEL_MODEL__LOCK_CLASSES:
			case KernelPackage.KERNEL_MODEL__LOCK_TYPES:
			case KernelPackage.KERNEL_MODEL__ORDER_CHAINS:
			case KernelPackage.KERNEL_MODEL__BLESSED_PAIRS:
			case KernelPackage.KERNEL_MODEL__SUBSYSTEMS:
			case KernelPackage.KERNEL_MODEL__TASK_LISTS:
			case KernelPackage.KERNEL_MODEL__SYSCALLS:
			case KernelPackage.KERNEL_MODEL__CODE_PATHS:
			case KernelPackage.KERNEL_MODEL__WAIT_CHANNELS:
			case KernelPackage.KERNEL_MODEL__CONDITION_VARIABLES:
			case KernelPackage.KERNEL_MODEL__THREADING_STATUS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__PROVENANCE,
				 KernelFactory.eINSTANCE.createProvenance()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__LOCK_CLASSES,
				 KernelFactory.eINSTANCE.createLockClass()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__LOCK_TYPES,
				 KernelFactory.eINSTANCE.createLockType()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__ORDER_CHAINS,
				 KernelFactory.eINSTANCE.createLockOrderChain()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__BLESSED_PAIRS,
				 KernelFactory.eINSTANCE.createBlessedPair()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__SUBSYSTEMS,
				 KernelFactory.eINSTANCE.createSubsystem()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__TASK_LISTS,
				 KernelFactory.eINSTANCE.createTaskList()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__SYSCALLS,
				 KernelFactory.eINSTANCE.createSyscall()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__CODE_PATHS,
				 KernelFactory.eINSTANCE.createCodePath()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__WAIT_CHANNELS,
				 KernelFactory.eINSTANCE.createWaitChannel()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__CONDITION_VARIABLES,
				 KernelFactory.eINSTANCE.createConditionVariable()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.KERNEL_MODEL__THREADING_STATUS,
				 KernelFactory.eINSTANCE.createThreadingStatusTable()));
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
