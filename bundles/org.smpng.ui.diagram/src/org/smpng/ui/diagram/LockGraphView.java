package org.smpng.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.editor.KernelModelEditorInput;
import org.smpng.ui.diagram.live.LockGraphLiveLink;
import org.smpng.ui.editor.ModelEditor;

/**
 * The lock graph view: a kernel model's static lock order as a laid-out GEF diagram, one box per lock type
 * coloured by lock class, arrows from each lock to those acquired after it. It opens on the built-in FreeBSD 5.x
 * order; the toolbar picks another built-in model or a model file, zooms, exports SVG and opens the shown model in
 * the lock order editor. The selected lock type or order appears in the Properties view. UI thread only.
 */
public final class LockGraphView extends ViewPart {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.lockGraphView";

    /** The model shown when the view first opens. */
    public static final String DEFAULT_MODEL = BuiltinModels.SCHEME + "freebsd-5x";

    private static final String MEMENTO_MODEL = "model";

    private GraphicalViewer viewer;
    private String spec = DEFAULT_MODEL;
    private KernelModel model;
    private LockGraphLiveLink live;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        if (memento != null && memento.getString(MEMENTO_MODEL) != null) {
            spec = memento.getString(MEMENTO_MODEL);
        }
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(MEMENTO_MODEL, spec);
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new ScrollingGraphicalViewer();
        viewer.createControl(parent);
        new DefaultEditDomain(null).addViewer(viewer);
        LockGraphViewers.configure(viewer, false);
        getSite().setSelectionProvider(viewer);
        contributeToolBar(getViewSite().getActionBars().getToolBarManager());
        if (!show(spec) && !spec.equals(DEFAULT_MODEL)) {
            show(DEFAULT_MODEL);
        }
        live = new LockGraphLiveLink(this);
    }

    /** The link to the live simulation (overlays, linked selection). */
    public LockGraphLiveLink live() {
        return live;
    }

    @Override
    public void dispose() {
        if (live != null) {
            live.dispose();
        }
        super.dispose();
    }

    /**
     * Shows the model named by {@code modelSpec} ({@code builtin:<id>} or a file path). If it cannot be loaded the
     * user is told why and the view keeps what it showed.
     *
     * @return whether the model is now shown
     */
    boolean show(String modelSpec) {
        try {
            showModel(modelSpec);
            return true;
        } catch (ModelLoadException e) {
            MessageDialog.openError(getSite().getShell(), "Lock Graph", e.getMessage());
            return false;
        }
    }

    /**
     * Shows the model named by {@code modelSpec} ({@code builtin:<id>} or a file path).
     *
     * @throws ModelLoadException if it cannot be loaded; the view then keeps what it showed
     */
    public void showModel(String modelSpec) throws ModelLoadException {
        showKernel(KernelModels.load(modelSpec), modelSpec);
    }

    /**
     * Shows {@code kernel}, loaded from {@code kernelSpec} (which the view remembers across restarts); the live
     * session uses it to show the kernel of the scenario it runs.
     */
    public void showKernel(KernelModel kernel, String kernelSpec) {
        spec = kernelSpec;
        model = kernel;
        viewer.setContents(model);
        LockGraphViewers.zoomToFitIfLarger(viewer);
        setPartName("Lock Graph: " + model.getName());
        setContentDescription(describe(model));
        setTitleToolTip(kernelSpec);
        if (live != null) {
            live.kernelShown();
        }
    }

    private static String describe(KernelModel model) {
        return model.getDescription() == null || model.getDescription().isBlank() ? model.getName()
                : model.getDescription();
    }

    /** Returns the spec of the model shown. */
    public String shownSpec() {
        return spec;
    }

    /** Returns the model shown (the view's own copy). */
    public KernelModel shownModel() {
        return model;
    }

    /**
     * Selects the lock types named {@code names} in the graph (and reveals the first), e.g. the pair of a WITNESS
     * finding; names the shown model does not have are skipped.
     *
     * @return the names selected, in the order given
     */
    public List<String> selectLockTypes(List<String> names) {
        List<EditPart> parts = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        if (model != null) {
            for (String name : names) {
                for (LockType type : model.getLockTypes()) {
                    if (name.equals(type.getName()) && viewer.getEditPartRegistry().get(type) instanceof EditPart p
                            && !parts.contains(p)) {
                        parts.add(p);
                        selected.add(name);
                    }
                }
            }
        }
        viewer.setSelection(new StructuredSelection(parts));
        if (!parts.isEmpty()) {
            viewer.reveal(parts.get(0));
        }
        return selected;
    }

    /** Returns the GEF viewer, for tests and for the workbench's adapters. */
    public GraphicalViewer viewer() {
        return viewer;
    }

    private void contributeToolBar(IToolBarManager toolBar) {
        ZoomManager zoom = LockGraphViewers.zoomManager(viewer);
        toolBar.add(new ModelMenuAction());
        toolBar.add(new Separator());
        IAction fit = new Action("Zoom to Fit", DiagramIcons.get("zoom_fit.png")) {
            @Override
            public void run() {
                zoom.setZoomAsText(ZoomManager.FIT_ALL);
            }
        };
        toolBar.add(new ZoomOutAction(zoom));
        toolBar.add(new ZoomInAction(zoom));
        toolBar.add(fit);
        toolBar.add(new Separator());
        toolBar.add(new Action("Export (SVG, PNG, PDF, DOT, GraphML)...", DiagramIcons.get("export.png")) {
            @Override
            public void run() {
                LockGraphViewers.export(getSite().getShell(), viewer, model == null ? "lock-graph"
                        : model.getName());
            }
        });
        toolBar.add(openEditorAction("Edit in Lock Order Editor", "edit.png", LockOrderEditor.ID));
        toolBar.add(openEditorAction("Open in Model Editor (tree)", "tree.png", ModelEditor.ID));
    }

    private IAction openEditorAction(String text, String icon, String editorId) {
        return new Action(text, DiagramIcons.get(icon)) {
            @Override
            public void run() {
                try {
                    getSite().getPage().openEditor(new KernelModelEditorInput(spec), editorId);
                } catch (PartInitException e) {
                    MessageDialog.openError(getSite().getShell(), text, e.getMessage());
                }
            }
        };
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** The toolbar's model chooser: a drop-down of the built-in models and "Open Model File...". */
    private final class ModelMenuAction extends Action implements IMenuCreator {

        private Menu menu;

        ModelMenuAction() {
            super("Show Model", IAction.AS_DROP_DOWN_MENU);
            setImageDescriptor(DiagramIcons.get("model.png"));
            setToolTipText("Show another kernel model's lock order");
            setMenuCreator(this);
        }

        @Override
        public void run() {
            openFile();
        }

        private void openFile() {
            FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
            dialog.setText("Open Kernel Model");
            dialog.setFilterExtensions(new String[] {"*." + KernelModels.FILE_EXTENSION, "*.*"});
            dialog.setFilterNames(new String[] {"Kernel models (*.xmi)", "All files"});
            String chosen = dialog.open();
            if (chosen != null) {
                show(chosen);
            }
        }

        @Override
        public Menu getMenu(Control parent) {
            dispose();
            menu = new Menu(parent);
            for (BuiltinModel builtin : BuiltinModels.kernels()) {
                Action action = new Action(builtin.title(), IAction.AS_RADIO_BUTTON) {
                    @Override
                    public void run() {
                        show(builtin.spec());
                    }
                };
                action.setChecked(builtin.spec().equals(spec));
                action.setToolTipText(builtin.summary());
                new ActionContributionItem(action).fill(menu, -1);
            }
            new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
            Action open = new Action("Open Model File...", DiagramIcons.get("open.png")) {
                @Override
                public void run() {
                    openFile();
                }
            };
            new ActionContributionItem(open).fill(menu, -1);
            return menu;
        }

        @Override
        public Menu getMenu(Menu parent) {
            return null;
        }

        @Override
        public void dispose() {
            if (menu != null) {
                menu.dispose();
                menu = null;
            }
        }
    }
}
