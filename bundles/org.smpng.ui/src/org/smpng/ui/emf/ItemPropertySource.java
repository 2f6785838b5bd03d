package org.smpng.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IWrapperItemProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows and edits an EMF object in the Properties view through its item provider's property descriptors.
 * <p>
 * Values are set with {@link IItemPropertyDescriptor#setPropertyValue}, which runs a command on the object's
 * editing domain, so every edit in the Properties view is undoable in the model editor. Text, numbers and other
 * data types are edited as text (converted with the feature's data type; a value that does not convert is refused
 * with its reason); booleans, enumerations and single references with a drop-down of the allowed choices.
 * Many-valued features are shown but not edited here. UI thread only.
 */
public final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemPropertySource;

    /** Creates a property source for {@code object}, which the adapter factory must adapt to property sources. */
    public ItemPropertySource(Object object, AdapterFactory adapterFactory) {
        this.object = object;
        this.itemPropertySource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        if (itemPropertySource == null) {
            return new IPropertyDescriptor[0];
        }
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : itemPropertySource.getPropertyDescriptors(object)) {
            descriptors.add(new Descriptor(descriptor));
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = find(id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IWrapperItemProvider wrapper ? wrapper.getValue() : unwrap(value);
    }

    /** Item property descriptors hand out values wrapped as property sources; the editable value is inside. */
    private static Object unwrap(Object value) {
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(value) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = find(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = find(id);
        if (descriptor != null && descriptor.canSetProperty(object)) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = find(id);
        if (descriptor != null && descriptor.canSetProperty(object)) {
            descriptor.setPropertyValue(object, value);
        }
    }

    private IItemPropertyDescriptor find(Object id) {
        if (itemPropertySource == null) {
            return null;
        }
        return itemPropertySource.getPropertyDescriptor(object, id);
    }

    /** A Properties-view descriptor backed by an item property descriptor. */
    private final class Descriptor extends PropertyDescriptor {

        private final IItemPropertyDescriptor item;

        Descriptor(IItemPropertyDescriptor item) {
            super(item.getId(object), item.getDisplayName(object));
            this.item = item;
            setCategory(item.getCategory(object));
            setDescription(item.getDescription(object));
            String[] filters = item.getFilterFlags(object);
            if (filters != null) {
                setFilterFlags(filters);
            }
            IItemLabelProvider labels = item.getLabelProvider(object);
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return labels.getText(element);
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!item.canSetProperty(object) || item.isMany(object)) {
                return null;
            }
            Object feature = item.getFeature(object);
            EClassifier type = feature instanceof EStructuralFeature structural ? structural.getEType() : null;
            if (type instanceof EEnum eEnum) {
                return choices(parent, new ArrayList<>(eEnum.getELiterals().stream()
                        .map(EEnumLiteral::getInstance).toList()));
            }
            if (type != null && (type.getInstanceClass() == boolean.class
                    || type.getInstanceClass() == Boolean.class)) {
                return choices(parent, new ArrayList<>(List.of(Boolean.TRUE, Boolean.FALSE)));
            }
            if (feature instanceof EAttribute attribute && type instanceof EDataType dataType) {
                return text(parent, attribute, dataType);
            }
            Collection<?> choices = item.getChoiceOfValues(object);
            return choices == null ? null : choices(parent, new ArrayList<>(choices));
        }

        private CellEditor text(Composite parent, EAttribute attribute, EDataType dataType) {
            TextCellEditor editor = new TextCellEditor(parent) {
                @Override
                protected Object doGetValue() {
                    String text = (String) super.doGetValue();
                    return EcoreUtil.createFromString(dataType, text);
                }

                @Override
                protected void doSetValue(Object value) {
                    super.doSetValue(value == null ? "" : EcoreUtil.convertToString(dataType, value));
                }
            };
            ICellEditorValidator validator = value -> {
                try {
                    EcoreUtil.createFromString(dataType, (String) value);
                    return null;
                } catch (RuntimeException e) {
                    return "'" + value + "' is not a valid " + attribute.getName() + ": " + e.getMessage();
                }
            };
            editor.setValidator(validator);
            return editor;
        }

        private CellEditor choices(Composite parent, List<Object> values) {
            IItemLabelProvider labels = item.getLabelProvider(object);
            String[] texts = values.stream().map(value -> value == null ? "" : labels.getText(value))
                    .toArray(String[]::new);
            return new ComboBoxCellEditor(parent, texts, SWT.READ_ONLY) {
                @Override
                protected Object doGetValue() {
                    Integer index = (Integer) super.doGetValue();
                    return index == null || index < 0 ? null : values.get(index);
                }

                @Override
                protected void doSetValue(Object value) {
                    super.doSetValue(Math.max(0, values.indexOf(value)));
                }
            };
        }
    }
}
