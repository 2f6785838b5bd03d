package org.smpng.model.builtin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.smpng.model.builtin.BuiltinModel.Kind;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachinePackage;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.ScenarioPackage;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadPackage;
import org.xml.sax.SAXParseException;

/**
 * The one way to load and save a kernel model, built-in or from a file, and to load machines, workloads and
 * scenarios the same way ({@link #load(String, Class)}).
 * <p>
 * A model is named by a spec: {@code builtin:<id>} for a shipped model, anything else is a path to an XMI file.
 * Loading never modifies the source; a built-in model is read from the bundle and is the caller's own copy.
 * Saving writes a temporary file next to the target and moves it into place, so a failed save never destroys the
 * previous file. Thread-safe: every call uses a fresh resource set.
 */
public final class KernelModels {

    /** The file extension of kernel models. */
    public static final String FILE_EXTENSION = "xmi";

    private static final Map<Object, Object> SAVE_OPTIONS = Map.of(
            XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_LINE_WIDTH, 120,
            XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

    /**
     * How model files are parsed: no DOCTYPE at all, so neither external entities (which could read other files or
     * reach the network) nor entity expansion bombs can be used against the workbench; kernel models never need one.
     */
    private static final Map<Object, Object> LOAD_OPTIONS = Map.of(
            XMLResource.OPTION_PARSER_FEATURES, Map.of(
                    "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
                    "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                    "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE),
            XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);

    /** The largest model file accepted; the biggest real model is a few hundred KiB. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private KernelModels() {
    }
    /**
     * Loads the kernel model named by {@code spec}: {@code builtin:<id>} or a path to an XMI file.
     *
     * @throws ModelLoadException with a message naming the spec and what is wrong with it
     */
    public static KernelModel load(String spec) throws ModelLoadException {
        return load(spec, KernelModel.class);
    }

    /**
     * Loads the model of the given root class ({@code KernelModel}, {@code Machine}, {@code Workload} or
     * {@code Scenario}) named by {@code spec}: {@code builtin:<id>} or a path to an XMI file.
     * <p>
     * Models refer to each other with XMI references between files (a machine's handlers to a kernel's code paths, a
     * scenario to its kernel); the files referred to are loaded into the same resource set, with the same parser
     * settings, and every reference must resolve. The size limit applies to the file named by {@code spec}.
     *
     * @throws ModelLoadException with a message naming the spec and what is wrong with it
     */
    public static <T extends EObject> T load(String spec, Class<T> type) throws ModelLoadException {
        String kind = kindWord(type);
        if (spec == null || spec.isBlank()) {
            throw new ModelLoadException("no model given; name one as builtin:<id> (" + builtinIds(type)
                    + ") or a .xmi file");
        }
        if (spec.startsWith(BuiltinModels.SCHEME)) {
            String id = spec.substring(BuiltinModels.SCHEME.length());
            BuiltinModel builtin = BuiltinModels.find(id).orElseThrow(() -> new ModelLoadException(
                    "there is no built-in model '" + id + "'; the built-in " + kind + "s are " + builtinIds(type)));
            Kind wanted = kindOf(type);
            if (wanted != null && builtin.kind() != wanted) {
                throw new ModelLoadException(spec + " is a " + builtin.kind().word() + ", not a " + kind
                        + "; the built-in " + kind + "s are " + builtinIds(type));
            }
            return load(URI.createURI(builtin.modelUrl().toString()), spec, type);
        }
        Path path = Path.of(spec);
        if (!Files.exists(path)) {
            throw new ModelLoadException("model file " + path.toAbsolutePath() + " does not exist");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ModelLoadException("model file " + path.toAbsolutePath() + " is not a readable file");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new ModelLoadException("model file " + path.toAbsolutePath() + " is " + size / (1024 * 1024)
                        + " MiB; " + kind + "s larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB are refused");
            }
        } catch (IOException e) {
            throw new ModelLoadException("cannot read model file " + path.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return load(URI.createFileURI(path.toAbsolutePath().toString()), spec, type);
    }

    /**
     * Loads the model file named by {@code spec} ({@code builtin:<id>} or a path), whatever kind of model its root
     * is, and returns its resource (in a resource set of its own, with the files it refers to).
     *
     * @throws ModelLoadException with a message naming the spec and what is wrong with it
     */
    public static Resource loadResource(String spec) throws ModelLoadException {
        return load(spec, EObject.class).eResource();
    }

    /**
     * Returns a resource set that reads and writes kernel models, machines, workloads and scenarios as XMI, whatever
     * the file extension.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(KernelPackage.eNS_URI, KernelPackage.eINSTANCE);
        // Scenarios refer to machines and workloads, possibly in other files; register their packages too, so
        // that such files load standalone (outside OSGi there is no generated_package extension registry).
        resourceSet.getPackageRegistry().put(MachinePackage.eNS_URI, MachinePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(WorkloadPackage.eNS_URI, WorkloadPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(ScenarioPackage.eNS_URI, ScenarioPackage.eINSTANCE);
        // A user's file refers to a built-in model as builtin:<id> (see save); the map finds where this
        // installation keeps it, whether that is a bundle, a jar or a folder.
        for (BuiltinModel builtin : BuiltinModels.all()) {
            resourceSet.getURIConverter().getURIMap().put(URI.createURI(builtin.spec()),
                    URI.createURI(builtin.modelUrl().toString()));
        }
        return resourceSet;
    }

    private static <T extends EObject> T load(URI uri, String spec, Class<T> type) throws ModelLoadException {
        String kind = kindWord(type);
        ResourceSet resourceSet = newResourceSet();
        // Files that this one refers to are loaded on demand with the same protections.
        resourceSet.getLoadOptions().putAll(LOAD_OPTIONS);
        Resource resource = resourceSet.createResource(uri);
        try (InputStream in = resourceSet.getURIConverter().createInputStream(uri)) {
            resource.load(in, LOAD_OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException(spec + " is not a readable " + kind + ": " + describe(e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic error = resource.getErrors().get(0);
            throw new ModelLoadException(spec + " is not a valid " + kind + ": line " + error.getLine() + ", column "
                    + error.getColumn() + ": " + error.getMessage());
        }
        List<EObject> contents = resource.getContents();
        if (contents.isEmpty()) {
            throw new ModelLoadException(spec + " is empty; a " + kind + " file holds one " + type.getSimpleName());
        }
        if (!type.isInstance(contents.get(0))) {
            throw new ModelLoadException(spec + " holds a " + contents.get(0).eClass().getName()
                    + ", not a " + type.getSimpleName());
        }
        resolveReferences(resourceSet, spec);
        return type.cast(contents.get(0));
    }

    /** Loads every file the model refers to and fails, naming the first one, if a reference does not resolve. */
    private static void resolveReferences(ResourceSet resourceSet, String spec) throws ModelLoadException {
        try {
            EcoreUtil.resolveAll(resourceSet);
        } catch (RuntimeException e) {
            throw new ModelLoadException(spec + " refers to a model that cannot be read: " + describe(e), e);
        }
        for (Resource loaded : resourceSet.getResources()) {
            if (!loaded.getErrors().isEmpty()) {
                Resource.Diagnostic error = loaded.getErrors().get(0);
                throw new ModelLoadException(spec + " refers to " + loaded.getURI().lastSegment()
                        + ", which cannot be read: line " + error.getLine() + ", column " + error.getColumn() + ": "
                        + error.getMessage().replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", ""));
            }
        }
        Map<EObject, java.util.Collection<org.eclipse.emf.ecore.EStructuralFeature.Setting>> unresolved =
                EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
        if (!unresolved.isEmpty()) {
            EObject proxy = unresolved.keySet().iterator().next();
            throw new ModelLoadException(spec + " refers to " + ((org.eclipse.emf.ecore.InternalEObject) proxy)
                    .eProxyURI() + ", which does not exist");
        }
    }

    private static Kind kindOf(Class<?> type) {
        if (type == KernelModel.class) {
            return Kind.KERNEL;
        } else if (type == Machine.class) {
            return Kind.MACHINE;
        } else if (type == Workload.class) {
            return Kind.WORKLOAD;
        } else if (type == Scenario.class) {
            return Kind.SCENARIO;
        }
        return null;
    }

    /** Names what is loaded in messages: "kernel model" as before, "machine model", ... */
    private static String kindWord(Class<?> type) {
        Kind kind = kindOf(type);
        return kind == null ? "model" : kind.word() + " model";
    }

    private static String builtinIds(Class<?> type) {
        Kind kind = kindOf(type);
        return kind == null ? BuiltinModels.all().stream().map(BuiltinModel::spec)
                .collect(java.util.stream.Collectors.joining(", ")) : BuiltinModels.ids(kind);
    }

    /**
     * Returns the model as XMI bytes. The output depends only on the model's content, so a model regenerated from
     * the same data is byte-for-byte the file in the repository.
     */
    public static byte[] toXmi(EObject model) throws IOException {
        EObject copy = EcoreUtil.copy(model);
        Resource resource = newResourceSet().createResource(URI.createURI("memory:/model.xmi"));
        resource.getContents().add(copy);
        return toXmi(resource);
    }

    /**
     * Returns a resource as XMI bytes, written as {@link #toXmi(EObject)} writes a model. References to
     * objects in other resources become hrefs relative to the resource's URI, so a model loaded from a file and
     * written again is byte-for-byte the file. The resource is not modified.
     */
    public static byte[] toXmi(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, SAVE_OPTIONS);
        return out.toByteArray();
    }

    /**
     * Saves the model to {@code path} as XMI. The model itself is not moved into another resource.
     *
     * @throws IOException naming the path if it cannot be written; the previous file, if any, is left intact
     */
    public static void save(EObject model, Path path) throws IOException {
        Path target = path.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("cannot save " + target + ": folder " + parent + " does not exist");
        }
        EObject copy = EcoreUtil.copy(model);
        Resource resource = newResourceSet().createResource(URI.createURI("memory:/model.xmi"));
        resource.getContents().add(copy);
        Map<Object, Object> options = new java.util.HashMap<>(SAVE_OPTIONS);
        options.put(XMLResource.OPTION_URI_HANDLER, new BuiltinReferences());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, options);
        byte[] xmi = out.toByteArray();
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, xmi);
            keepPermissions(target, temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes references into built-in models as {@code builtin:<id>#fragment} instead of where this installation
     * happens to keep them ({@code bundleresource://115.fwk.../models/freebsd-5.3.xmi}, a jar or a build folder), so
     * a saved file opens in any installation; {@link #newResourceSet()} maps the scheme back. Other references are
     * written as EMF writes them (relative to the file where possible).
     */
    private static final class BuiltinReferences extends org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl {
        @Override
        public URI deresolve(URI uri) {
            String file = uri.trimFragment().toString();
            for (BuiltinModel builtin : BuiltinModels.all()) {
                if (file.equals(builtin.modelUrl().toString())) {
                    URI stable = URI.createURI(builtin.spec());
                    return uri.hasFragment() ? stable.appendFragment(uri.fragment()) : stable;
                }
            }
            return super.deresolve(uri);
        }
    }

    /**
     * Gives the new file the permissions of the one it replaces, or the usual rw-r--r-- for a new file, instead of
     * the owner-only permissions of a temporary file.
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /** Describes why loading failed, with the line and column where the parser stopped if it says so. */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof SAXParseException || cause instanceof Resource.Diagnostic) {
                break;
            }
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
            return "line " + parse.getLineNumber() + ", column " + parse.getColumnNumber() + ": " + message;
        }
        if (cause instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
            // EMF appends "(uri, line, column)" to its messages; the position is given in front instead.
            return "line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ": "
                    + message.replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", "");
        }
        return message;
    }
}
