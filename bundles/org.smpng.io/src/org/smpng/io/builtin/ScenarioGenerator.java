package org.smpng.io.builtin;

import java.util.List;

import org.smpng.model.scenario.EngineSettings;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.ScenarioFactory;
import org.smpng.model.scenario.SchedulerKind;

/**
 * Builds scenarios from {@code data/scenarios.txt} (format in its header). The references to kernel, machine and
 * workload are resolved by the caller ({@link BuiltinModelGenerator}), which also builds the scenario's own copies
 * of the machine and the workload bound to the scenario's kernel. Stateless and thread-safe once constructed.
 */
public final class ScenarioGenerator {

    /** The bundle-relative data file. */
    public static final String DATA = "data/scenarios.txt";

    private final BlockFile file;

    ScenarioGenerator(BlockFile file) {
        this.file = file;
    }

    /** Returns the ids of the scenarios the file defines, in file order. */
    public List<String> ids() {
        return List.copyOf(file.blocks().keySet());
    }

    /** Returns the id the scenario names after {@code keyword} (kernel, machine or workload). */
    String reference(String id, String keyword) throws DataFormatException {
        DataLine line = BlockFile.single(file.block(id), file.headers().get(id), keyword);
        BlockFile.expect(line, 2, keyword + " <id>");
        return line.words().get(1);
    }

    /** Builds scenario {@code id} with its settings; the kernel, machine and workload are left to the caller. */
    Scenario build(String id) throws DataFormatException {
        Scenario scenario = ScenarioFactory.eINSTANCE.createScenario();
        scenario.setName(id);
        EngineSettings settings = ScenarioFactory.eINSTANCE.createEngineSettings();
        StringBuilder description = new StringBuilder();
        for (DataLine line : file.block(id)) {
            List<String> w = line.words();
            String value = w.size() == 2 ? w.get(1) : null;
            switch (w.get(0)) {
                case "description" -> description.append(description.length() == 0 ? "" : " ")
                        .append(line.text().substring("description".length()).strip());
                case "kernel", "machine", "workload" -> BlockFile.expect(line, 2, w.get(0) + " <id>");
                case "scheduler" -> settings.setScheduler(switch (one(line, value)) {
                    case "4bsd" -> SchedulerKind.FOUR_BSD;
                    case "ule" -> SchedulerKind.ULE;
                    default -> throw line.error("unknown scheduler '" + value + "'; expected 4bsd or ule");
                });
                case "preemption" -> settings.setPreemption(yes(line, value));
                case "adaptive-spinning" -> settings.setAdaptiveSpinning(yes(line, value));
                case "witness" -> settings.setWitness(yes(line, value));
                case "lock-profiling" -> settings.setLockProfiling(yes(line, value));
                case "ktr-mask" -> settings.setKtrMask(line.integer(one(line, value), "the KTR mask"));
                case "mode" -> settings.setExecutionMode(switch (one(line, value)) {
                    case "deterministic" -> ExecutionMode.DETERMINISTIC;
                    case "parallel" -> ExecutionMode.PARALLEL;
                    default -> throw line.error("unknown mode '" + value + "'; expected deterministic or parallel");
                });
                case "seed" -> settings.setSeed(line.integer(one(line, value), "the seed"));
                case "duration" -> {
                    settings.setDuration(line.number(one(line, value), "the duration"));
                    if (settings.getDuration() <= 0) {
                        throw line.error("the duration must be positive");
                    }
                }
                default -> throw line.error("unknown scenario line '" + w.get(0) + "'");
            }
        }
        scenario.setDescription(description.toString());
        scenario.setSettings(settings);
        return scenario;
    }

    private static String one(DataLine line, String value) throws DataFormatException {
        if (value == null) {
            throw line.error("expected '" + line.words().get(0) + " <value>'");
        }
        return value;
    }

    private static boolean yes(DataLine line, String value) throws DataFormatException {
        return switch (one(line, value)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw line.error("expected yes or no, found '" + value + "'");
        };
    }
}
