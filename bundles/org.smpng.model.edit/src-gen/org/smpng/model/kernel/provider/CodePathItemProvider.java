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

import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelPackage;

/**
 * This is the item provider adapter for a {@link org.smpng.model.kernel.CodePath} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CodePathItemProvider 
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
	public CodePathItemProvider(AdapterFactory adapterFactory) {
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
			addSubsystemPropertyDescriptor(object);
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
				 getString("_UI_CodePath_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CodePath_name_feature", "_UI_CodePath_type"),
				 KernelPackage.Literals.CODE_PATH__NAME,
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
				 getString("_UI_CodePath_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CodePath_description_feature", "_UI_CodePath_type"),
				 KernelPackage.Literals.CODE_PATH__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Subsystem feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubsystemPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CodePath_subsystem_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CodePath_subsystem_feature", "_UI_CodePath_type"),
				 KernelPackage.Literals.CODE_PATH__SUBSYSTEM,
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
			childrenFeatures.add(KernelPackage.Literals.CODE_PATH__STEPS);
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
	 * This returns CodePath.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CodePath"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CodePath)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CodePath_type") :
			getString("_UI_CodePath_type") + " " + label;
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

		switch (notification.getFeatureID(CodePath.class)) {
			case KernelPackage.CODE_PATH__NAME:
			case KernelPackage.CODE_PATH__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case KernelPackage.CODE_PATH__STEPS:
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
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createAcquire()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createRelease()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createWork()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createSleep()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createWakeup()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createSignal()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createBroadcast()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createCriticalEnter()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createCriticalExit()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createCall()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createLoop()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createBranch()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.CODE_PATH__STEPS,
				 KernelFactory.eINSTANCE.createYield()));
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
