package org.smpng.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IGotoMarker;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.kernel.BlessedPair;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.ui.editor.KernelModelEditorInput;
import org.smpng.ui.editor.ModelEditors;
import org.smpng.ui.validation.ModelProblems;

/**
 * The lock order editor: a GEF editor with a palette for a kernel model's lock types and static order. The
 * palette creates lock types of the model's lock classes and draws "acquired before" orders; Delete removes
 * them, Rename (F2) renames a lock type, and every change is an undoable command. The graph is laid out
 * automatically after each change. A built-in model opens read-only in place: Save asks for a file. Validate (and
 * every save) shows the model's problems in the Problems view; opening a problem selects the locks concerned.
 * UI thread only.
 */
public final class LockOrderEditor extends GraphicalEditorWithFlyoutPalette implements IGotoMarker {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.lockOrderEditor";

    private KernelModel model;
    private PaletteRoot palette;
    private final FlyoutPreferences palettePreferences = new PinnedPalette(160);


    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        KernelModelEditorInput kernelInput = KernelModelEditorInput.of(input);
        if (kernelInput == null) {
            throw new PartInitException("The lock order editor opens kernel model files, not " + input.getName());
        }
        try {
            model = KernelModels.load(kernelInput.spec());
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        // The edit domain (command stack, tools, palette) is made once the model is known: the palette offers
        // the model's own lock classes.
        setEditDomain(new DefaultEditDomain(this));
        super.init(site, kernelInput);
        updateTitle();
    }

    private void updateTitle() {
        KernelModelEditorInput input = (KernelModelEditorInput) getEditorInput();
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    /** Returns the model being edited. */
    public KernelModel model() {
        return model;
    }

    /** Returns the GEF viewer, for tests. */
    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        LockGraphViewers.configure(viewer, true);
        viewer.setContextMenu(new LockOrderContextMenu(viewer, getActionRegistry()));
        getSite().registerContextMenu(ID + ".context", viewer.getContextMenu(), viewer);

        ActionRegistry registry = getActionRegistry();
        registry.registerAction(new ZoomInAction(LockGraphViewers.zoomManager(viewer)));
        registry.registerAction(new ZoomOutAction(LockGraphViewers.zoomManager(viewer)));
    }

    @Override
    protected void initializeGraphicalViewer() {
        super.initializeGraphicalViewer();
        getGraphicalViewer().setContents(model);
        LockGraphViewers.zoomToFitIfLarger(getGraphicalViewer());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        // The toolbar's zoom combo and the zoom actions find the zoom manager through the active editor.
        if (type == ZoomManager.class && getGraphicalViewer() != null) {
            return LockGraphViewers.zoomManager(getGraphicalViewer());
        }
        return super.getAdapter(type);
    }

    @Override
    protected FlyoutPreferences getPalettePreferences() {
        return palettePreferences;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void createActions() {
        super.createActions();
        getActionRegistry().registerAction(new ValidateModelAction(this));
        RenameLockTypeAction rename = new RenameLockTypeAction(this);
        getActionRegistry().registerAction(rename);
        getSelectionActions().add(rename.getId());
        // F2 is bound to the workbench's Rename command; while this editor is active it renames a lock type.
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(rename.getActionDefinitionId(), new ActionHandler(rename));
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = createPalette(model);
        }
        return palette;
    }

    /** Builds the palette: tools, one creation entry per lock class of the model, and the order tool. */
    static PaletteRoot createPalette(KernelModel model) {
        PaletteRoot root = PinnedPalette.withTools();

        PaletteDrawer locks = new PaletteDrawer("Lock types");
        for (LockClass lockClass : model.getLockClasses()) {
            locks.add(new CombinedTemplateCreationEntry(lockClass.getName(),
                    "Create a lock type of class " + lockClass.getName() + " (" + lockClass.getSymbol() + ")",
                    lockClass, new LockClassFactory(lockClass), icon(lockClass), icon(lockClass)));
        }
        root.add(locks);

        PaletteDrawer order = new PaletteDrawer("Lock order");
        order.add(new ConnectionCreationToolEntry("Acquired before",
                "Click a lock type, then one that must be acquired after it", null,
                DiagramIcons.get("order.png"), DiagramIcons.get("order.png")));
        root.add(order);
        return root;
    }

    private static ImageDescriptor icon(LockClass lockClass) {
        LockClassKind kind = lockClass.getKind() == null ? LockClassKind.LOCKMGR : lockClass.getKind();
        return DiagramIcons.get(switch (kind) {
            case SLEEP_MUTEX -> "sleep_mutex.png";
            case SPIN_MUTEX -> "spin_mutex.png";
            case SX -> "sx.png";
            case RW -> "rw.png";
            case RM, LOCKMGR -> "other_lock.png";
        });
    }

