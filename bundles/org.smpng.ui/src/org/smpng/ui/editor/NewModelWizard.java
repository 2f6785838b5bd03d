package org.smpng.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.scenario.ScenarioFactory;
import org.smpng.model.workload.WorkloadFactory;

/**
 * File &gt; New &gt; SMPng Model: creates a model file — an empty kernel model, machine, workload or scenario, or
 * a copy of a built-in model — and opens it in the model editor. An existing file is replaced only after the user confirms it.
 */
public final class NewModelWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private Page page;

    /** Creates the wizard. */
    public NewModelWizard() {
        setWindowTitle("New SMPng Model");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench aWorkbench, IStructuredSelection selection) {
        this.workbench = aWorkbench;
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        if (Files.exists(file) && !MessageDialog.openQuestion(getShell(), "New SMPng Model", file
                + " exists. Replace it?")) {
            return false;
        }
        try {
            EObject root = page.startFrom() == null ? page.emptyKind().get()
                    : KernelModels.loadResource(page.startFrom().spec()).getContents().get(0);
            EStructuralFeature name = root.eClass().getEStructuralFeature("name");
            if (name != null) {
                root.eSet(name, page.modelName());
            }
            KernelModels.save(root, file);
            workbench.getActiveWorkbenchWindow().getActivePage().openEditor(
                    new KernelModelEditorInput(file.toString()), ModelEditor.ID);
            return true;
        } catch (ModelLoadException | IOException | PartInitException e) {
            page.setErrorMessage("Could not create " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** A kind of model the wizard can create empty. */
    private record Kind(String label, Supplier<EObject> factory) {
    }

    private static final List<Kind> EMPTY = List.of(
            new Kind("kernel model", KernelFactory.eINSTANCE::createKernelModel),
            new Kind("machine", MachineFactory.eINSTANCE::createMachine),
            new Kind("workload", WorkloadFactory.eINSTANCE::createWorkload),
            new Kind("scenario", ScenarioFactory.eINSTANCE::createScenario));

    /** The wizard's one page: name, starting point and file. */
    private static final class Page extends WizardPage {

        private final List<BuiltinModel> builtins = BuiltinModels.all();
        private Text name;
        private Combo start;
        private Text path;

        Page() {
            super("model");
            setTitle("New SMPng Model");
            setDescription("Create a kernel, machine, workload or scenario model, empty or as a copy of a built-in model.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            new Label(body, SWT.NONE).setText("&Name:");
            name = new Text(body, SWT.BORDER);
            name.setText("my-kernel");
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

            new Label(body, SWT.NONE).setText("&Start from:");
            start = new Combo(body, SWT.READ_ONLY);
            EMPTY.forEach(kind -> start.add("An empty " + kind.label()));
            builtins.forEach(builtin -> start.add("A copy of " + builtin.spec() + " \u2014 " + builtin.title()));
            start.select(0);
            start.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

            new Label(body, SWT.NONE).setText("&File:");
            path = new Text(body, SWT.BORDER);
            path.setText(Path.of(System.getProperty("user.home"), "my-kernel.xmi").toString());
            path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(body, SWT.PUSH);
            browse.setText("&Browse...");
            browse.addListener(SWT.Selection, event -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] {"*.xmi"});
                String chosen = dialog.open();
                if (chosen != null) {
                    path.setText(chosen);
                }
            });
            name.addListener(SWT.Modify, event -> check());
            path.addListener(SWT.Modify, event -> check());
            setControl(body);
            check();
        }

        private void check() {
            String problem = null;
            if (name.getText().isBlank()) {
                problem = "Give the model a name.";
            } else if (path.getText().isBlank()) {
                problem = "Choose the file to create.";
            } else if (!path.getText().endsWith("." + KernelModels.FILE_EXTENSION)) {
                problem = "Model files end in ." + KernelModels.FILE_EXTENSION + ".";
            } else {
                Path parent = Path.of(path.getText()).toAbsolutePath().getParent();
                if (parent == null || !Files.isDirectory(parent)) {
                    problem = "The folder " + parent + " does not exist.";
                }
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        String modelName() {
            return name.getText().strip();
        }

        BuiltinModel startFrom() {
            int index = start.getSelectionIndex();
            return index < EMPTY.size() ? null : builtins.get(index - EMPTY.size());
        }

        Supplier<EObject> emptyKind() {
            return EMPTY.get(Math.max(0, Math.min(start.getSelectionIndex(), EMPTY.size() - 1))).factory();
        }

        Path file() {
            return Path.of(path.getText()).toAbsolutePath();
        }
    }
}
