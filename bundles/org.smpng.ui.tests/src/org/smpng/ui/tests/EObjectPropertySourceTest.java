package org.smpng.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.smpng.ui.properties.EObjectPropertySource;

/** The reflective, read-only property source shows attributes and references by name, in words. */
class EObjectPropertySourceTest {

    private static EObject sample() {
        EcoreFactory factory = EcoreFactory.eINSTANCE;
        EPackage pkg = factory.createEPackage();
        pkg.setName("sample");
        pkg.setNsURI("urn:sample");
        EClass lock = factory.createEClass();
        lock.setName("Lock");
        EAttribute name = factory.createEAttribute();
        name.setName("name");
        name.setEType(EcorePackage.Literals.ESTRING);
        EAttribute recursion = factory.createEAttribute();
        recursion.setName("recursionAllowed");
        recursion.setEType(EcorePackage.Literals.EBOOLEAN);
        EReference after = factory.createEReference();
        after.setName("acquiredAfter");
        after.setEType(lock);
        after.setUpperBound(-1);
        lock.getEStructuralFeatures().addAll(java.util.List.of(name, recursion, after));
        pkg.getEClassifiers().add(lock);

        EObject giant = EcoreUtil.create(lock);
        giant.eSet(name, "Giant");
        giant.eSet(recursion, true);
        EObject proctree = EcoreUtil.create(lock);
        proctree.eSet(name, "proctree");
        @SuppressWarnings("unchecked")
        java.util.List<EObject> list = (java.util.List<EObject>) giant.eGet(after);
        list.add(proctree);
        return giant;
    }

    @Test
    void showsFeaturesInWordsWithReferencedObjectsByName() {
        EObjectPropertySource source = new EObjectPropertySource(sample());
        Map<String, IPropertyDescriptor> byName = Arrays.stream(source.getPropertyDescriptors())
                .collect(Collectors.toMap(IPropertyDescriptor::getDisplayName, d -> d));

        assertEquals(java.util.Set.of("name", "recursion allowed", "acquired after"), byName.keySet());
        assertEquals("Giant", source.getPropertyValue(byName.get("name").getId()));
        assertEquals("true", source.getPropertyValue(byName.get("recursion allowed").getId()));
        assertEquals("proctree", source.getPropertyValue(byName.get("acquired after").getId()));
        assertEquals("Attributes", byName.get("name").getCategory());
        assertEquals("References", byName.get("acquired after").getCategory());
    }

    @Test
    void isReadOnly() {
        EObject giant = sample();
        EObjectPropertySource source = new EObjectPropertySource(giant);
        IPropertyDescriptor name = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("name")).findFirst().orElseThrow();
        source.setPropertyValue(name.getId(), "renamed");
        assertEquals("Giant", source.getPropertyValue(name.getId()));
        assertTrue(source.isPropertySet(name.getId()));
    }
}
