package org.smpng.ui.internal.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * A check that a packaged product really starts: with {@code -Dsmpng.smoketest=FILE} the workbench opens as
 * usual, writes what it shows (window title, perspective, each view's id, title and description) to FILE once the
 * UI is idle, and exits. The product's integration tests use it; packagers can too.
 */
final class SmokeTest {

    /** The system property naming the report file. */
    static final String PROPERTY = "smpng.smoketest";

    private SmokeTest() {
    }

    /** Schedules the report for when the event queue is idle, then closes the workbench. UI thread only. */
    static void reportAndClose(IWorkbench workbench, Path report) {
        workbench.getDisplay().timerExec(1500, () -> reportWhenJobsDone(workbench, report, 100));
    }

    /**
     * Waits, polling every 200 ms and never blocking the UI thread, until no job runs (views load their content in
     * jobs: the Simulation view loads its scenario, and the lock graph then shows its kernel), at most 20 s; then lets
     * the UI handle what the jobs posted, reports and closes.
     */
    private static void reportWhenJobsDone(IWorkbench workbench, Path report, int attemptsLeft) {
        if (!Job.getJobManager().isIdle() && attemptsLeft > 0) {
            workbench.getDisplay().timerExec(200, () -> reportWhenJobsDone(workbench, report, attemptsLeft - 1));
            return;
        }
        workbench.getDisplay().asyncExec(() -> {
            try {
                Files.write(report, describe(workbench), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("smpng: cannot write smoke test report " + report + ": " + e.getMessage());
            }
            workbench.close();
        });
    }

    private static List<String> describe(IWorkbench workbench) {
        List<String> lines = new ArrayList<>();
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            lines.add("window\t" + window.getShell().getText());
            IWorkbenchPage page = window.getActivePage();
            if (page == null) {
                continue;
            }
            lines.add("perspective\t" + page.getPerspective().getId());
            for (IViewReference reference : page.getViewReferences()) {
                IWorkbenchPart part = reference.getPart(true);
                String description = reference.getContentDescription();
                String name = part instanceof IWorkbenchPart2 named ? named.getPartName() : reference.getPartName();
                lines.add("view\t" + reference.getId() + "\t" + name + "\t"
                        + (part == null ? "(not created)" : part.getClass().getName()) + "\t"
                        + (description == null ? "" : description));
            }
        }
        return lines;
    }
}
