package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.Snapshots.ThreadSnapshot;
import org.smpng.sim.analysis.BlockedByChains;
import org.smpng.sim.analysis.BlockedByChains.Chain;
import org.smpng.sim.analysis.BlockedByChains.Link;
import org.smpng.sim.analysis.BlockedByChains.Wait;

/**
 * Who waits for whom in the live run: one entry per {@link BlockedByChains chain}, thread → lock → owner → lock → …,
 * each lock with the priority lent through it and each thread with its priority (and base priority when it runs on
 * a lent one). Selecting a thread or lock selects it in the other views and in Properties. The tree is rebuilt
 * only when the chains change. UI thread only.
 */
public final class BlockedByView extends ViewPart implements LiveSession.Listener, ISelectionListener {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.blockedByView";

    /** A chain: its position and one-line summary. */
    public record ChainNode(int index, String summary, List<Row> rows) {
    }

    /** One link of a chain: a thread or the lock it waits for, with what the row says. */
    public record Row(LiveElement element, String text, boolean lent) implements IAdaptable {
        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return element.getAdapter(adapter);
        }
    }

    private TreeViewer viewer;
    private String shownSignature = "";
    private List<ChainNode> chains = List.of();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof ChainNode c ? c.rows().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof ChainNode;
            }
        });
        Color lentColor = new Color(0x9a, 0x5b, 0x00);
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ChainNode c ? c.summary() : ((Row) element).text();
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof Row r && r.lent() ? lentColor : null;
            }
        });
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        viewer.setInput(chains);
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addSelectionListener(this);
        LiveSession session = LiveSession.get();
        session.addListener(this);
        setContentDescription("Threads blocked on locks appear here while a run goes.");
        if (session.snapshot() != null) {
            snapshot(session.snapshot());
        }
    }

    @Override
    public void snapshot(EngineSnapshot s) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Chain> computed = BlockedByChains.of(s);
        String time = String.format("%.3f ms", s.timeNs() / 1e6);
        setContentDescription(computed.isEmpty() ? "No thread waits for a lock at " + time
                : computed.size() + (computed.size() == 1 ? " chain" : " chains") + " at " + time
                        + " (yellow: running on a lent priority)");
        String signature = computed.toString();
        if (signature.equals(shownSignature)) {
            return;
        }
        shownSignature = signature;
        List<ChainNode> nodes = new ArrayList<>();
        for (int i = 0; i < computed.size(); i++) {
            nodes.add(node(i, computed.get(i)));
        }
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        chains = nodes;
        viewer.getControl().setRedraw(false);
        try {
            viewer.setInput(chains);
            if (selected instanceof Row row) {
                rowsOf(List.of(row.element())).stream().findFirst()
                        .ifPresent(r -> viewer.setSelection(new StructuredSelection(r)));
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    private static ChainNode node(int index, Chain chain) {
        List<Row> rows = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (Link link : chain.links()) {
            ThreadSnapshot t = link.thread();
            String priority = "pri " + t.priority() + (link.lentPriority() ? ", base " + t.basePriority() : "");
            String where = link.waitsFor() == null ? (t.cpu() >= 0 ? "running on CPU " + t.cpu() : t.state()) : "";
            rows.add(new Row(new LiveElement.ThreadElement(t.name()),
                    t.name() + "  (" + priority + ")" + (where.isEmpty() ? "" : "  " + where), link.lentPriority()));
            summary.append(t.name());
            if (link.waitsFor() != null) {
                LockSnapshot l = link.waitsFor();
                String lent = l.lentPriority() == LockSnapshot.NONE ? "" : ", lends " + l.lentPriority();
                String holder = l.owner() != null ? "owned by " + l.owner()
                        : l.sharers().isEmpty() ? "free" : "shared by " + String.join(", ", l.sharers());
                rows.add(new Row(new LiveElement.LockElement(l.name()), "    "
                        + (link.how() == Wait.SPINNING ? "spins on " : "blocked on ") + l.name() + "  (" + l.lockClass()
                        + ", " + holder + lent + ")", false));
                summary.append(" \u2192 ").append(l.name()).append(" \u2192 ");
            }
        }
        if (chain.cycle()) {
            summary.append(" (deadlock)");
        }
        return new ChainNode(index, (index + 1) + ". " + summary, List.copyOf(rows));
    }

    private List<Row> rowsOf(List<LiveElement> elements) {
        List<Row> rows = new ArrayList<>();
        for (ChainNode c : chains) {
            for (Row r : c.rows()) {
                if (elements.contains(r.element())) {
                    rows.add(r);
                }
            }
        }
        return rows;
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection incoming) {
        if (part == this || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        LiveFocus focus = LiveFocus.of(incoming, LiveSession.get().snapshot());
        if (focus.isEmpty()) {
            return;
        }
        List<LiveElement> wanted = new ArrayList<>();
        focus.threads().forEach(t -> wanted.add(new LiveElement.ThreadElement(t)));
        focus.locks().forEach(l -> wanted.add(new LiveElement.LockElement(l)));
        viewer.setSelection(new StructuredSelection(rowsOf(wanted)), true);
    }

    /** The chains shown, for tests. */
    public List<ChainNode> shownChains() {
        return chains;
    }

    /** The tree viewer, for tests. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        LiveSession.get().removeListener(this);
        getSite().getPage().removeSelectionListener(this);
        super.dispose();
    }
}
