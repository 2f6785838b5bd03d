/**
 * SMPng Workbench
 */
package org.smpng.model.kernel.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.Loop;

/**
 * This is the item provider adapter for a {@link org.smpng.model.kernel.Loop} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LoopItemProvider extends StepItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LoopItemProvider(AdapterFactory adapterFactory) {
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

			addCountPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Loop_count_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Loop_count_feature", "_UI_Loop_type"),
				 KernelPackage.Literals.LOOP__COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
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
			childrenFeatures.add(KernelPackage.Literals.LOOP__COUNT_DISTRIBUTION);
			childrenFeatures.add(KernelPackage.Literals.LOOP__BODY);
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
	 * This returns Loop.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Loop"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Loop)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_Loop_type") :
			getString("_UI_Loop_type") + " " + label;
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

		switch (notification.getFeatureID(Loop.class)) {
			case KernelPackage.LOOP__COUNT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case KernelPackage.LOOP__COUNT_DISTRIBUTION:
			case KernelPackage.LOOP__BODY:
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
				(KernelPackage.Literals.LOOP__COUNT_DISTRIBUTION,
				 KernelFactory.eINSTANCE.createFixedDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__COUNT_DISTRIBUTION,
				 KernelFactory.eINSTANCE.createUniformDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__COUNT_DISTRIBUTION,
				 KernelFactory.eINSTANCE.createExponentialDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__COUNT_DISTRIBUTION,
				 KernelFactory.eINSTANCE.createNormalDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__COUNT_DISTRIBUTION,
				 KernelFactory.eINSTANCE.createEmpiricalDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createAcquire()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createRelease()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createWork()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createSleep()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createWakeup()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createSignal()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createBroadcast()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createCriticalEnter()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createCriticalExit()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createCall()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createLoop()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createBranch()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.LOOP__BODY,
				 KernelFactory.eINSTANCE.createYield()));
	}

}
