package org.smpng.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.ui.emf.ItemPropertySource;
import org.smpng.ui.emf.ItemProviderContentProvider;
import org.smpng.ui.emf.ItemProviderLabelProvider;
import org.smpng.ui.validation.ModelProblems;

/**
 * The model editor: any SMPng model file (kernel, machine, workload, scenario) as a tree, edited through EMF.Edit.
 * <p>
 * Every change — New Child from the context menu, Delete, Cut, Paste, or a value typed in the Properties view —
 * is a command on the editor's EMF command stack, so it can be undone and marks the editor dirty. Saving writes the
 * file safely (a temporary file moved into place) and validates the model; problems appear in the Problems view
 * and opening one selects the element concerned. A built-in model opens read-only in place: Save asks for a file.
 * UI thread only.
 */
public final class ModelEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.modelEditor";

    /** The id of the validate action in {@link #action(String)}. */
    public static final String VALIDATE = "org.smpng.ui.validate";

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final Map<String, IAction> actions = new LinkedHashMap<>();
    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    private TreeViewer tree;
    private ItemProviderLabelProvider labels;
    private PropertySheetPage propertySheet;
    private final CommandStackListener commandStackListener = this::commandStackChanged;

    /** Creates the editor; the model is loaded in {@link #init}. */
    public ModelEditor() {
        // Generated item providers come from the registry; anything without one is shown reflectively.
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        KernelModelEditorInput modelInput = KernelModelEditorInput.of(input);
        if (modelInput == null) {
            throw new PartInitException("The model editor opens SMPng model files, not " + input.getName());
        }
        try {
            resource = KernelModels.loadResource(modelInput.spec());
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, resource.getResourceSet());
        // Property descriptors find the domain through the resource set; their edits then go on this stack.
        resource.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        stack.addCommandStackListener(commandStackListener);
        setSite(site);
        setInputWithNotify(modelInput);
        setPartName(modelInput.getName());
        setTitleToolTip(modelInput.getToolTipText());
        createActions();
    }

    @Override
    public void createPartControl(Composite parent) {
        tree = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        labels = new ItemProviderLabelProvider(adapterFactory);
        tree.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        tree.setLabelProvider(labels);
        tree.setInput(resource);
        tree.expandToLevel(2);
        tree.addSelectionChangedListener(event -> updateActions());
        getSite().setSelectionProvider(tree);

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        getSite().registerContextMenu(ID + ".context", menu, tree);
        updateActions();
    }

    /** Returns the root objects' resource, for tests and the status board. */
    public Resource resource() {
        return resource;
    }

    /** Returns the tree viewer, for tests. */
    public TreeViewer viewer() {
        return tree;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** Returns the editor's action for a workbench action id (undo, redo, cut, copy, paste, delete) or validate. */
    public IAction action(String id) {
        return actions.get(id);
    }

    private void createActions() {
        actions.put(ActionFactory.UNDO.getId(), new StackAction("&Undo", true));
        actions.put(ActionFactory.REDO.getId(), new StackAction("&Redo", false));
        actions.put(ActionFactory.DELETE.getId(), new CommandAction("&Delete",
                () -> DeleteCommand.create(domain, selectedObjects())));
        actions.put(ActionFactory.CUT.getId(), new CommandAction("Cu&t",
                () -> CutToClipboardCommand.create(domain, selectedObjects())));
        actions.put(ActionFactory.COPY.getId(), new CommandAction("&Copy",
                () -> CopyToClipboardCommand.create(domain, selectedObjects())));
        actions.put(ActionFactory.PASTE.getId(), new CommandAction("&Paste", () -> {
            List<?> selected = selectedObjects();
            return selected.size() == 1 ? PasteFromClipboardCommand.create(domain, selected.get(0), null) : null;
        }));
        Action validate = new Action("&Validate") {
            @Override
            public void run() {
                validate();
            }
        };
        validate.setToolTipText("Check the model's constraints and list the problems in the Problems view");
        actions.put(VALIDATE, validate);
    }

    private List<?> selectedObjects() {
        return tree == null ? List.of() : ((IStructuredSelection) tree.getSelection()).toList();
    }

    private void fillContextMenu(IMenuManager menu) {
        List<?> selected = selectedObjects();
        if (selected.size() == 1) {
            MenuManager newChild = new MenuManager("&New Child");
            Object owner = selected.get(0);
            for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
                Command command = CreateChildCommand.create(domain, owner, descriptor, selected);
                Action create = new Action(command.getLabel()) {
                    @Override
                    public void run() {
                        domain.getCommandStack().execute(command);
                    }
                };
                create.setEnabled(command.canExecute());
                newChild.add(create);
            }
            menu.add(newChild);
            menu.add(new Separator());
        }
        for (String id : List.of(ActionFactory.UNDO.getId(), ActionFactory.REDO.getId())) {
            menu.add(actions.get(id));
        }
        menu.add(new Separator());
        for (String id : List.of(ActionFactory.CUT.getId(), ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(),
                ActionFactory.DELETE.getId())) {
            menu.add(actions.get(id));
        }
        menu.add(new Separator());
        menu.add(actions.get(VALIDATE));
        menu.add(new Separator("additions"));
        updateActions();
    }

    private void commandStackChanged(EventObject event) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (tree == null || tree.getControl().isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            tree.refresh();
            Command command = domain.getCommandStack().getMostRecentCommand();
            if (command != null) {
                Collection<?> affected = command.getAffectedObjects();
                if (!affected.isEmpty()) {
                    tree.setSelection(new StructuredSelection(new ArrayList<>(affected)), true);
                }
            }
            if (propertySheet != null && !propertySheet.getControl().isDisposed()) {
                propertySheet.refresh();
            }
            updateActions();
        });
    }

    private void updateActions() {
        for (IAction action : actions.values()) {
            if (action instanceof Updatable updatable) {
                updatable.update();
            }
        }
    }

    /**
     * Checks the model against its constraints and shows the problems in the Problems view and a summary in the
     * status line. Runs on demand and after every save.
     */
    public Diagnostic validate() {
        return ModelEditors.validate(this, ID, resource.getContents());
    }

    @Override
    public void gotoMarker(IMarker marker) {
        List<EObject> objects = ModelProblems.objectsOf(marker, resource);
        if (!objects.isEmpty() && tree != null) {
            tree.setSelection(new StructuredSelection(objects), true);
        }
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        KernelModelEditorInput input = (KernelModelEditorInput) getEditorInput();
        if (input.isBuiltin()) {
            doSaveAs();
        } else {
            saveTo(input.file());
        }
    }

    @Override
    public void doSaveAs() {
        Path chosen = ModelEditors.askSaveLocation(this, "Save Model As", null);
        if (chosen != null && saveTo(chosen)) {
            KernelModelEditorInput saved = new KernelModelEditorInput(chosen.toString());
            setInputWithNotify(saved);
            setPartName(saved.getName());
            setTitleToolTip(saved.getToolTipText());
        }
    }

    /**
     * Saves the model to {@code file}. On failure the user is told why and the editor stays dirty, so nothing is
     * lost.
     *
     * @return whether it was saved
     */
    public boolean saveTo(Path file) {
        if (resource.getContents().size() != 1) {
            MessageDialog.openError(getSite().getShell(), "Save Model", "A model file holds exactly one root; this"
                    + " one has " + resource.getContents().size() + ".");
            return false;
        }
        try {
            KernelModels.save(resource.getContents().get(0), file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Save Model", "Could not save " + file + ":\n"
                    + e.getMessage());
            return false;
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
        validate();
        return true;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            if (propertySheet == null || propertySheet.getControl() == null
                    || propertySheet.getControl().isDisposed()) {
                propertySheet = new PropertySheetPage();
                propertySheet.setPropertySourceProvider(object -> new ItemPropertySource(object, adapterFactory));
            }
            return (T) propertySheet;
        }
        if (type == IGotoMarker.class) {
            return (T) this;
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(commandStackListener);
        if (labels != null) {
            labels.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }

    /** An action whose enablement follows the selection or the command stack. */
    private interface Updatable {
        void update();
    }

    /** Undo or redo on the editor's command stack, named after the command it would undo or redo. */
    private final class StackAction extends Action implements Updatable {

        private final String text;
        private final boolean undo;

        StackAction(String text, boolean undo) {
            super(text);
            this.text = text;
            this.undo = undo;
        }

        @Override
        public void update() {
            Command next = undo ? domain.getCommandStack().getUndoCommand() : domain.getCommandStack()
                    .getRedoCommand();
            setEnabled(next != null && (!undo || domain.getCommandStack().canUndo()));
            setText(next == null || next.getLabel() == null ? text : text + " " + next.getLabel());
        }

        @Override
        public void run() {
            if (undo) {
                domain.getCommandStack().undo();
            } else {
                domain.getCommandStack().redo();
            }
        }
    }

    /** An action that runs an EMF.Edit command made for the current selection. */
    private final class CommandAction extends Action implements Updatable {

        private final Supplier<Command> factory;

        CommandAction(String text, Supplier<Command> factory) {
            super(text);
            this.factory = factory;
        }

        @Override
        public void update() {
            Command command = selectedObjects().isEmpty() ? null : factory.get();
            setEnabled(command != null && command.canExecute());
        }

        @Override
        public void run() {
            Command command = factory.get();
            if (command != null && command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        }
    }
}
