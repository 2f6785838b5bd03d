package org.smpng.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.smpng.ui.diagram.internal.figures.LockTypeFigure;
import org.smpng.ui.diagram.internal.parts.LockGraphDiagram;
import org.smpng.ui.diagram.internal.parts.LockGraphEditPartFactory;

/**
 * The lock graph view's find bar (Ctrl+F): matches lock type names shown in the graph (case-insensitive
 * substrings), rings every match in yellow, and selects and reveals one; Enter goes to the next match, Shift+Enter
 * to the previous, Escape closes the bar. The status says "2 of 5", or "No lock type matches" in red. Hidden lock
 * types (filtered out) are not searched: the graph can only reveal what it shows. UI thread only.
 */
public final class LockGraphFindBar {

    private final GraphicalViewer viewer;
    private final Composite bar;
    private final Text text;
    private final Label status;
    private List<String> matches = List.of();
    private int current = -1;

    /** Creates the bar, hidden, at the top of {@code parent} (a one-column grid). */
    LockGraphFindBar(Composite parent, GraphicalViewer viewer) {
        this.viewer = viewer;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        Label label = new Label(bar, SWT.NONE);
        label.setText("Find lock type:");
        text = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        text.setMessage("name or part of it; Enter: next, Shift+Enter: previous");
        text.setLayoutData(new GridData(260, SWT.DEFAULT));
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(event -> search(text.getText()));
        text.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ESC) {
                close();
            } else if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
                // Enter here rather than in DefaultSelection, which some platforms do not send for Shift+Enter.
                next((event.stateMask & SWT.SHIFT) == 0);
                event.doit = false;
            }
        });
        setVisible(false);
    }

    /** Shows the bar and puts the cursor in it, with the last search selected. */
    public void open() {
        setVisible(true);
        text.setFocus();
        text.selectAll();
    }

    /** Hides the bar and removes the rings; the selection stays. */
    public void close() {
        setVisible(false);
        mark(List.of());
        viewer.getControl().setFocus();
    }

    private void setVisible(boolean visible) {
        ((GridData) layoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    private Object layoutData() {
        if (!(bar.getLayoutData() instanceof GridData)) {
            bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        return bar.getLayoutData();
    }

    /** Whether the bar is showing. */
    public boolean isOpen() {
        return bar.isVisible();
    }

    /** Searches for {@code query}, rings the matches and goes to the first. */
    public void search(String query) {
        if (!text.getText().equals(query)) {
            text.setText(query); // calls back here through the modify listener
            return;
        }
        LockGraphDiagram diagram = LockGraphEditPartFactory.diagram(viewer);
        List<String> found = new ArrayList<>();
        String needle = query.strip().toLowerCase(Locale.ROOT);
        if (diagram != null && !needle.isEmpty()) {
            for (String name : diagram.shownLockTypes()) {
                if (name.toLowerCase(Locale.ROOT).contains(needle)) {
                    found.add(name);
                }
            }
        }
        matches = found;
        current = -1;
        mark(found);
        if (!found.isEmpty()) {
            next(true);
        } else {
            showStatus();
        }
    }

    /** Selects and reveals the next (or previous) match, wrapping around. */
    public void next(boolean forward) {
        if (matches.isEmpty()) {
            showStatus();
            return;
        }
        current = forward ? (current + 1) % matches.size() : (current - 1 + matches.size()) % matches.size();
        LockGraphDiagram diagram = LockGraphEditPartFactory.diagram(viewer);
        EditPart part = diagram == null ? null : diagram.partOf(matches.get(current));
        if (part != null) {
            viewer.setSelection(new StructuredSelection(part));
            viewer.reveal(part);
        }
        showStatus();
    }

    /** Rings the matches again after the diagram was redrawn (a filter change makes new figures). */
    void refresh() {
        if (isOpen() && !text.getText().isBlank()) {
            String selected = current >= 0 && current < matches.size() ? matches.get(current) : null;
            search(text.getText());
            if (selected != null && matches.contains(selected)) {
                current = matches.indexOf(selected) - 1;
                next(true);
            }
        }
    }

    private void mark(List<String> names) {
        LockGraphDiagram diagram = LockGraphEditPartFactory.diagram(viewer);
        if (diagram == null) {
            return;
        }
        for (String name : diagram.shownLockTypes()) {
            GraphicalEditPart part = diagram.partOf(name);
            IFigure figure = part == null ? null : part.getFigure();
            if (figure instanceof LockTypeFigure lock) {
                lock.setMatched(names.contains(name));
            }
        }
    }

    private void showStatus() {
        if (text.getText().isBlank()) {
            status.setText("");
        } else if (matches.isEmpty()) {
            status.setText("No lock type matches \u201c" + text.getText().strip() + "\u201d"
                    + (LockGraphEditPartFactory.diagram(viewer) != null
                            && LockGraphEditPartFactory.diagram(viewer).filter().isActive()
                                    ? " among those shown (a filter hides some)" : ""));
            status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_RED));
        } else {
            status.setText((current + 1) + " of " + matches.size() + ": " + matches.get(current));
            status.setForeground(null);
        }
        bar.layout(true);
    }

    /** The status line, for tests. */
    public String status() {
        return status.getText();
    }

    /** The names matching the search, for tests. */
    public List<String> matches() {
        return matches;
    }
}
