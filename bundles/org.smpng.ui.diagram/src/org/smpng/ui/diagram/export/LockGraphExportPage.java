package org.smpng.ui.diagram.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.smpng.io.export.ExportFormat;
import org.smpng.io.export.KernelLockGraphExport;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.diagram.LockGraphViewers;

/**
 * The export wizard's page: what to export (the Lock Graph view as shown, or a kernel model by built-in name or
 * file), the format, and the file. Nothing is written until Finish; a file that exists is replaced only after the
 * user agrees. UI thread only.
 */
public final class LockGraphExportPage extends WizardPage {

    private final LockGraphView view;
    /** Model specs in the model combo's order: built-in kernels, then files the user browsed to. */
    private final List<String> modelSpecs = new ArrayList<>();

    private Button fromView;
    private Button fromModel;
    private Combo model;
    private Button browseModel;
    private Combo format;
    private Text file;

    LockGraphExportPage(LockGraphView view) {
        super("lockGraphExport");
        this.view = view;
        setTitle("Export Lock Graph");
        setDescription("Write a lock order graph as a picture (SVG, PNG, PDF) or as graph data (DOT, GraphML).");
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));

        Group source = new Group(root, SWT.NONE);
        source.setText("Export");
        source.setLayout(new GridLayout(3, false));
        source.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        fromView = new Button(source, SWT.RADIO);
        boolean viewShowsGraph = view != null && view.shownSpec() != null;
        fromView.setText(viewShowsGraph ? "The Lock Graph view, as shown (" + view.shownSpec() + ")"
                : "The Lock Graph view, as shown (the view is not open)");
        fromView.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        fromView.setEnabled(viewShowsGraph);
        fromModel = new Button(source, SWT.RADIO);
        fromModel.setText("Kernel model:");
        model = new Combo(source, SWT.READ_ONLY);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (BuiltinModel b : BuiltinModels.kernels()) {
            modelSpecs.add(b.spec());
            model.add(b.title() + "  (" + b.spec() + ")");
        }
        model.select(0);
        browseModel = new Button(source, SWT.PUSH);
        browseModel.setText("Browse...");
        browseModel.addListener(SWT.Selection, e -> browseModel());
        fromView.setSelection(viewShowsGraph);
        fromModel.setSelection(!viewShowsGraph);

        new Label(root, SWT.NONE).setText("Format:");
        format = new Combo(root, SWT.READ_ONLY);
        for (ExportFormat f : ExportFormat.values()) {
            format.add(f.description() + " (." + f.extension() + ")");
        }
        format.select(0);
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(root, SWT.NONE).setText("To file:");
        file = new Text(root, SWT.BORDER | SWT.SINGLE);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.setText(Path.of(System.getProperty("user.home"), "lock-graph.svg").toString());
        Button browseFile = new Button(root, SWT.PUSH);
        browseFile.setText("Browse...");
        browseFile.addListener(SWT.Selection, e -> browseFile());

        fromView.addListener(SWT.Selection, e -> update());
        fromModel.addListener(SWT.Selection, e -> update());
        format.addListener(SWT.Selection, e -> formatChanged());
        file.addListener(SWT.Modify, e -> update());
        setControl(root);
        update();
    }

    /** Sets the page as a user would: the view or a model spec (null: the view), a format and a file. */
    public void fill(String modelSpec, ExportFormat f, Path target) {
        if (modelSpec == null) {
            fromView.setSelection(true);
            fromModel.setSelection(false);
        } else {
            fromView.setSelection(false);
            fromModel.setSelection(true);
            selectModel(modelSpec);
        }
        format.select(f.ordinal());
        file.setText(target.toString());
        update();
    }

    private void selectModel(String spec) {
        int i = modelSpecs.indexOf(spec);
        if (i < 0) {
            modelSpecs.add(spec);
            model.add(spec);
            i = modelSpecs.size() - 1;
        }
        model.select(i);
    }

    private void browseModel() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText("Kernel Model to Export");
        dialog.setFilterExtensions(new String[] { "*." + KernelModels.FILE_EXTENSION, "*.*" });
        dialog.setFilterNames(new String[] { "Kernel models (*.xmi)", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            fromModel.setSelection(true);
            fromView.setSelection(false);
            selectModel(chosen);
            update();
        }
    }

    private void browseFile() {
        ExportFormat f = ExportFormat.values()[format.getSelectionIndex()];
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export To");
        dialog.setFilterExtensions(new String[] { "*." + f.extension(), "*.*" });
        dialog.setFilterNames(new String[] { f.description(), "All files" });
        dialog.setFileName(currentPath() == null ? "lock-graph." + f.extension()
                : currentPath().getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    /** Keeps the file name's extension in step with the format when it names a format. */
    private void formatChanged() {
        Path renamed = ExportFile.withExtension(currentPath(), ExportFormat.values()[format.getSelectionIndex()],
                List.of(ExportFormat.values()));
        if (renamed != null) {
            file.setText(renamed.toString());
        }
        update();
    }

    private Path currentPath() {
        return ExportFile.parse(file.getText());
    }

    private void update() {
        model.setEnabled(fromModel.getSelection());
        browseModel.setEnabled(fromModel.getSelection());
        String problem = ExportFile.problem(file.getText());
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** Writes the export; on failure the page stays open with the reason. */
    boolean export() {
        Path target = currentPath();
        ExportFormat f = ExportFormat.values()[format.getSelectionIndex()];
        if (target == null) {
            return false;
        }
        if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), "Export Lock Graph",
                target + " exists. Replace it?")) {
            return false;
        }
        try {
            if (fromView.getSelection()) {
                LockGraphViewers.write(view.viewer(), f, target);
            } else {
                String spec = modelSpecs.get(model.getSelectionIndex());
                KernelLockGraphExport.write(KernelModels.load(spec), f, target);
            }
            return true;
        } catch (ModelLoadException e) {
            setErrorMessage("Could not read the model: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            setErrorMessage("Could not write " + target + ": " + e.getMessage());
        }
        return false;
    }
}
