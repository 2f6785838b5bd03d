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

import org.smpng.model.kernel.Branch;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelPackage;

/**
 * This is the item provider adapter for a {@link org.smpng.model.kernel.Branch} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class BranchItemProvider extends StepItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BranchItemProvider(AdapterFactory adapterFactory) {
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

			addProbabilityPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Probability feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProbabilityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Branch_probability_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Branch_probability_feature", "_UI_Branch_type"),
				 KernelPackage.Literals.BRANCH__PROBABILITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
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
			childrenFeatures.add(KernelPackage.Literals.BRANCH__THEN_STEPS);
			childrenFeatures.add(KernelPackage.Literals.BRANCH__ELSE_STEPS);
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
	 * This returns Branch.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Branch"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Branch)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_Branch_type") :
			getString("_UI_Branch_type") + " " + label;
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

		switch (notification.getFeatureID(Branch.class)) {
			case KernelPackage.BRANCH__PROBABILITY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case KernelPackage.BRANCH__THEN_STEPS:
			case KernelPackage.BRANCH__ELSE_STEPS:
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
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createAcquire()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createRelease()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createWork()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createSleep()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createWakeup()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createSignal()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createBroadcast()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createCriticalEnter()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createCriticalExit()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createCall()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createLoop()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createBranch()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__THEN_STEPS,
				 KernelFactory.eINSTANCE.createYield()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createAcquire()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createRelease()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createWork()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createSleep()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createWakeup()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createSignal()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createBroadcast()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createCriticalEnter()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createCriticalExit()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createCall()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createLoop()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createBranch()));

		newChildDescriptors.add
			(createChildParameter
				(KernelPackage.Literals.BRANCH__ELSE_STEPS,
				 KernelFactory.eINSTANCE.createYield()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == KernelPackage.Literals.BRANCH__THEN_STEPS ||
			childFeature == KernelPackage.Literals.BRANCH__ELSE_STEPS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
