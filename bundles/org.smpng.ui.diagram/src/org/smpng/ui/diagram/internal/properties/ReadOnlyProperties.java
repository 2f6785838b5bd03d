package org.smpng.ui.diagram.internal.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Rows of name and text for the Properties view, read-only: what the live views and the lock graph show of a thread,
 * a lock, a CPU, an IRQ, a timeline interval or a WITNESS edge. A row's id is its name, so names must be unique (a
 * later row of the same name replaces the earlier one's value). Fill it with {@link #row}, then hand it out. UI
 * thread only.
 */
public final class ReadOnlyProperties implements IPropertySource {

    private final Object value;
    private final String category;
    private final Map<String, String> rows = new LinkedHashMap<>();

    /**
     * @param value    what the rows describe ({@link #getEditableValue()})
     * @param category the group the Properties view shows the rows under, or null for none
     */
    public ReadOnlyProperties(Object value, String category) {
        this.value = value;
        this.category = category;
    }

    /** Adds a row; a null value shows as empty. */
    public ReadOnlyProperties row(String name, Object text) {
        rows.put(name, text == null ? "" : String.valueOf(text));
        return this;
    }

    /** {@return the rows' names, in order} */
    public List<String> names() {
        return new ArrayList<>(rows.keySet());
    }

    @Override
    public Object getEditableValue() {
        return value;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (String name : rows.keySet()) {
            PropertyDescriptor d = new PropertyDescriptor(name, name);
            if (category != null) {
                d.setCategory(category);
            }
            descriptors.add(d);
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return rows.get(id);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Read-only: the rows describe what a run did.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // Read-only.
    }
}
