package org.smpng.io.export;

import java.io.IOException;
import java.nio.file.Path;

import org.smpng.graph.AwtTextMeasurer;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphLayout;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.kernel.KernelLockGraphs;
import org.smpng.model.kernel.KernelModel;

/**
 * A kernel model's static lock order, laid out the way the workbench's lock graph view lays it out and written in
 * an {@link ExportFormat}: what {@code ./smpng export-lock-graph} and the workbench's export wizard do for a model
 * that is not on screen.
 */
public final class KernelLockGraphExport {

    private KernelLockGraphExport() {
    }

    /** The model's lock order graph laid out in a style, with java.awt font metrics. */
    public static LockGraphGeometry layOut(KernelModel model, LockGraphStyle style) {
        LockGraph graph = KernelLockGraphs.of(model);
        return new LockGraphLayout(style).layout(graph, new AwtTextMeasurer(style));
    }

    /**
     * Lays out and writes a model's lock order in the standard style.
     *
     * @return the geometry written, for messages (sizes, counts)
     * @throws IOException as {@link LockGraphExporter#write}
     */
    public static LockGraphGeometry write(KernelModel model, ExportFormat format, Path file) throws IOException {
        LockGraphStyle style = LockGraphStyle.standard();
        LockGraphGeometry geometry = layOut(model, style);
        new LockGraphExporter(style).write(geometry, format, file);
        return geometry;
    }
}
