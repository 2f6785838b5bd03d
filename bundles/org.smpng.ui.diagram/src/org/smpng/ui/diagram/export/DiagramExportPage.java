package org.smpng.ui.diagram.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.smpng.io.export.ExportFormat;

/**
 * The diagram export wizard's page: which open diagram, the format (SVG, PNG, PDF; PNG optionally at twice the
 * screen's resolution) and the file. Nothing is written until Finish; a file that exists is replaced only after the
 * user agrees; a failure keeps the page open with the reason. UI thread only.
 */
public final class DiagramExportPage extends WizardPage {

    private static final List<ExportFormat> FORMATS = ExportDiagramAction.FORMATS;

    private final List<DiagramExportWizard.Choice> choices;
    private Combo diagram;
    private Combo format;
    private Button doublePng;
    private Text file;

    DiagramExportPage(List<DiagramExportWizard.Choice> choices) {
        super("diagramExport");
        this.choices = List.copyOf(choices);
        setTitle("Export Diagram");
        setDescription("Write an open diagram exactly as shown, as SVG or PDF (vectors) or PNG.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));

        new Label(root, SWT.NONE).setText("Diagram:");
        diagram = new Combo(root, SWT.READ_ONLY);
        diagram.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (DiagramExportWizard.Choice c : choices) {
            diagram.add(c.name());
        }
        if (!choices.isEmpty()) {
            diagram.select(0);
        }
        diagram.setEnabled(!choices.isEmpty());

        new Label(root, SWT.NONE).setText("Format:");
        format = new Combo(root, SWT.READ_ONLY);
        for (ExportFormat f : FORMATS) {
            format.add(f.description() + " (." + f.extension() + ")");
        }
        format.select(0);
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(root, SWT.NONE);
        doublePng = new Button(root, SWT.CHECK);
        doublePng.setText("PNG at twice the screen's resolution (sharper when printed or zoomed)");
        doublePng.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(root, SWT.NONE).setText("To file:");
        file = new Text(root, SWT.BORDER | SWT.SINGLE);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        String name = choices.isEmpty() ? "diagram" : ExportDiagramAction.fileName(choices.get(0).name());
        file.setText(Path.of(System.getProperty("user.home"), name + ".svg").toString());
        Button browse = new Button(root, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browseFile());

        diagram.addListener(SWT.Selection, e -> update());
        format.addListener(SWT.Selection, e -> formatChanged());
        file.addListener(SWT.Modify, e -> update());
        setControl(root);
        update();
    }

    /** {@return the names of the diagrams offered, in the list's order} */
    public List<String> diagramNames() {
        return choices.stream().map(DiagramExportWizard.Choice::name).toList();
    }

    /**
     * Sets the page as a user would: the diagram by name, a format, whether PNG is doubled, and a file.
     *
     * @throws IllegalArgumentException if no open diagram has that name
     */
    public void fill(String diagramName, ExportFormat f, boolean pngTwice, Path target) {
        int i = diagramNames().indexOf(diagramName);
        if (i < 0) {
            throw new IllegalArgumentException("no open diagram '" + diagramName + "'; open are " + diagramNames());
        }
        diagram.select(i);
        format.select(FORMATS.indexOf(f));
        doublePng.setSelection(pngTwice);
        file.setText(target.toString());
        update();
    }

    private ExportFormat selectedFormat() {
        return FORMATS.get(Math.max(0, format.getSelectionIndex()));
    }

    private void browseFile() {
        ExportFormat f = selectedFormat();
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export To");
        dialog.setFilterExtensions(new String[] { "*." + f.extension(), "*.*" });
        dialog.setFilterNames(new String[] { f.description(), "All files" });
        Path current = currentPath();
        dialog.setFileName(current == null || current.getFileName() == null ? "diagram." + f.extension()
                : current.getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    /** Keeps the file name's extension in step with the format when it names a picture format. */
    private void formatChanged() {
        Path renamed = ExportFile.withExtension(currentPath(), selectedFormat(), FORMATS);
        if (renamed != null) {
            file.setText(renamed.toString());
        }
        update();
    }

    private Path currentPath() {
        return ExportFile.parse(file.getText());
    }

    private void update() {
        doublePng.setEnabled(selectedFormat() == ExportFormat.PNG);
        String problem = choices.isEmpty()
                ? "No diagram is open. Open the Run Queues view, a machine editor or another diagram first."
                : ExportFile.problem(file.getText());
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** Writes the export; on failure the page stays open with the reason. */
    boolean export() {
        Path target = currentPath();
        if (target == null || choices.isEmpty()) {
            return false;
        }
        DiagramExportWizard.Choice choice = choices.get(diagram.getSelectionIndex());
        if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), "Export Diagram",
                target + " exists. Replace it?")) {
            return false;
        }
        try {
            choice.writer().write(selectedFormat(), target, doublePng.getSelection() ? 2 : 1);
            return true;
        } catch (IOException | RuntimeException e) {
            setErrorMessage("Could not write " + target + ": " + e.getMessage());
        }
        return false;
    }
}
