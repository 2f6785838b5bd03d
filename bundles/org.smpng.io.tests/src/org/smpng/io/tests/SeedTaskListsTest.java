package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.Task;
import org.smpng.model.kernel.TaskList;
import org.smpng.model.kernel.WorkStatus;

/** The 5.3 kernel carries the seed's task lists row for row; the other eras carry none. */
class SeedTaskListsTest {

    /** Counts the data rows of each task list section of the data file, independently of the generator. */
    private static Map<String, Integer> rowsPerList() throws IOException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        String section = null;
        try (InputStream in = BuiltinModels.class.getResourceAsStream("/data/smp_status_2004.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("## ")) {
                    section = line.substring(3).strip();
                    if (section.startsWith("Tasks") || section.equals("Known Issues")) {
                        rows.put(section, 0);
                    } else {
                        section = null;
                    }
                } else if (section != null && !line.isBlank() && !line.startsWith("#")) {
                    rows.merge(section, 1, Integer::sum);
                }
            }
        }
        return rows;
    }

    @Test
    void theFreeBsd53KernelHoldsEveryTaskOfTheSeed() throws Exception {
        KernelModel kernel = KernelModels.load("builtin:freebsd-5.3");
        Map<String, Integer> expected = rowsPerList();
        assertEquals(List.of("Tasks", "Tasks: network stack", "Known Issues"), List.copyOf(expected.keySet()));
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (TaskList list : kernel.getTaskLists()) {
            actual.put(list.getName(), list.getTasks().size());
        }
        assertEquals(expected, actual);
        assertEquals(List.of(163, 73, 12), List.copyOf(actual.values()), "the counts the transcription reports");
    }

    @Test
    void keepsTitlesWithHashSignsStatusesAndDates() throws Exception {
        KernelModel kernel = KernelModels.load("builtin:freebsd-5.3");
        Task sigxpu = kernel.getTaskLists().get(0).getTasks().stream()
                .filter(task -> task.getTitle().startsWith("Fix SIGXPU")).findFirst().orElseThrow();
        assertEquals("Fix SIGXPU and other #if 0'd things in mi_switch().", sigxpu.getTitle());
        assertEquals(WorkStatus.DONE, sigxpu.getStatus());
        assertEquals("2002-09-30", sigxpu.getLastUpdated());
        assertEquals(List.of("John Baldwin"), sigxpu.getResponsible());
        assertTrue(sigxpu.getNote().contains("seed line"), sigxpu.getNote());

        TaskList issues = kernel.getTaskLists().get(2);
        assertTrue(issues.getTasks().stream().anyMatch(task -> "Unresolved".equals(task.getSeedStatus())
                && task.getStatus() == WorkStatus.IN_PROGRESS));
    }

    @Test
    void theOtherErasHaveNoTaskLists() throws Exception {
        assertTrue(KernelModels.load("builtin:freebsd-4x").getTaskLists().isEmpty());
        assertTrue(KernelModels.load("builtin:freebsd-5x-target").getTaskLists().isEmpty());
    }
}
