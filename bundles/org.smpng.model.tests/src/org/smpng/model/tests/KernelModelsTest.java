package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.kernel.KernelModel;

/** Loading and saving kernel models: the messages a user sees when it fails, and what saving leaves behind. */
class KernelModelsTest {

    @TempDir
    Path dir;

    @Test
    void missingFileIsNamedInTheMessage() {
        Path missing = dir.resolve("nothing-here.xmi");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KernelModels.load(missing.toString()));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void folderIsNotAReadableFile() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KernelModels.load(dir.toString()));
        assertTrue(e.getMessage().contains("not a readable file"), e.getMessage());
    }

    @Test
    void unknownBuiltinListsTheKnownIds() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> KernelModels.load("builtin:freebsd-4"));
        assertTrue(e.getMessage().contains("no built-in model 'freebsd-4'"), e.getMessage());
        for (var builtin : BuiltinModels.kernels()) {
            assertTrue(e.getMessage().contains(builtin.spec()), e.getMessage());
        }
    }

    @Test
    void emptyOrMissingSpecAsksForAModel() {
        for (String spec : new String[] { "", "   ", null }) {
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> KernelModels.load(spec));
            assertTrue(e.getMessage().startsWith("no model given"), e.getMessage());
            assertTrue(e.getMessage().contains("builtin:freebsd-5x"), e.getMessage());
        }
    }

    @Test
    void fileThatIsNotXmlIsNotAReadableModel() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.xmi"), "Giant\tlock_class_mtx_sleep\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KernelModels.load(file.toString()));
        assertTrue(e.getMessage().startsWith(file.toString() + " is not a readable kernel model: "), e.getMessage());
    }

    @Test
    void emptyFileIsNotAReadableModel() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.xmi"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KernelModels.load(file.toString()));
        assertTrue(e.getMessage().contains("is not a readable kernel model"), e.getMessage());
    }

    @Test
    void xmiWithoutContentIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("nothing.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KernelModels.load(file.toString()));
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void xmiOfAnotherClassNamesWhatItHolds() throws IOException {
        Path file = dir.resolve("package.xmi");
        EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
        ePackage.setName("other");
        ePackage.setNsURI("http://example.org/other");
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resource.getContents().add(ePackage);
        resource.save(Map.of());

        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KernelModels.load(file.toString()));
        assertTrue(e.getMessage().contains("holds a EPackage, not a KernelModel"), e.getMessage());
    }

    @Test
    void savedModelReloadsWithTheSameContent() throws Exception {
        KernelModel model = KernelModels.load("builtin:freebsd-head");
        Path file = dir.resolve("head.xmi");
        KernelModels.save(model, file);
        KernelModel reloaded = KernelModels.load(file.toString());
        assertArrayEquals(KernelModels.toXmi(model), KernelModels.toXmi(reloaded));
        assertEquals(model.getBlessedPairs().size(), reloaded.getBlessedPairs().size());
    }

    @Test
    void aSavedMachineRefersToItsBuiltinKernelByNameAndReloadsAnywhere() throws Exception {
        org.smpng.model.machine.Machine machine = KernelModels.load("builtin:i386-smp-4cpu-2004",
                org.smpng.model.machine.Machine.class);
        Path file = dir.resolve("my-box.xmi");
        KernelModels.save(machine, file);
        String text = Files.readString(file);
        assertTrue(text.contains("href=\"builtin:freebsd-5.3#"), "stable reference to the kernel's code paths");
        assertFalse(text.contains("bundleresource:") || text.contains("jar:") || text.contains("file:"),
                "no installation-specific location: " + text.substring(0, Math.min(600, text.length())));
        org.smpng.model.machine.Machine reloaded = KernelModels.load(file.toString(),
                org.smpng.model.machine.Machine.class);
        var handler = reloaded.getDevices().stream().flatMap(d -> d.getHandlers().stream()).findFirst().orElseThrow();
        assertFalse(handler.getCodePath().eIsProxy(), "the code path resolves through builtin:");
        assertEquals("freebsd-5.3", ((KernelModel) handler.getCodePath().eContainer()).getName());
    }

    @Test
    void savingLeavesTheModelInItsOwnResource() throws Exception {
        KernelModel model = Models.named("small").chain("a", "b").build();
        KernelModels.save(model, dir.resolve("small.xmi"));
        assertNull(model.eResource(), "save must not move the caller's model into another resource");
    }

    @Test
    void saveIntoMissingFolderFailsNamingTheFolderAndWritesNothing() throws Exception {
        Path folder = dir.resolve("no-such-folder");
        Path target = folder.resolve("model.xmi");
        KernelModel model = Models.named("small").chain("a", "b").build();
        IOException e = assertThrows(IOException.class, () -> KernelModels.save(model, target));
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        assertFalse(Files.exists(folder));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void saveOverAnExistingFileKeepsItsPermissions() throws Exception {
        Path file = Files.writeString(dir.resolve("shared.xmi"), "old", StandardCharsets.UTF_8);
        Set<PosixFilePermission> groupWritable = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(file, groupWritable);
        KernelModel model = Models.named("small").chain("a", "b").build();

        KernelModels.save(model, file);

        assertEquals(groupWritable, Files.getPosixFilePermissions(file));
        assertArrayEquals(KernelModels.toXmi(model), Files.readAllBytes(file));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void newFileIsReadableByOthers() throws Exception {
        Path file = dir.resolve("new.xmi");
        KernelModels.save(Models.named("small").chain("a", "b").build(), file);
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(file));
    }

    @Test
    void toXmiIsDeterministic() throws Exception {
        KernelModel model = KernelModels.load("builtin:freebsd-5x");
        byte[] first = KernelModels.toXmi(model);
        assertArrayEquals(first, KernelModels.toXmi(model));
        assertArrayEquals(first, KernelModels.toXmi(KernelModels.load("builtin:freebsd-5x")));
        assertTrue(new String(first, StandardCharsets.UTF_8).startsWith(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    @Test
    void toXmiDoesNotMoveTheModel() throws Exception {
        KernelModel model = Models.named("small").chain("a", "b").build();
        KernelModels.toXmi(model);
        assertNull(model.eResource());
    }
}
