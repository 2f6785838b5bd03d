package org.smpng.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.provider.KernelItemProviderAdapterFactory;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.machine.provider.MachineItemProviderAdapterFactory;
import org.smpng.model.scenario.provider.ScenarioItemProviderAdapterFactory;
import org.smpng.model.workload.provider.WorkloadItemProviderAdapterFactory;

/** The generated item providers give labels, tree children and create-child commands for the SMPng model. */
class ItemProvidersTest {

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new KernelItemProviderAdapterFactory(), new MachineItemProviderAdapterFactory(),
            new WorkloadItemProviderAdapterFactory(), new ScenarioItemProviderAdapterFactory()));

    @AfterEach
    void dispose() {
        adapterFactory.dispose();
    }

    private static KernelModel kernel() {
        KernelModel model = KernelFactory.eINSTANCE.createKernelModel();
        model.setName("FreeBSD 5.3");
        LockClass sleepMutex = KernelFactory.eINSTANCE.createLockClass();
        sleepMutex.setName("sleep mutex");
        model.getLockClasses().add(sleepMutex);
        LockType giant = KernelFactory.eINSTANCE.createLockType();
        giant.setName("Giant");
        giant.setLockClass(sleepMutex);
        model.getLockTypes().add(giant);
        model.setGiant(giant);
        CodePath read = KernelFactory.eINSTANCE.createCodePath();
        read.setName("pipe_read");
        model.getCodePaths().add(read);
        return model;
    }

    private <T> T adapt(Object object, Class<T> type) {
        Object adapter = adapterFactory.adapt(object, type);
        assertNotNull(adapter, () -> "no " + type.getSimpleName() + " for " + object);
        return type.cast(adapter);
    }

    @Test
    void labelsNameTheElement() {
        KernelModel model = kernel();
        assertEquals("Lock Type Giant", adapt(model.getGiant(), IItemLabelProvider.class).getText(model.getGiant()));
        Device fxp0 = MachineFactory.eINSTANCE.createDevice();
        fxp0.setName("fxp0");
        assertEquals("Device fxp0", adapt(fxp0, IItemLabelProvider.class).getText(fxp0));
        assertNotNull(adapt(fxp0, IItemLabelProvider.class).getImage(fxp0), "the generated icon is found");
    }

    @Test
    void childrenOfAKernelModelAreItsContainedElements() {
        KernelModel model = kernel();
        Collection<?> children = adapt(model, ITreeItemContentProvider.class).getChildren(model);
        assertEquals(List.of(model.getLockClasses().get(0), model.getGiant(), model.getCodePaths().get(0)),
                new ArrayList<>(children));
    }

    @Test
    void aSleepStepIsCreatedThroughTheItemProvidersChildDescriptors() {
        KernelModel model = kernel();
        CodePath read = model.getCodePaths().get(0);
        EditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        IEditingDomainItemProvider provider = adapt(read, IEditingDomainItemProvider.class);
        CommandParameter sleepDescriptor = provider.getNewChildDescriptors(read, domain, null).stream()
                .map(CommandParameter.class::cast)
                .filter(descriptor -> descriptor.getFeature() == KernelPackage.Literals.CODE_PATH__STEPS
                        && descriptor.getValue() instanceof Sleep)
                .findFirst().orElseThrow(() -> new AssertionError("no Sleep child descriptor for a code path"));
        Command create = CreateChildCommand.create(domain, read, sleepDescriptor, List.of(read));
        assertTrue(create.canExecute());
        domain.getCommandStack().execute(create);
        assertEquals(1, read.getSteps().size());
        assertInstanceOf(Sleep.class, read.getSteps().get(0));
        domain.getCommandStack().undo();
        assertTrue(read.getSteps().isEmpty(), "creating the child can be undone");
    }
}
