package org.smpng.model.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's model code generator outside Eclipse, as the genmodel editor's "Generate Model Code" would.
 *
 * <p>For each genmodel listed in {@link #GENMODELS} it loads the genmodel, reconciles it with its {@code .ecore}
 * (adding generator entries for new classes and features, dropping stale ones), writes the reconciled genmodel
 * back if it changed, and generates the model code into the genmodel's {@code modelDirectory}. Existing Java
 * files are merged, so members marked {@code @generated NOT} keep their hand-written bodies.
 *
 * <p>It then generates the EMF.Edit code (item providers, item provider adapter factories, the edit plug-in class,
 * the item icons, {@code plugin.xml} and {@code plugin.properties}) into the genmodel's {@code editDirectory}.
 *
 * <p>The model bundle's {@code plugin.xml}, {@code plugin.properties}, {@code build.properties} and both bundles'
 * {@code META-INF/MANIFEST.MF} and {@code build.properties} are written by hand in this repository, so the
 * generator adapter here skips them. The edit bundle's {@code plugin.xml} only lists the generated item provider
 * adapter factories, so it is generated.
 *
 * <p>Usage: {@code GenerateModelCode [repository root]}; the root defaults to {@code ../..}, which is the
 * repository root when run from this module's directory.
 */
public final class GenerateModelCode {

    /** The bundles whose genmodels this tool generates, as (bundle directory name, genmodel path in bundle). */
    private static final List<String[]> GENMODELS = List.<String[]>of(
            new String[] { "org.smpng.model", "model/kernel.genmodel" });

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        Path repositoryRoot = Path.of(args.length > 0 ? args[0] : "../..").toAbsolutePath().normalize();
        if (!Files.isDirectory(repositoryRoot.resolve("bundles"))) {
            throw new IllegalArgumentException("not a repository root (no bundles/ directory): " + repositoryRoot);
        }
        for (String[] genmodel : GENMODELS) {
            generate(repositoryRoot.resolve("bundles").resolve(genmodel[0]), genmodel[0], genmodel[1]);
        }
    }

    private static void generate(Path bundleDirectory, String bundleName, String genModelPath) throws IOException {
        ResourceSet resourceSet = createResourceSet();
        // Workspace paths in the genmodel (modelDirectory "/org.smpng.model/src-gen", the .ecore reference)
        // are platform:/resource URIs; map the bundle's project onto its directory in this repository.
        resourceSet.getURIConverter().getURIMap().put(
                URI.createPlatformResourceURI("/" + bundleName + "/", false),
                URI.createFileURI(bundleDirectory.toString() + "/"));
        // The edit code goes to the sibling bundle named by the genmodel's editDirectory (org.smpng.model.edit).
        String editBundleName = bundleName + ".edit";
        resourceSet.getURIConverter().getURIMap().put(
                URI.createPlatformResourceURI("/" + editBundleName + "/", false),
                URI.createFileURI(bundleDirectory.resolveSibling(editBundleName).toString() + "/"));

        URI genModelUri = URI.createPlatformResourceURI("/" + bundleName + "/" + genModelPath, false);
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        EcoreUtil.resolveAll(resourceSet);
        failOnResourceErrors(resourceSet);

        // reconcile() removes generator entries whose Ecore element is gone and adds entries for new ones,
        // exactly as opening the genmodel in Eclipse does.
        if (!genModel.reconcile()) {
            throw new IllegalStateException(genModelUri + ": reconcile failed; is the .ecore reference broken?");
        }
        saveIfChanged(genModelResource, bundleDirectory.resolve(genModelPath));

        Diagnostic diagnostic = genModel.diagnose();
        failOnError(genModelUri + ": genmodel is not valid", diagnostic);

        // The generated edit plug-in would delegate to EcoreEditPlugin for the labels of Ecore's own classes, which
        // needs org.eclipse.emf.ecore.edit; that bundle is not in the target platform and no SMPng class shows an
        // Ecore class, so the used Ecore genmodel is told, in memory only, that it has no edit support.
        for (GenPackage used : genModel.getUsedGenPackages()) {
            used.getGenModel().setEditDirectory(null);
        }
        genModel.setCanGenerate(true);
        GeneratorAdapterFactory.Descriptor.Registry registry =
                new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
        registry.addDescriptor(GenModelPackage.eNS_URI, JavaOnlyGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator(registry);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        failOnError(genModelUri + ": code generation failed", result);
        System.out.println("Generated model code for " + genModelUri + " into "
                + bundleDirectory.resolve(genModel.getModelDirectory().replaceFirst("^/" + bundleName + "/?", "")));
        // The EMF.Edit item providers, their adapter factories, the edit plug-in class, plugin.xml,
        // plugin.properties and the item icons, into the edit bundle.
        result = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor());
        failOnError(genModelUri + ": edit code generation failed", result);
        System.out.println("Generated edit code for " + genModelUri + " into " + genModel.getEditDirectory());
    }

    private static ResourceSet createResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        // A genmodel that uses Ecore's data types (EString, EBoolean) refers to Ecore's own genmodel as
        // platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel; outside Eclipse, find it in the ecore jar.
        java.net.URL ecoreGenModel = EcorePackage.class.getResource("/model/Ecore.genmodel");
        if (ecoreGenModel == null) {
            throw new IllegalStateException("model/Ecore.genmodel not found in the org.eclipse.emf.ecore jar");
        }
        String ecoreGenModelUri = ecoreGenModel.toExternalForm();
        String ecoreBundleRoot = ecoreGenModelUri.substring(0,
                ecoreGenModelUri.length() - "model/Ecore.genmodel".length());
        resourceSet.getURIConverter().getURIMap().put(
                URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false), URI.createURI(ecoreBundleRoot));
        return resourceSet;
    }

    /**
     * Writes the reconciled genmodel back only if its serialization differs, so an unchanged genmodel keeps its
     * timestamp and a changed one shows up in {@code git diff} for review.
     */
    private static void saveIfChanged(Resource genModelResource, Path file) throws IOException {
        Map<Object, Object> options = Map.of(
                XMLResource.OPTION_ENCODING, "UTF-8",
                XMLResource.OPTION_LINE_WIDTH, 80,
                Resource.OPTION_LINE_DELIMITER, "\n");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        genModelResource.save(buffer, options);
        byte[] reconciled = buffer.toByteArray();
        if (!Arrays.equals(reconciled, Files.readAllBytes(file))) {
            Files.write(file, reconciled);
            System.out.println("Updated " + file + " to match its .ecore");
        }
    }

    private static void failOnResourceErrors(ResourceSet resourceSet) {
        for (Resource resource : resourceSet.getResources()) {
            if (!resource.getErrors().isEmpty()) {
                throw new IllegalStateException(resource.getURI() + ": " + resource.getErrors());
            }
        }
    }

    private static void failOnError(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException(what + ":\n" + format(diagnostic, ""));
        }
        if (diagnostic.getSeverity() == Diagnostic.WARNING) {
            System.err.println(what.replaceFirst(":.*", "") + ": warnings:\n" + format(diagnostic, ""));
        }
    }

    private static String format(Diagnostic diagnostic, String indent) {
        StringBuilder text = new StringBuilder(indent).append(diagnostic.getMessage()).append('\n');
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append(format(child, indent + "  "));
        }
        return text.toString();
    }

    /**
     * EMF's model and edit generator minus the bundle metadata files this repository keeps by hand: the manifests
     * and build.properties are owned by the Tycho build, and the model's plugin.xml is merged with other
     * registrations.
     */
    static final class JavaOnlyGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory {

        static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = JavaOnlyGeneratorAdapterFactory::new;

        @Override
        public org.eclipse.emf.common.notify.Adapter createGenModelAdapter() {
            if (genModelGeneratorAdapter == null) {
                genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                    @Override
                    protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
                        monitor.worked(1);
                    }

                    @Override
                    protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
                        monitor.worked(1);
                    }

                    @Override
                    protected void generateModelManifest(GenModel genModel, Monitor monitor) {
                        monitor.worked(2);
                    }

                    @Override
                    protected void generateEditBuildProperties(GenModel genModel, Monitor monitor) {
                        monitor.worked(1);
                    }

                    /** Writes the edit bundle's plugin.xml, but not its manifest, which Tycho's build owns. */
                    @Override
                    protected void generateEditManifest(GenModel genModel, Monitor monitor) {
                        generateText(genModel.getEditProjectDirectory() + "/plugin.xml",
                                getJETEmitter(getJETEmitterDescriptors(), EDIT_PLUGIN_XML_ID), null, true,
                                MANIFEST_ENCODING, createMonitor(monitor, 1));
                        monitor.worked(1);
                    }
                };
            }
            return genModelGeneratorAdapter;
        }
    }
}
