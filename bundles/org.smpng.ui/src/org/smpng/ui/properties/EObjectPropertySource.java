package org.smpng.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows any EMF object in the Properties view, read-only, by reflection over its class's features.
 * <p>
 * EMF's own {@code emf.edit.ui} property sources are not on Maven Central, so this small reflective one stands in:
 * attributes appear under "Attributes", references under "References", each by its feature name in words. A
 * referenced object is shown by its {@code name} (or {@code label}) attribute; many-valued features as a
 * comma-separated list. UI thread only, like the Properties view that calls it.
 */
public final class EObjectPropertySource implements IPropertySource {

    private static final int MAX_LISTED = 12;

    private final EObject object;

    /** Creates a property source for {@code object}. */
    public EObjectPropertySource(EObject object) {
        this.object = Objects.requireNonNull(object, "object");
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            PropertyDescriptor descriptor = new PropertyDescriptor(feature, words(feature.getName()));
            descriptor.setCategory(feature instanceof EAttribute ? "Attributes" : "References");
            descriptors.add(descriptor);
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (!(id instanceof EStructuralFeature feature)) {
            return null;
        }
        return describe(object.eGet(feature));
    }

    @Override
    public boolean isPropertySet(Object id) {
        return id instanceof EStructuralFeature feature && object.eIsSet(feature);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Read-only: models change only through the editors' undoable commands.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // Read-only: models change only through the editors' undoable commands.
    }

    /** Returns how a feature value is shown: objects by name, collections as a short list. */
    static String describe(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            String listed = values.stream().limit(MAX_LISTED).map(EObjectPropertySource::describe)
                    .collect(Collectors.joining(", "));
            return values.size() > MAX_LISTED ? listed + ", … (" + values.size() + " in all)" : listed;
        }
        if (value instanceof EObject eObject) {
            return labelOf(eObject);
        }
        return String.valueOf(value);
    }

    /** Returns the {@code name} or {@code label} of an object, else its class name. */
    public static String labelOf(EObject eObject) {
        for (String featureName : List.of("name", "label")) {
            EStructuralFeature feature = eObject.eClass().getEStructuralFeature(featureName);
            if (feature != null && eObject.eGet(feature) != null) {
                return String.valueOf(eObject.eGet(feature));
            }
        }
        return eObject.eClass().getName();
    }

    /** Turns a feature name such as {@code recursionAllowed} into {@code recursion allowed}. */
    static String words(String featureName) {
        return featureName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
