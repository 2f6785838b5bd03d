package org.smpng.io.builtin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.smpng.io.witness.OrderListFormatException;
import org.smpng.io.witness.OrderListImporter;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.machine.Machine;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.workload.Workload;

/**
 * Makes the built-in models from the data kept beside them in the model bundle, so that every shipped XMI can be
 * rebuilt and checked: {@code ./smpng regenerate-builtins} writes them, and a test checks the shipped files are
 * exactly what this class produces from the shipped data.
 * <p>
 * The WITNESS-only kernels come from their order lists alone. The era kernels come from
 * {@link EraKernelGenerator}; machines, workloads and scenarios from their data files, bound to the kernels and
 * machines they name. All models are generated together into one resource set whose resources sit at
 * {@code memory:/models/<file>.xmi}, so that references between them are written as hrefs relative to the
 * {@code models/} folder, which is where the shipped files are loaded from. The output depends only on the data.
 */
public final class BuiltinModelGenerator {

    /** Where the model bundle sits in the repository; data paths are recorded relative to the repository. */
    public static final String MODEL_BUNDLE = "bundles/org.smpng.model";

    private BuiltinModelGenerator() {
    }

    /** Generates a built-in model from the data shipped with it in the model bundle and returns its root. */
    public static EObject generate(BuiltinModel builtin)
            throws IOException, OrderListFormatException, DataFormatException {
        return generateAll(DataFiles.shipped()).get(builtin.id()).getContents().get(0);
    }

    /** Generates a WITNESS-only kernel from {@code data}, the content of its order list; the stream is not closed. */
    public static KernelModel generate(BuiltinModel builtin, InputStream data)
            throws IOException, OrderListFormatException {
        OrderListImporter.Origin origin = new OrderListImporter.Origin(builtin.id(),
                MODEL_BUNDLE + "/" + builtin.dataPath(), BuiltinModelGenerator.class.getName());
        KernelModel model = new OrderListImporter().importFrom(data, origin);
        model.setDescription(builtin.title() + ". " + builtin.summary());
        return model;
    }

    /** Returns the XMI that {@code builtin} is generated as from the data shipped in the model bundle. */
    public static byte[] generateXmi(BuiltinModel builtin)
            throws IOException, OrderListFormatException, DataFormatException {
        return KernelModels.toXmi(generateAll(DataFiles.shipped()).get(builtin.id()));
    }

