package org.smpng.ui.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over EMF.Edit item providers: text and icon come from each object's
 * {@link IItemLabelProvider}. Item providers return icons as URLs (or composed images, of which the first layer is
 * shown); the SWT images made from them are cached and disposed with this provider. UI thread only.
 */
public final class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final Map<Object, Image> images = new HashMap<>();

    /** Creates a label provider asking {@code adapterFactory} for item providers. */
    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = provider(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = provider(element);
        return provider == null ? null : image(provider.getImage(element));
    }

    /** Returns the SWT image for an item provider's image object, or null if it is not one this class knows. */
    Image image(Object imageObject) {
        Object key = imageObject instanceof ComposedImage composed && !composed.getImages().isEmpty()
                ? composed.getImages().get(0) : imageObject;
        if (!(key instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url, unused -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    private IItemLabelProvider provider(Object object) {
        return (IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class);
    }

    @Override
    public void dispose() {
        images.values().stream().filter(image -> image != null).forEach(Image::dispose);
        images.clear();
        super.dispose();
    }
}
