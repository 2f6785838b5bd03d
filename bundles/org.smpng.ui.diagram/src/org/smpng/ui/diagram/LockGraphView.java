package org.smpng.ui.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.witness.WitnessGraph;
import org.smpng.ui.diagram.internal.commands.ManualPositions;
import org.smpng.ui.diagram.internal.parts.LockGraphDiagram;
import org.smpng.ui.diagram.internal.parts.LockGraphEditPartFactory;
import org.smpng.ui.diagram.internal.parts.LockGraphFilter;
import org.smpng.ui.editor.KernelModelEditorInput;
import org.smpng.ui.diagram.live.LockGraphLiveLink;
import org.smpng.ui.editor.ModelEditor;

/**
 * The lock graph view: a kernel model's static lock order as a laid-out GEF diagram, one box per lock type
 * coloured by lock class, arrows from each lock to those acquired after it. It opens on the built-in FreeBSD 5.x
 * order; the toolbar picks another built-in model or a model file, zooms, exports SVG and opens the shown model in
 * the lock order editor. The selected lock type or order appears in the Properties view.
 *
 * <p>While a run goes, the orders WITNESS sees are drawn as grey dashed arrows and its reversals as thick red ones
 * (tooltip and Properties give the sites of both directions). The Filter menu hides subsystems or lock classes, or
 * shows only contended lock types or only those of reversals; Ctrl+F finds lock types by name; boxes can be dragged,
 * and Layout lays the graph out again, keeping the dragged boxes where they are if "Keep Moved Boxes" is on. The
 * Lock Graph Outline view shows a thumbnail of the whole graph. Exports write what is shown. UI thread only.
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
    private LockGraphFindBar findBar;
    private LockGraphFilter filter = LockGraphFilter.NONE;
    private WitnessGraph observed = WitnessGraph.EMPTY;
    /** The user's box positions per model spec, so that a new run of the same scenario keeps them. */
    private final Map<String, ManualPositions> positionsBySpec = new HashMap<>();
    /** What init() read from the memento (defaults for a fresh view). */
    private LockGraphViewState restored = LockGraphViewState.read(null);
    private final IAction keepMoved = new Action("Keep Moved Boxes", IAction.AS_CHECK_BOX) {
    };

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        if (memento != null && memento.getString(MEMENTO_MODEL) != null) {
            spec = memento.getString(MEMENTO_MODEL);
        }
        // The moved boxes, the filter and "Keep Moved Boxes" of the last session.
        restored = LockGraphViewState.read(memento);
        restored.positions().forEach((s, boxes) -> {
            ManualPositions p = new ManualPositions();
            boxes.forEach(p::put);
            positionsBySpec.put(s, p);
        });
        filter = restored.filter();
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(MEMENTO_MODEL, spec);
        state().save(memento);
    }

    /** What the view keeps across restarts, as it is now. */
    public LockGraphViewState state() {
        Map<String, Map<String, org.eclipse.draw2d.geometry.Point>> positions = new java.util.LinkedHashMap<>();
        positionsBySpec.forEach((s, p) -> {
            if (!p.isEmpty()) {
                positions.put(s, p.all());
            }
        });
        return new LockGraphViewState(positions, filter.withContended(java.util.Set.of()), keepMoved.isChecked());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        grid.verticalSpacing = 0;
        area.setLayout(grid);
        viewer = new ScrollingGraphicalViewer();
        findBar = new LockGraphFindBar(area, viewer);
        viewer.createControl(area);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new DefaultEditDomain(null).addViewer(viewer);
        LockGraphViewers.configure(viewer, false);
        getSite().setSelectionProvider(viewer);
        keepMoved.setChecked(restored.keepMoved());
        keepMoved.setToolTipText("Layout keeps the boxes you dragged where they are and lays out the rest around"
                + " them; off, Layout forgets where you put them");
        contributeToolBar(getViewSite().getActionBars().getToolBarManager());
        IAction find = new Action("Find Lock Type...") {
            @Override
            public void run() {
                findBar.open();
            }
        };
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.FIND.getId(), find);
        viewer.getControl().addListener(SWT.KeyDown, event -> {
            // Ctrl+F also when the product binds no key to Find: the viewer has the focus in this view.
            if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'f' || event.keyCode == 'F')) {
                findBar.open();
            }
        });
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
        LockGraphDiagram diagram = diagram();
        diagram.setRedrawListener(this::redrawn);
        diagram.usePositions(positionsBySpec.computeIfAbsent(kernelSpec, k -> new ManualPositions()));
        diagram.setFilter(filter);
        // What WITNESS saw belongs to the run's kernel; another model starts without it.
        observed = WitnessGraph.EMPTY;
        LockGraphViewers.zoomToFitIfLarger(viewer);
        setPartName("Lock Graph: " + model.getName());
        setTitleToolTip(kernelSpec);
        redrawn();
        if (live != null) {
            live.kernelShown();
        }
    }

    /** The diagram shown (never null once a model is shown). */
    private LockGraphDiagram diagram() {
        return LockGraphEditPartFactory.diagram(viewer);
    }

    /** After every redraw of the diagram: the description, the search rings and the live badges follow it. */
    private void redrawn() {
        LockGraphDiagram diagram = diagram();
        if (model == null || diagram == null) {
            return;
        }
        String description = model.getDescription() == null || model.getDescription().isBlank() ? model.getName()
                : model.getDescription();
        WitnessGraph seen = diagram.observed();
        if (!seen.lockTypes().isEmpty()) {
            // The reversals by name: their red arrows may be short or off screen, and the live badges use red too.
            StringBuilder reversals = new StringBuilder();
            seen.reversals().stream().limit(3).forEach(r -> reversals.append(reversals.isEmpty() ? ": " : ", ")
                    .append(r.second()).append(" \u2192 ").append(r.first()));
            if (seen.reversals().size() > 3) {
                reversals.append(", ...");
            }
            description = "WITNESS: " + seen.orders().size() + " orders seen, " + seen.reversals().size()
                    + (seen.reversals().size() == 1 ? " reversal" : " reversals") + reversals + ". " + description;
        }
        if (diagram.filter().isActive()) {
            description = "Filtered (" + diagram.filter().describe() + "): " + diagram.shownLockTypes().size()
                    + " of " + diagram.lockTypeCount() + " lock types shown. " + description;
        }
        setContentDescription(description);
        if (findBar != null) {
            findBar.refresh();
        }
        if (live != null) {
            live.overlay().relocate(model);
        }
    }

    /**
     * Draws what WITNESS has seen in the run of the shown kernel (observed orders, reversals); null or
     * {@link WitnessGraph#EMPTY} removes it.
     */
    public void showObserved(WitnessGraph graph) {
        observed = graph == null ? WitnessGraph.EMPTY : graph;
        if (diagram() != null) {
            diagram().showObserved(observed);
        }
    }

    /** Applies a filter; hidden lock types and their edges are removed from the figure and from exports. */
    public void setFilter(LockGraphFilter newFilter) {
        filter = newFilter;
        if (diagram() != null) {
            diagram().setFilter(newFilter);
        }
    }

    /** The filter applied. */
    public LockGraphFilter filter() {
        return filter;
    }

    /**
     * Tells the view which lock types have been contended since the run was loaded (for "only contended"); redraws
     * only if that filter is on.
     */
    public void setContended(Set<String> contended) {
        if (!filter.contended().equals(contended)) {
            setFilter(filter.withContended(contended));
        }
    }

    /** Lays the graph out again; with {@code keepMovedBoxes} the dragged boxes stay where the user put them. */
    public void layout(boolean keepMovedBoxes) {
        if (diagram() != null) {
            diagram().layout(keepMovedBoxes);
        }
    }

    /** The find bar (Ctrl+F). */
    public LockGraphFindBar findBar() {
        return findBar;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Object getAdapter(Class key) {
        if (key == IContentOutlinePage.class) {
            return new ThumbnailOutlinePage(viewer);
        }
        return super.getAdapter(key);
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
        toolBar.add(new FilterMenuAction());
        toolBar.add(new Action("Layout", DiagramIcons.get("layout.png")) {
            {
                setToolTipText("Lay the graph out again with ELK (keeping the boxes you dragged if \"Keep Moved"
                        + " Boxes\" is on)");
            }

            @Override
            public void run() {
                layout(keepMoved.isChecked());
            }
        });
        getViewSite().getActionBars().getMenuManager().add(keepMoved);
        getViewSite().getActionBars().getMenuManager().add(new Action("Find Lock Type...\tCtrl+F") {
            @Override
            public void run() {
                findBar.open();
            }
        });
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

    /**
     * The toolbar's filter menu: only contended, only reversals, and one check box per lock class and per subsystem
     * of the shown graph (unchecked ones are hidden), and "Show All".
     */
    private final class FilterMenuAction extends Action implements IMenuCreator {

        private Menu menu;

        FilterMenuAction() {
            super("Filter", IAction.AS_DROP_DOWN_MENU);
            setImageDescriptor(DiagramIcons.get("filter.png"));
            setToolTipText("Show only some lock types: by lock class, by subsystem, only contended, only reversals"
                    + " (click: show all)");
            setMenuCreator(this);
        }

        @Override
        public void run() {
            setFilter(filter.cleared());
        }

        @Override
        public Menu getMenu(Control parent) {
            dispose();
            menu = new Menu(parent);
            LockGraphDiagram diagram = diagram();
            add(new Action("Only Contended (held or waited for in this run)", IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    setFilter(filter.withOnlyContended(isChecked()));
                }
            }, filter.onlyContended());
            add(new Action("Only Lock Order Reversals", IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    setFilter(filter.withOnlyReversals(isChecked()));
                }
            }, filter.onlyReversals());
            add(new Action("Show Observed Orders (WITNESS, grey dashed)", IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    setFilter(filter.withObservedHidden(!isChecked()));
                }
            }, !filter.hideObserved());
            new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
            if (diagram != null) {
                submenu("Lock Class", diagram.lockClasses(), filter.hiddenClasses(), (name, shown) -> setFilter(
                        filter.withClass(name, shown)));
                submenu("Subsystem", diagram.subsystems(), filter.hiddenSubsystems(), (name, shown) -> setFilter(
                        filter.withSubsystem(name, shown)));
            }
            new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
            new ActionContributionItem(new Action("Show All") {
                @Override
                public void run() {
                    setFilter(filter.cleared());
                }
            }).fill(menu, -1);
            return menu;
        }

        private void add(Action action, boolean checked) {
            action.setChecked(checked);
            new ActionContributionItem(action).fill(menu, -1);
        }

        private void submenu(String title, Set<String> names, Set<String> hidden,
                java.util.function.BiConsumer<String, Boolean> toggle) {
            org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.CASCADE);
            item.setText(title);
            Menu sub = new Menu(item);
            item.setMenu(sub);
            for (String name : names) {
                Action action = new Action(name, IAction.AS_CHECK_BOX) {
                    @Override
                    public void run() {
                        toggle.accept(name, isChecked());
                    }
                };
                action.setChecked(!hidden.contains(name));
                new ActionContributionItem(action).fill(sub, -1);
            }
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
