package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.Platform;
import org.smpng.model.kernel.PlatformThreadingStatus;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.kernel.ThreadingStatusTable;
import org.smpng.model.kernel.WorkStatus;

/** The seed documents' status tables ship as model data (models/smpng-status-2004.xmi) and say what the seeds say. */
class SeedStatusModelTest {

    private static KernelModel load() throws Exception {
        URL url = KernelModels.class.getResource("/models/smpng-status-2004.xmi");
        assertNotNull(url, "models/smpng-status-2004.xmi is in the model bundle");
        Resource resource = KernelModels.newResourceSet().getResource(URI.createURI(url.toString()), true);
        return (KernelModel) resource.getContents().get(0);
    }

    private static PlatformThreadingStatus row(KernelModel model, ThreadingLibrary library, Platform platform) {
        return model.getThreadingStatus().stream().filter(t -> t.getLibrary() == library)
                .flatMap(t -> t.getRows().stream()).filter(r -> r.getPlatform() == platform).findFirst().orElseThrow();
    }

    @Test
    void loadsAndIsValid() throws Exception {
        Diagnostic diagnostic = Models.validate(load());
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> Models.messages(diagnostic));
    }

    @Test
    void holdsTheSubsystemsAndStaffingTable() throws Exception {
        List<Subsystem> subsystems = load().getSubsystems();
        assertEquals(18, subsystems.size());
        Subsystem nfsClient = subsystems.stream().filter(s -> "NFS Client".equals(s.getName())).findFirst().orElseThrow();
        assertEquals(WorkStatus.NOT_STARTED, nfsClient.getWorkStatus());
        assertEquals("2004-04-23", nfsClient.getLastUpdated());
        assertTrue(nfsClient.getStaffing().isEmpty());
        Subsystem buffers = subsystems.stream().filter(s -> "Buffer cache".equals(s.getName())).findFirst().orElseThrow();
        assertEquals(List.of("Jeff Roberson", "Poul-Henning Kamp"), buffers.getStaffing());
    }

    @Test
    void holdsTheRoadmapsKseAndThrTables() throws Exception {
        KernelModel model = load();
        assertEquals(List.of(ThreadingLibrary.KSE, ThreadingLibrary.THR),
                model.getThreadingStatus().stream().map(ThreadingStatusTable::getLibrary).toList());
        for (ThreadingStatusTable table : model.getThreadingStatus()) {
            assertEquals(5, table.getRows().size(), "one row per seed platform");
        }
        PlatformThreadingStatus kseAlpha = row(model, ThreadingLibrary.KSE, Platform.ALPHA);
        assertFalse(kseAlpha.isKernel());
        assertTrue(kseAlpha.isUserland());
        assertFalse(kseAlpha.isWorks());
        PlatformThreadingStatus thrSparc = row(model, ThreadingLibrary.THR, Platform.SPARC64);
        assertTrue(thrSparc.isKernel() && thrSparc.isUserland());
        assertFalse(thrSparc.isWorks());
        assertFalse(row(model, ThreadingLibrary.THR, Platform.AMD64).isWorks());
    }
}
