package org.smpng.ui.internal.app;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens every new window on the SMPng perspective and lets the workbench remember the user's layout. */
final class SmpngWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return SmpngPerspective.ID;
    }

    @Override
    public void postStartup() {
        String report = System.getProperty(SmokeTest.PROPERTY);
        if (report != null) {
            SmokeTest.reportAndClose(getWorkbenchConfigurer().getWorkbench(), java.nio.file.Path.of(report));
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new SmpngWindowAdvisor(configurer);
    }
}
