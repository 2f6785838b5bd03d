package org.smpng.io.builtin;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed tables the era kernels take verbatim: the "Subsystems and Staffing" section and the task lists ("Tasks",
 * "Tasks: network stack", "Known Issues") of {@code data/smp_status_2004.txt}, and the KSE and THR sections of
 * {@code data/thread_platform_status_2004.txt}.
 */
public final class SeedTables {

    private SeedTables() {
    }

    /** A row of "Subsystems and Staffing": status as the seed writes it, ISO date, staffing names. */
    public record SubsystemRow(int line, String name, String status, String lastUpdated, List<String> staffing) {
    }

    /**
     * A task of one of the seed's task lists: status as the seed writes it, ISO date, responsible names, and the
     * transcription's remark (seed line, original date, how an ambiguous line was read).
     */
    public record TaskRow(int line, String title, String status, String date, List<String> responsible,
            String remark) {
    }

    /** One task list of the seed, by its section title. */
    public record TaskListRows(String name, List<TaskRow> tasks) {
    }

    /** A row of the KSE or THR table. */
    public record ThreadRow(int line, String library, String platform, boolean kernel, boolean userland,
            boolean works) {
    }

    /** Reads the "Subsystems and Staffing" rows of smp_status_2004.txt, in file order. */
    public static Map<String, SubsystemRow> subsystems(String source, Reader reader)
            throws IOException, DataFormatException {
        Map<String, SubsystemRow> rows = new LinkedHashMap<>();
        String section = "";
        for (DataLine line : DataLine.read(source, reader)) {
            if (line.text().startsWith("## ")) {
                section = line.text().substring(3);
                continue;
            }
            if (!section.equals("Subsystems and Staffing")) {
                continue;
            }
            String[] f = line.text().split("\t", -1);
            if (f.length < 3 || f.length > 4) {
                throw line.error("expected 'subsystem TAB status TAB last_updated TAB staffing', found " + f.length
                        + " fields");
            }
            if (!f[2].matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw line.error("last_updated must be an ISO date, found '" + f[2] + "'");
            }
            List<String> staffing = f.length < 4 || f[3].isBlank() ? List.of() : List.of(f[3].split(",\\s*"));
            rows.put(f[0], new SubsystemRow(line.number(), f[0], f[1], f[2], staffing));
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(source, 0, "no '## Subsystems and Staffing' rows");
        }
        return rows;
    }

    /**
     * Reads the task lists of smp_status_2004.txt (the sections whose title starts with "Tasks" or is "Known
     * Issues"), in file order. Known issues have no responsible column.
     */
    public static List<TaskListRows> taskLists(String source, Reader reader) throws IOException, DataFormatException {
        List<TaskListRows> lists = new ArrayList<>();
        List<TaskRow> current = null;
        for (DataLine line : DataLine.readTabSeparated(source, reader)) {
            if (line.text().startsWith("## ")) {
                String section = line.text().substring(3);
                current = null;
                if (section.startsWith("Tasks") || section.equals("Known Issues")) {
                    current = new ArrayList<>();
                    lists.add(new TaskListRows(section, current));
                }
                continue;
            }
            if (current == null) {
                continue;
            }
            // The responsible column may be empty, and a line's trailing TABs are trimmed with its comment.
            String[] f = line.text().split("\t", -1);
            if (f.length < 3 || f.length > 4) {
                throw line.error("expected 'task TAB status TAB date [TAB responsible]', found " + f.length
                        + " fields");
            }
            if (!f[2].matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw line.error("the date must be an ISO date, found '" + f[2] + "'");
            }
            List<String> responsible = f.length < 4 || f[3].isBlank() ? List.of() : List.of(f[3].split(",\\s*"));
            current.add(new TaskRow(line.number(), f[0], f[1], f[2], responsible, line.comment()));
        }
        if (lists.stream().allMatch(list -> list.tasks().isEmpty())) {
            throw new DataFormatException(source, 0, "no task list ('## Tasks ...' section) with rows");
        }
        return lists;
    }

    /** Reads the rows of the KSE and THR tables of thread_platform_status_2004.txt, in file order. */
    public static List<ThreadRow> threading(String source, Reader reader) throws IOException, DataFormatException {
        List<ThreadRow> rows = new ArrayList<>();
        String section = "";
        for (DataLine line : DataLine.read(source, reader)) {
            if (line.text().startsWith("## ")) {
                section = line.text().substring(3);
                continue;
            }
            if (!section.equals("KSE") && !section.equals("THR")) {
                continue;
            }
            String[] f = line.text().split("\t", -1);
            if (f.length != 4) {
                throw line.error("expected 'platform TAB kernel TAB userland TAB works', found " + f.length
                        + " fields");
            }
            rows.add(new ThreadRow(line.number(), section, f[0], yes(line, f[1]), yes(line, f[2]), yes(line, f[3])));
        }
        return rows;
    }

    private static boolean yes(DataLine line, String cell) throws DataFormatException {
        return switch (cell) {
            case "YES" -> true;
            case "NO" -> false;
            default -> throw line.error("expected YES or NO, found '" + cell + "'");
        };
    }
}