    /**
     * Generates every built-in model from {@code files} and returns each one's resource by id, in catalogue order.
     * A scenario's resource holds the Scenario first, then its own machine and workload.
     */
    public static Map<String, Resource> generateAll(DataFiles files)
            throws IOException, OrderListFormatException, DataFormatException {
        ResourceSet resourceSet = KernelModels.newResourceSet();
        Map<String, Resource> resources = new LinkedHashMap<>();
        Map<String, KernelModel> kernels = new LinkedHashMap<>();
        Map<String, Machine> machines = new LinkedHashMap<>();
        Map<String, Workload> workloads = new LinkedHashMap<>();
        EraKernelGenerator eras = new EraKernelGenerator(files, BuiltinModelGenerator.class.getName());
        MachineGenerator machineData = new MachineGenerator(blocks(files, MachineGenerator.DATA, "machine"));
        WorkloadGenerator workloadData = new WorkloadGenerator(blocks(files, WorkloadGenerator.DATA, "workload"));
        ScenarioGenerator scenarioData = new ScenarioGenerator(blocks(files, ScenarioGenerator.DATA, "scenario"));
        // The catalogue lists kernels, then machines, workloads and scenarios, so references always point back.
        for (BuiltinModel builtin : BuiltinModels.all()) {
            Resource resource = resourceSet.createResource(URI.createURI("memory:/" + builtin.modelPath()));
            switch (builtin.kind()) {
                case KERNEL -> {
                    KernelModel kernel = Era.ofModel(builtin.id()).isPresent()
                            ? eras.generate(Era.ofModel(builtin.id()).get())
                            : generate(builtin, new ByteArrayInputStream(files.read(builtin.dataPath())));
                    kernels.put(builtin.id(), kernel);
                    resource.getContents().add(kernel);
                }
                case MACHINE -> {
                    Machine machine = machineData.build(builtin.id(),
                            known(kernels, machineData.referenceKernel(builtin.id()), MachineGenerator.DATA));
                    machines.put(builtin.id(), machine);
                    resource.getContents().add(machine);
                }
                case WORKLOAD -> {
                    Workload workload = workloadData.build(builtin.id(),
                            known(kernels, workloadData.referenceKernel(builtin.id()), WorkloadGenerator.DATA),
                            known(machines, workloadData.referenceMachine(builtin.id()), WorkloadGenerator.DATA));
                    workloads.put(builtin.id(), workload);
                    resource.getContents().add(workload);
                }
                case SCENARIO -> {
                    String id = builtin.id();
                    KernelModel kernel = known(kernels, scenarioData.reference(id, "kernel"), ScenarioGenerator.DATA);
                    String machineId = scenarioData.reference(id, "machine");
                    String workloadId = scenarioData.reference(id, "workload");
                    known(machines, machineId, ScenarioGenerator.DATA);
                    known(workloads, workloadId, ScenarioGenerator.DATA);
                    // The scenario's own machine and workload, re-bound by name to the scenario's kernel.
                    Machine machine = machineData.build(machineId, kernel);
                    Workload workload = workloadData.build(workloadId, kernel, machine);
                    Scenario scenario = scenarioData.build(id);
                    scenario.setKernel(kernel);
                    scenario.setMachine(machine);
                    scenario.setWorkload(workload);
                    scenario.setDescription(scenario.getDescription() + " Kernel " + kernel.getName()
                            + " (by reference); machine " + machineId + " and workload " + workloadId
                            + " are copies in this file, bound by name to that kernel. Generated by "
                            + BuiltinModelGenerator.class.getName() + " from " + EraKernelGenerator.recorded(
                                    ScenarioGenerator.DATA) + ", " + EraKernelGenerator.recorded(MachineGenerator.DATA)
                            + " and " + EraKernelGenerator.recorded(WorkloadGenerator.DATA) + ".");
                    resource.getContents().add(scenario);
                    resource.getContents().add(machine);
                    resource.getContents().add(workload);
                }
                default -> throw new IllegalStateException("unknown kind " + builtin.kind());
            }
            resources.put(builtin.id(), resource);
        }
        return resources;
    }

    private static BlockFile blocks(DataFiles files, String dataPath, String keyword)
            throws IOException, DataFormatException {
        return BlockFile.read(EraKernelGenerator.recorded(dataPath), new InputStreamReader(
                new ByteArrayInputStream(files.read(dataPath)), StandardCharsets.UTF_8), keyword);
    }

    private static <T> T known(Map<String, T> generated, String id, String dataPath) throws DataFormatException {
        T model = generated.get(id);
        if (model == null) {
            throw new DataFormatException(EraKernelGenerator.recorded(dataPath), 0, "'" + id + "' is not a built-in "
                    + "model generated before this one; known are " + generated.keySet());
        }
        return model;
    }

    /**
     * Regenerates every built-in model's XMI in the repository at {@code repository} from the data files in that
     * repository (not from the data built into the running product).
     *
     * @return the files written
     */
    public static List<Path> regenerate(Path repository)
            throws IOException, OrderListFormatException, DataFormatException {
        Path bundle = repository.resolve(MODEL_BUNDLE);
        if (!Files.isDirectory(bundle)) {
            throw new IOException(repository.toAbsolutePath() + " is not an SMPng Workbench repository (no "
                    + MODEL_BUNDLE + ")");
        }
        Map<String, Resource> generated = generateAll(DataFiles.in(bundle));
        List<Path> written = new ArrayList<>();
        for (BuiltinModel builtin : BuiltinModels.all()) {
            Path target = bundle.resolve(builtin.modelPath());
            write(KernelModels.toXmi(generated.get(builtin.id())), target);
            written.add(target);
        }
        return written;
    }

    /** Writes next to the target and moves into place, so a failed write leaves the previous file intact. */
    private static void write(byte[] xmi, Path target) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, xmi);
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            } else {
                Files.setPosixFilePermissions(temporary,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
