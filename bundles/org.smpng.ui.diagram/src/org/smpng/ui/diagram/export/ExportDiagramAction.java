package org.smpng.ui.diagram.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.smpng.io.export.ExportFormat;
import org.smpng.ui.diagram.DiagramIcons;

/**
 * "Export Diagram...": asks for a file (its type or extension chooses SVG, PNG or PDF; an existing file is replaced
 * only after the user agrees) and writes the part's diagram as shown through {@link DiagramExporter}. Errors are
 * shown to the user; nothing is written if they cancel. The Run Queues view has it on its toolbar, the machine
 * editors through their contributor. UI thread only.
 */
public final class ExportDiagramAction extends Action {

    /** The action's id, which the editors' retarget action shares. */
    public static final String ID = "org.smpng.ui.diagram.exportDiagram";
    public static final String TEXT = "Export Diagram...";
    public static final String TOOL_TIP = "Export the diagram as shown (SVG, PNG or PDF)";

    /** The picture formats, in the file dialog's order. */
    public static final List<ExportFormat> FORMATS = List.of(ExportFormat.SVG, ExportFormat.PNG, ExportFormat.PDF);

    private final DiagramSource source;
    private final Supplier<Shell> shell;

    public ExportDiagramAction(DiagramSource source, Supplier<Shell> shell) {
        super(TEXT, DiagramIcons.get("export.png"));
        setId(ID);
        setToolTipText(TOOL_TIP);
        this.source = source;
        this.shell = shell;
    }

    @Override
    public void run() {
        export(shell.get(), source);
    }

    /**
     * Asks for a file and writes the diagram of {@code source} as shown. The format is the file dialog's chosen
     * type, or the file name's extension when it names a picture format.
     *
     * @return the file written, or null (nothing to export, cancelled, or failed: the user was told why)
     */
    public static Path export(Shell shell, DiagramSource source) {
        String title = "Export " + source.diagramName();
        if (source.diagramFigure() == null || DiagramExporter.extent(source.diagramFigure()) == null) {
            MessageDialog.openInformation(shell, title, source.diagramName() + " shows no diagram to export yet.");
            return null;
        }
        String[] extensions = new String[FORMATS.size()];
        String[] names = new String[FORMATS.size()];
        for (int i = 0; i < FORMATS.size(); i++) {
            extensions[i] = "*." + FORMATS.get(i).extension();
            names[i] = FORMATS.get(i).description() + " (*." + FORMATS.get(i).extension() + ")";
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(extensions);
        dialog.setFilterNames(names);
        dialog.setFileName(fileName(source.diagramName()) + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        ExportFormat format = ExportFormat.ofFile(file);
        if (format == null || !FORMATS.contains(format)) {
            int index = dialog.getFilterIndex();
            format = FORMATS.get(index >= 0 && index < FORMATS.size() ? index : 0);
        }
        try {
            new DiagramExporter().write(source.diagramFigure(), format, file, source.diagramName());
            return file;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, title, "Could not write " + file + ":\n" + e.getMessage());
            return null;
        }
    }

    /**
     * A file name for a diagram's name: "builtin:i386-smp-4cpu-2004 (topology)" gives "i386-smp-4cpu-2004-topology".
     */
    public static String fileName(String diagramName) {
        String s = diagramName.toLowerCase(Locale.ROOT).replaceFirst("^builtin:", "").replaceAll("[^a-z0-9._]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "diagram" : s;
    }
}
