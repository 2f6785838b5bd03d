package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.io.export.ExportFormat;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.diagram.LockGraphViewers;
import org.smpng.ui.diagram.export.LockGraphExportPage;
import org.smpng.ui.diagram.export.LockGraphExportWizard;
import org.smpng.ui.diagram.internal.parts.LockGraphEditPartFactory;
import org.smpng.ui.diagram.internal.parts.LockGraphFilter;

/** File > Export > SMPng > Lock Graph, as registered in the workbench, and the view's own export in every format. */
class LockGraphExportWizardTest {

    private LockGraphView view;
    private WizardDialog dialog;

    @BeforeEach
    void openView() throws Exception {
        view = (LockGraphView) Workbench.page().showView(LockGraphView.ID);
        view.showModel(LockGraphView.DEFAULT_MODEL);
        Workbench.drain();
    }

    @AfterEach
    void closeDialog() {
        if (dialog != null) {
            dialog.close();
        }
    }

    /** Creates the wizard the way File > Export does: from its registry entry, then init with the selection. */
    private LockGraphExportPage openWizard() throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry()
                .findWizard(LockGraphExportWizard.ID);
        assertTrue(descriptor != null, "the export wizard is registered");
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        return ((LockGraphExportWizard) wizard).page();
    }

    @Test
    void exportsTheViewAsShownAsPdf(@TempDir Path folder) throws Exception {
        LockGraphExportPage page = openWizard();
        Path pdf = folder.resolve("shown.pdf");
        page.fill(null, ExportFormat.PDF, pdf);
        assertTrue(page.isPageComplete());
        assertTrue(dialog.getCurrentPage().getWizard().performFinish());
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void theWizardsAsShownExportsOnlyWhatTheViewsFilterLetsThrough(@TempDir Path folder) throws Exception {
        view.setFilter(LockGraphFilter.NONE.withClass("spin mutex", false));
        try {
            Workbench.drain();
            int shown = LockGraphEditPartFactory.diagram(view.viewer()).shownLockTypes().size();
            assertTrue(shown > 0 && shown < 75, shown + " of 75 are not spin mutexes");
            LockGraphExportPage page = openWizard();
            Path graphml = folder.resolve("filtered.graphml");
            page.fill(null, ExportFormat.GRAPHML, graphml);
            assertTrue(dialog.getCurrentPage().getWizard().performFinish());
            String xml = Files.readString(graphml);
            assertEquals(shown, Pattern.compile("<node ").matcher(xml).results().count());
            assertFalse(xml.contains("sched lock"), "a spin mutex was exported");
        } finally {
            view.setFilter(LockGraphFilter.NONE);
        }
    }

    @Test
    void exportsABuiltinModelThatIsNotShownAsGraphml(@TempDir Path folder) throws Exception {
        LockGraphExportPage page = openWizard();
        Path graphml = folder.resolve("5.0.graphml");
        page.fill("builtin:freebsd-5.0", ExportFormat.GRAPHML, graphml);
        assertTrue(dialog.getCurrentPage().getWizard().performFinish());
        String xml = Files.readString(graphml);
        assertEquals(33, Pattern.compile("<node ").matcher(xml).results().count(), "5.0's 33 lock types");
    }

    @Test
    void aMissingFolderKeepsFinishDisabledAndSaysWhy(@TempDir Path folder) throws Exception {
        LockGraphExportPage page = openWizard();
        page.fill(null, ExportFormat.PNG, folder.resolve("nowhere").resolve("x.png"));
        assertFalse(page.isPageComplete());
        assertTrue(page.getErrorMessage().startsWith("The folder ") && page.getErrorMessage().endsWith(
                "nowhere does not exist."), page.getErrorMessage());
        page.fill(null, ExportFormat.PNG, folder.resolve("x.png"));
        assertTrue(page.isPageComplete());
        assertNull(page.getErrorMessage());
    }

    @Test
    void theViewExportsWhatItShowsInEveryFormat(@TempDir Path folder) throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            Path file = folder.resolve("shown." + f.extension());
            LockGraphViewers.write(view.viewer(), f, file);
            assertTrue(Files.size(file) > 2_000, f + " suspiciously small");
        }
        String dot = Files.readString(folder.resolve("shown.dot"));
        assertEquals(75, Pattern.compile("(?m)^\\s*n\\d+ \\[").matcher(dot).results().count(), "75 lock types");
    }
}
