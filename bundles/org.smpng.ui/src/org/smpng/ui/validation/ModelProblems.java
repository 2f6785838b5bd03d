package org.smpng.ui.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.smpng.ui.properties.EObjectPropertySource;

/**
 * Validation of models as problem markers in the Problems view.
 * <p>
 * The Problems view shows markers of workspace resources, but kernel models are ordinary files anywhere on disk.
 * Each model file therefore gets a linked file in the hidden-in-plain-sight project {@value #PROJECT} the first time
 * it is validated (the link points to the file; nothing is copied). Each marker carries the URI fragments of the
 * model objects it concerns, so an editor can select them when the user opens the marker. Built-in models have no
 * file; their markers sit on the project itself. UI thread only.
 */
public final class ModelProblems {

    /** The marker type of model problems, a kind of problem marker. */
    public static final String MARKER_TYPE = "org.smpng.ui.problem";

    /** Marker attribute: the URI fragments, space-separated, of the objects a problem concerns. */
    public static final String URI_FRAGMENTS = "uriFragments";

    /** The workspace project that holds links to the model files that were validated. */
    public static final String PROJECT = "SMPng Models";

    private ModelProblems() {
    }

    /**
     * Returns the workspace file standing for the model file at {@code path}, linking it into {@link #PROJECT} on
     * first use; a second file with the same name gets a numbered name.
     */
    public static IFile fileFor(Path path) throws CoreException {
        Path absolute = path.toAbsolutePath().normalize();
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (IFile existing : root.findFilesForLocationURI(absolute.toUri())) {
            if (existing.exists()) {
                return existing;
            }
        }
        IProject project = project();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        IFile file = project.getFile(name);
        for (int n = 2; file.exists(); n++) {
            file = project.getFile(stem + " (" + n + ")" + extension);
        }
        file.createLink(IPath.fromOSString(absolute.toString()), IResource.ALLOW_MISSING_LOCAL, null);
        return file;
    }

    /** Returns the project holding model links and built-in model problems, creating and opening it if needed. */
    public static IProject project() throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        return project;
    }

    /**
     * Validates {@code root} with its package's validator and replaces the model problems on {@code resource} with
     * what it finds. {@code location} names the model in each marker (e.g. {@code builtin:freebsd-5x}).
     *
     * @return the diagnostic, for callers that report a summary
     */
    public static Diagnostic validate(EObject root, IResource resource, String location) throws CoreException {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(root);
        resource.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
        for (Diagnostic problem : diagnostic.getChildren()) {
            if (problem.getSeverity() < Diagnostic.INFO) {
                continue;
            }
            IMarker marker = resource.createMarker(MARKER_TYPE);
            marker.setAttribute(IMarker.MESSAGE, problem.getMessage());
            marker.setAttribute(IMarker.SEVERITY, severity(problem));
            List<String> fragments = fragments(problem);
            marker.setAttribute(URI_FRAGMENTS, String.join(" ", fragments));
            marker.setAttribute(IMarker.LOCATION, location + " \u2014 " + subject(problem));
        }
        return diagnostic;
    }

    /** Returns the markers of model problems now on {@code resource}. */
    public static IMarker[] markers(IResource resource) throws CoreException {
        return resource.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
    }

    /** Returns the objects a marker concerns, resolved in {@code resource}; unknown fragments are skipped. */
    public static List<EObject> objectsOf(IMarker marker, Resource resource) {
        List<EObject> objects = new ArrayList<>();
        String fragments = marker.getAttribute(URI_FRAGMENTS, "");
        for (String fragment : fragments.split(" ")) {
            EObject object = fragment.isEmpty() ? null : resource.getEObject(fragment);
            if (object != null) {
                objects.add(object);
            }
        }
        return objects;
    }

    /** Returns a one-line summary such as "2 errors, 1 warning" or "no problems". */
    public static String summary(Diagnostic diagnostic) {
        int errors = 0;
        int warnings = 0;
        for (Diagnostic problem : diagnostic.getChildren()) {
            if (problem.getSeverity() >= Diagnostic.ERROR) {
                errors++;
            } else if (problem.getSeverity() == Diagnostic.WARNING) {
                warnings++;
            }
        }
        if (errors == 0 && warnings == 0) {
            return "no problems";
        }
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    private static int severity(Diagnostic problem) {
        if (problem.getSeverity() >= Diagnostic.ERROR) {
            return IMarker.SEVERITY_ERROR;
        }
        return problem.getSeverity() == Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
    }

    private static List<String> fragments(Diagnostic problem) {
        List<String> fragments = new ArrayList<>();
        for (Object data : problem.getData()) {
            if (data instanceof EObject object && object.eResource() != null) {
                fragments.add(object.eResource().getURIFragment(object));
            }
        }
        return fragments;
    }

    private static String subject(Diagnostic problem) {
        for (Object data : problem.getData()) {
            if (data instanceof EObject object) {
                return object.eClass().getName() + " " + EObjectPropertySource.labelOf(object);
            }
        }
        return "model";
    }
}