    /** Hands the layout policy the lock class to instantiate; the command makes the lock type itself. */
    private record LockClassFactory(LockClass lockClass) implements CreationFactory {

        @Override
        public Object getNewObject() {
            return lockClass;
        }

        @Override
        public Object getObjectType() {
            return lockClass;
        }
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        firePropertyChange(PROP_DIRTY);
        super.commandStackChanged(event);
    }

    @Override
    public boolean isDirty() {
        return getCommandStack().isDirty();
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
            return;
        }
        saveTo(input.file());
    }

    @Override
    public void doSaveAs() {
        Path chosen = ModelEditors.askSaveLocation(this, "Save Kernel Model As", model.getName());
        if (chosen != null && saveTo(chosen)) {
            setInputWithNotify(new KernelModelEditorInput(chosen.toString()));
            updateTitle();
        }
    }

    /**
     * Saves the model to {@code file}. On failure the user is told why and the editor stays dirty, so nothing is
     * lost.
     *
     * @return whether the model was saved
     */
    boolean saveTo(Path file) {
        try {
            KernelModels.save(model, file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Save Kernel Model", "Could not save " + file + ":\n"
                    + e.getMessage());
            return false;
        }
        getCommandStack().markSaveLocation();
        firePropertyChange(PROP_DIRTY);
        validate();
        return true;
    }

    /**
     * Checks the model against its constraints and shows the problems in the Problems view (replacing the ones
     * shown before for this model) and a summary in the status line. Runs on demand and after every save.
     *
     * @return the diagnostic
     */
    public Diagnostic validate() {
        return ModelEditors.validate(this, ID, List.of(model));
    }

    /** Selects the lock types (or the chains' lock types) that a model problem concerns. */
    @Override
    public void gotoMarker(IMarker marker) {
        List<Object> parts = new java.util.ArrayList<>();
        for (EObject object : ModelProblems.objectsOf(marker, model.eResource())) {
            for (EObject shown : shownFor(object)) {
                Object part = getGraphicalViewer().getEditPartRegistry().get(shown);
                if (part != null && !parts.contains(part)) {
                    parts.add(part);
                }
            }
        }
        if (!parts.isEmpty()) {
            getGraphicalViewer().setSelection(new StructuredSelection(parts));
            getGraphicalViewer().reveal((org.eclipse.gef.EditPart) parts.get(0));
        }
    }

    /** Returns what the diagram shows for a model object: lock types themselves, a chain by its lock types. */
    private static List<EObject> shownFor(EObject object) {
        if (object instanceof LockOrderChain chain) {
            return chain.getEntries().stream().map(LockOrderEntry::getLockType).map(EObject.class::cast).toList();
        }
        if (object instanceof LockOrderEntry entry) {
            return List.of(entry.getLockType());
        }
        if (object instanceof BlessedPair pair) {
            return List.of(pair.getFirst(), pair.getSecond());
        }
        return List.of(object);
    }

    /** The editor's context menu: undo, redo, rename, delete and zoom. */
    private static final class LockOrderContextMenu extends org.eclipse.gef.ContextMenuProvider {

        private final ActionRegistry registry;

        LockOrderContextMenu(GraphicalViewer viewer, ActionRegistry registry) {
            super(viewer);
            this.registry = registry;
        }

        @Override
        public void buildContextMenu(IMenuManager menu) {
            GEFActionConstants.addStandardActionGroups(menu);
            add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId());
            add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.REDO.getId());
            add(menu, GEFActionConstants.GROUP_EDIT, RenameLockTypeAction.ID);
            add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId());
            add(menu, GEFActionConstants.GROUP_EDIT, ValidateModelAction.ID);
            menu.appendToGroup(GEFActionConstants.GROUP_VIEW, new Separator());
            add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_IN);
            add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_OUT);
        }

        private void add(IMenuManager menu, String group, String actionId) {
            IAction action = registry.getAction(actionId);
            if (action != null && action.isEnabled()) {
                menu.appendToGroup(group, action);
            }
        }
    }

    /** Returns the palette's entries' labels, in order, for tests and for the user guide. */
    List<String> paletteLabels() {
        List<String> labels = new java.util.ArrayList<>();
        collect(getPaletteRoot(), labels);
        return labels;
    }

    private static void collect(org.eclipse.gef.palette.PaletteContainer container, List<String> labels) {
        for (Object child : container.getChildren()) {
            if (child instanceof org.eclipse.gef.palette.PaletteContainer nested) {
                collect(nested, labels);
            } else if (child instanceof org.eclipse.gef.palette.PaletteEntry entry && entry.getLabel() != null) {
                labels.add(entry.getLabel());
            }
        }
    }
}
