package org.smpng.ui.diagram;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.part.MessagePage;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The overview of the Lock Graph view: shows the {@link IContentOutlinePage} the view offers through
 * {@code getAdapter} (a thumbnail with a draggable visible area). It exists because the platform's Outline view
 * follows editors only ({@code ContentOutline.isImportant} accepts only editor parts), and the lock graph is a
 * view. Like the Outline view it is a page book: one page per Lock Graph view, the last active one shown. UI thread
 * only.
 */
public final class LockGraphOutlineView extends PageBookView {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.lockGraphOutline";

    @Override
    protected IPage createDefaultPage(PageBook book) {
        MessagePage page = new MessagePage();
        initPage(page);
        page.createControl(book);
        page.setMessage("Open the Lock Graph view to see an overview of its graph here.");
        return page;
    }

    @Override
    protected PageRec doCreatePage(IWorkbenchPart part) {
        IContentOutlinePage page = Adapters.adapt(part, IContentOutlinePage.class);
        if (page == null) {
            return null;
        }
        if (page instanceof org.eclipse.ui.part.IPageBookViewPage bookPage) {
            initPage(bookPage);
        }
        page.createControl(getPageBook());
        return new PageRec(part, page);
    }

    @Override
    protected void doDestroyPage(IWorkbenchPart part, PageRec record) {
        record.page.dispose();
        record.dispose();
    }

    @Override
    protected IWorkbenchPart getBootstrapPart() {
        IWorkbenchPage page = getSite().getPage();
        return page == null ? null : page.findView(LockGraphView.ID);
    }

    @Override
    protected boolean isImportant(IWorkbenchPart part) {
        return part instanceof LockGraphView;
    }

    /** The page shown now, for tests. */
    public IPage shownPage() {
        return getCurrentPage();
    }
}
