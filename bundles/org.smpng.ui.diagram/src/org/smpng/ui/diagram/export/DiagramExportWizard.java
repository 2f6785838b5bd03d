package org.smpng.ui.diagram.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.smpng.io.export.ExportFormat;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.diagram.LockGraphViewers;

/**
 * File &gt; Export &gt; SMPng &gt; Diagram: writes one of the open diagrams — every view or editor of the active
 * page that is a {@link DiagramSource} (Run Queues, the machine editors, and any later diagram view) and the Lock
 * Graph view — exactly as shown, as SVG, PNG or PDF. Diagram sources go through {@link DiagramExporter}, the
 * same code as their own Export Diagram action and {@code ./smpng export-diagram}; the Lock Graph view through its
 * own exporter ({@link LockGraphViewers#write}), whose SVG keeps each lock type a named group and which also
 * writes DOT and GraphML (its own wizard). UI thread only.
 */
public final class DiagramExportWizard extends Wizard implements IExportWizard {

    public static final String ID = "org.smpng.ui.diagram.diagramExportWizard";

    /** Writes one diagram in a picture format; {@code pngScale} applies to PNG only. */
    @FunctionalInterface
    interface Writer {
        void write(ExportFormat format, java.nio.file.Path file, double pngScale) throws java.io.IOException;
    }

    /** An open diagram: its name in the list and how it is written. */
    record Choice(String name, Writer writer) {
    }

    private final List<Choice> choices = new ArrayList<>();
    private DiagramExportPage page;

    public DiagramExportWizard() {
        setWindowTitle("Export Diagram");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage active = window == null ? null : window.getActivePage();
        if (active == null) {
            return;
        }
        // The active part first: the diagram the user looked at last is the likeliest choice.
        List<IWorkbenchPart> parts = new ArrayList<>();
        if (active.getActivePart() != null) {
            parts.add(active.getActivePart());
        }
        for (IEditorReference ref : active.getEditorReferences()) {
            add(parts, ref.getPart(false));
        }
        for (IViewReference ref : active.getViewReferences()) {
            add(parts, ref.getPart(false));
        }
        for (IWorkbenchPart part : parts) {
            Choice c = choice(part);
            if (c != null) {
                choices.add(c);
            }
        }
    }

    private static void add(List<IWorkbenchPart> parts, IWorkbenchPart part) {
        if (part != null && !parts.contains(part)) {
            parts.add(part);
        }
    }

    /** The choice a part offers, or null if it shows no diagram. */
    private static Choice choice(IWorkbenchPart part) {
        if (part instanceof LockGraphView view) {
            return view.shownSpec() == null ? null : new Choice("Lock Graph: " + view.shownSpec(),
                    (format, file, scale) -> LockGraphViewers.write(view.viewer(), format, file));
        }
        DiagramSource source = part instanceof DiagramSource s ? s : part.getAdapter(DiagramSource.class);
        if (source == null) {
            return null;
        }
        return new Choice(source.diagramName(), (format, file, scale) -> {
            if (source.diagramFigure() == null) {
                throw new java.io.IOException(source.diagramName() + " shows no diagram");
            }
            new DiagramExporter(DiagramExporter.DEFAULT_MARGIN, scale).write(source.diagramFigure(), format, file,
                    source.diagramName());
        });
    }

    @Override
    public void addPages() {
        page = new DiagramExportPage(choices);
        addPage(page);
    }

    /** The wizard's one page, for tests that fill it in. */
    public DiagramExportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        return page.export();
    }
}
