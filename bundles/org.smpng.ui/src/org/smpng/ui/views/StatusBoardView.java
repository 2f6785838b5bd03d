package org.smpng.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockingStatus;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.kernel.Task;
import org.smpng.model.kernel.TaskList;
import org.smpng.model.kernel.WorkStatus;

/**
 * The SMPng status board: the subsystem table of the FreeBSD SMP project page ("Subsystems and Staffing") and its
 * task lists, as they are in the kernel model of the active model editor — work status, last update, staffing, and
 * whether the subsystem still needs Giant, with how many of its syscalls still run under Giant.
 * <p>
 * Every cell is editable and every edit is a command on the editor's command stack (undo, dirty marker, save as
 * usual). "Make MPSAFE" flips a subsystem and its syscalls Giant-free in one undoable step and says what changed,
 * so a user can try the what-if the project worked through: push Giant out of one subsystem. UI thread only.
 */
public final class StatusBoardView extends ViewPart {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.statusBoard";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Label summary;
    private TableViewer table;
    private Combo taskListChooser;
    private TableViewer tasks;
    private IEditorPart source;
    private EditingDomain domain;
    private KernelModel model;
    private final CommandStackListener refresher = this::modelChanged;

    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof IEditorPart editor) {
                follow(editor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == source) {
                follow(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        summary = new Label(body, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Subsystem", 180, Subsystem::getName, KernelPackage.Literals.SUBSYSTEM__NAME);
        column("Status", 100, s -> words(s.getWorkStatus()), KernelPackage.Literals.SUBSYSTEM__WORK_STATUS);
        column("Last updated", 100, Subsystem::getLastUpdated, KernelPackage.Literals.SUBSYSTEM__LAST_UPDATED);
        column("Staffing", 200, s -> String.join(", ", s.getStaffing()), KernelPackage.Literals.SUBSYSTEM__STAFFING);
        column("Giant", 150, s -> words(s.getLockingStatus()), KernelPackage.Literals.SUBSYSTEM__LOCKING_STATUS);
        column("Syscalls under Giant", 130, s -> underGiant(s).size() + " of " + syscallsOf(s).size(), null);
        getSite().setSelectionProvider(table);
        createTaskTable(sash);
        sash.setWeights(55, 45);

        MenuManager menu = new MenuManager();
        Action makeMpsafe = new Action("Make MPSAFE (push Giant out)") {
            @Override
            public void run() {
                Object selected = ((IStructuredSelection) table.getSelection()).getFirstElement();
                if (selected instanceof Subsystem subsystem) {
                    makeMpsafe(subsystem);
                }
            }
        };
        menu.add(makeMpsafe);
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));

        getSite().getPage().addPartListener(editorTracker);
        follow(getSite().getPage().getActiveEditor());
    }

    /** Spells a status as the seed does: "In progress", "Not started"; "Giant", "partially Giant-free", "MPSAFE". */
    private static String words(Enum<?> value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LockingStatus status) {
            return switch (status) {
                case GIANT -> "Giant";
                case PARTIALLY_GIANT_FREE -> "partially Giant-free";
                case MPSAFE -> "MPSAFE";
            };
        }
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void column(String title, int width, java.util.function.Function<Subsystem, String> text,
            EStructuralFeature feature) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Subsystem subsystem ? text.apply(subsystem) : "";
            }
        });
        if (feature != null) {
            column.setEditingSupport(new FeatureEditing(table, feature));
        }
    }

    /** Shows the subsystems of the kernel model in {@code editor}, if it edits one through an EMF domain. */
    void follow(IEditorPart editor) {
        if (editor == source && editor != null) {
            return;
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(refresher);
        }
        source = null;
        domain = null;
        model = null;
        if (editor instanceof IEditingDomainProvider provider && provider.getEditingDomain() != null) {
            EditingDomain candidate = provider.getEditingDomain();
            KernelModel kernel = candidate.getResourceSet().getResources().stream()
                    .flatMap(resource -> resource.getContents().stream())
                    .filter(KernelModel.class::isInstance).map(KernelModel.class::cast).findFirst().orElse(null);
            if (kernel != null) {
                source = editor;
                domain = candidate;
                model = kernel;
                domain.getCommandStack().addCommandStackListener(refresher);
            }
        }
        refresh();
    }

    private void modelChanged(EventObject event) {
        table.getControl().getDisplay().asyncExec(() -> {
            if (!table.getControl().isDisposed()) {
                refresh();
            }
        });
    }

    private void refresh() {
        if (model == null) {
            table.setInput(List.of());
            refreshTasks();
            summary.setText("Open a kernel model in the SMPng Model Editor (the tree button of the Lock Graph view, or "
                    + "File > New > SMPng Model) to see its subsystems here.");
            setContentDescription("");
        } else {
            table.setInput(model.getSubsystems().toArray());
            refreshTasks();
            summary.setText(summaryOf(model));
            setContentDescription(model.getName());
        }
        summary.getParent().layout();
    }

    private void createTaskTable(Composite parent) {
        Composite pane = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        pane.setLayout(layout);
        new Label(pane, SWT.NONE).setText("Task list:");
        taskListChooser = new Combo(pane, SWT.READ_ONLY);
        taskListChooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        taskListChooser.addListener(SWT.Selection, event -> showTasks());
        tasks = new TableViewer(pane, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        tasks.getTable().setHeaderVisible(true);
        tasks.getTable().setLinesVisible(true);
        tasks.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        tasks.setContentProvider(ArrayContentProvider.getInstance());
        taskColumn("Task", 360, Task::getTitle, KernelPackage.Literals.TASK__TITLE);
        taskColumn("Status", 100, t -> t.getSeedStatus() != null && !t.getSeedStatus().isEmpty() ? t.getSeedStatus()
                : words(t.getStatus()), KernelPackage.Literals.TASK__STATUS);
        taskColumn("Date", 100, Task::getLastUpdated, KernelPackage.Literals.TASK__LAST_UPDATED);
        taskColumn("Responsible", 200, t -> String.join(", ", t.getResponsible()),
                KernelPackage.Literals.TASK__RESPONSIBLE);
    }

    private void taskColumn(String title, int width, java.util.function.Function<Task, String> text,
            EStructuralFeature feature) {
        TableViewerColumn column = new TableViewerColumn(tasks, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Task task ? text.apply(task) : "";
            }
        });
        column.setEditingSupport(new FeatureEditing(tasks, feature));
    }

    private void refreshTasks() {
        List<TaskList> lists = model == null ? List.of() : model.getTaskLists();
        String chosen = taskListChooser.getSelectionIndex() >= 0 ? taskListChooser.getItem(taskListChooser
                .getSelectionIndex()) : null;
        taskListChooser.setItems(lists.stream().map(list -> list.getName() + " (" + list.getTasks().size() + ")")
                .toArray(String[]::new));
        int index = chosen == null ? -1 : java.util.Arrays.asList(taskListChooser.getItems()).indexOf(chosen);
        taskListChooser.select(index >= 0 ? index : lists.isEmpty() ? -1 : 0);
        showTasks();
    }

    private void showTasks() {
        int index = taskListChooser.getSelectionIndex();
        tasks.setInput(model == null || index < 0 || index >= model.getTaskLists().size() ? new Object[0]
                : model.getTaskLists().get(index).getTasks().toArray());
    }

    /** Returns the tasks shown in the task table, for tests. */
    public List<Task> shownTasks() {
        return Arrays.stream((Object[]) tasks.getInput()).map(Task.class::cast).toList();
    }

    /** Returns a one-line account of where Giant still is in {@code kernel}. */
    public static String summaryOf(KernelModel kernel) {
        long mpsafe = kernel.getSubsystems().stream().filter(s -> s.getLockingStatus() == LockingStatus.MPSAFE)
                .count();
        long partial = kernel.getSubsystems().stream()
                .filter(s -> s.getLockingStatus() == LockingStatus.PARTIALLY_GIANT_FREE).count();
        long giant = kernel.getSubsystems().size() - mpsafe - partial;
        long syscallsUnderGiant = kernel.getSyscalls().stream().filter(s -> !s.isMpsafe()).count();
        return kernel.getSubsystems().size() + " subsystems: " + mpsafe + " MPSAFE, " + partial
                + " partially Giant-free, " + giant + " under Giant. " + syscallsUnderGiant + " of "
                + kernel.getSyscalls().size() + " syscalls still run under Giant.";
    }

    private List<Syscall> syscallsOf(Subsystem subsystem) {
        return model == null ? List.of() : model.getSyscalls().stream()
                .filter(syscall -> syscall.getSubsystem() == subsystem).toList();
    }

    private List<Syscall> underGiant(Subsystem subsystem) {
        return syscallsOf(subsystem).stream().filter(syscall -> !syscall.isMpsafe()).toList();
    }

    /**
     * Makes {@code subsystem} MPSAFE and marks its syscalls MPSAFE, as one undoable command, and reports in the
     * status line what changed.
     */
    public void makeMpsafe(Subsystem subsystem) {
        List<Syscall> flipped = underGiant(subsystem);
        CompoundCommand command = new CompoundCommand("Make " + subsystem.getName() + " MPSAFE");
        command.append(SetCommand.create(domain, subsystem, KernelPackage.Literals.SUBSYSTEM__LOCKING_STATUS,
                LockingStatus.MPSAFE));
        for (Syscall syscall : flipped) {
            command.append(SetCommand.create(domain, syscall, KernelPackage.Literals.SYSCALL__MPSAFE, Boolean.TRUE));
        }
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            String names = flipped.stream().map(Syscall::getName).collect(Collectors.joining(", "));
            getViewSite().getActionBars().getStatusLineManager().setMessage(subsystem.getName()
                    + " is now MPSAFE; " + (flipped.isEmpty() ? "no syscall changed."
                            : flipped.size() + " syscall(s) no longer take Giant: " + names));
        }
    }

    /** Sets a feature of a subsystem or task through the editor's command stack. */
    public void set(EObject owner, EStructuralFeature feature, Object value) {
        Command command = SetCommand.create(domain, owner, feature, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** Returns the subsystems shown, for tests. */
    public List<Subsystem> shown() {
        Object input = table.getInput();
        if (input instanceof Object[] rows) {
            return Arrays.stream(rows).map(Subsystem.class::cast).toList();
        }
        return List.of();
    }

    /** Returns the summary line shown, for tests. */
    public String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(refresher);
        }
        super.dispose();
    }

    /**
     * Cell editing of one feature of a subsystem or task: enumerations as drop-downs, dates checked, name lists
     * (staffing, responsible) as comma-separated text.
     */
    private final class FeatureEditing extends EditingSupport {

        private final TableViewer viewer;
        private final EStructuralFeature feature;

        FeatureEditing(TableViewer viewer, EStructuralFeature feature) {
            super(viewer);
            this.viewer = viewer;
            this.feature = feature;
        }

        @Override
        protected boolean canEdit(Object element) {
            return domain != null && element instanceof EObject object && object.eClass().getEAllStructuralFeatures()
                    .contains(feature);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            if (feature.getEType() == KernelPackage.Literals.WORK_STATUS) {
                return new ComboBoxCellEditor(viewer.getTable(), Arrays.stream(WorkStatus.values())
                        .map(StatusBoardView::words).toArray(String[]::new), SWT.READ_ONLY);
            }
            if (feature.getEType() == KernelPackage.Literals.LOCKING_STATUS) {
                return new ComboBoxCellEditor(viewer.getTable(), Arrays.stream(LockingStatus.values())
                        .map(StatusBoardView::words).toArray(String[]::new), SWT.READ_ONLY);
            }
            TextCellEditor editor = new TextCellEditor(viewer.getTable());
            if (feature == KernelPackage.Literals.SUBSYSTEM__LAST_UPDATED
                    || feature == KernelPackage.Literals.TASK__LAST_UPDATED) {
                editor.setValidator(value -> value.toString().isEmpty() || ISO_DATE.matcher(value.toString())
                        .matches() ? null : "Dates are written yyyy-mm-dd, e.g. 2004-11-26.");
            }
            if (feature == KernelPackage.Literals.SUBSYSTEM__NAME) {
                editor.setValidator(value -> value.toString().isBlank() ? "A subsystem needs a name." : null);
            }
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            Object value = ((EObject) element).eGet(feature);
            if (value instanceof WorkStatus status) {
                return status.ordinal();
            }
            if (value instanceof LockingStatus status) {
                return status.ordinal();
            }
            if (value instanceof List<?> names) {
                return names.stream().map(String::valueOf).collect(Collectors.joining(", "));
            }
            return value == null ? "" : value.toString();
        }

        @Override
        protected void setValue(Object element, Object value) {
            EObject owner = (EObject) element;
            Object newValue = value;
            if (feature.getEType() == KernelPackage.Literals.WORK_STATUS) {
                newValue = WorkStatus.values()[(Integer) value];
            } else if (feature.getEType() == KernelPackage.Literals.LOCKING_STATUS) {
                newValue = LockingStatus.values()[(Integer) value];
            } else if (feature.isMany()) {
                List<String> names = new ArrayList<>();
                for (String name : value.toString().split(",")) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
                newValue = names;
            }
            if (!java.util.Objects.equals(newValue, owner.eGet(feature))) {
                if (feature == KernelPackage.Literals.TASK__STATUS) {
                    // A status chosen here replaces the seed's wording, which no longer applies.
                    CompoundCommand command = new CompoundCommand("Set task status");
                    command.append(SetCommand.create(domain, owner, feature, newValue));
                    command.append(SetCommand.create(domain, owner, KernelPackage.Literals.TASK__SEED_STATUS, ""));
                    domain.getCommandStack().execute(command);
                } else {
                    set(owner, feature, newValue);
                }
            }
        }
    }
}
