package org.smpng.io.ktr;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smpng.sim.diag.Timeline;

/**
 * Rebuilds a {@link Timeline} from a {@code ktrdump -ct} trace with KTRGRAPH records, as
 * {@code ./smpng simulate MODEL --ktr FILE} writes it and as schedgraph.py reads a FreeBSD kernel's: per CPU which
 * thread ran (thread {@code "running"} states; the CPU's {@code "idle: cpuN"} thread running means idle) and when
 * it spun on a lock ({@code "spinning"}, with its {@code lockname}), and lock events as marks ({@code "lock contest"},
 * {@code "lock acquire"} after a contest, {@code "lock release"} with waiters, a thread {@code "blocked"} or
 * {@code "sleep"} state naming a lock, and {@code "wokeup"} of such a waiter).
 *
 * <pre>{@code
 * Timeline tl = KtrDumpParser.parse(Path.of("run.ktr"));
 * }</pre>
 *
 * <p>A trace does not tell user from kernel time, so busy stretches are {@link Timeline#RUNNING}; interrupt context
 * (fast handlers and filters) is not traced, so a CPU shows the interrupted thread through it. Lines whose trace is
 * not a KTRGRAPH record (plain CTR messages) are skipped, as schedgraph skips them; groups other than thread and
 * lock (load, intr) are not drawn. Records are put in order by their index, so a dump printed oldest first reads
 * the same. Stateless; any thread.
 */
public final class KtrDumpParser {

    private static final Pattern HEADER = Pattern.compile("\\s*index\\s+cpu\\s+timestamp\\s+trace\\s*");
    private static final Pattern DASHES = Pattern.compile("[- ]+");
    private static final Pattern ROW = Pattern.compile("\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s(.*)");
    private static final Pattern RECORD = Pattern.compile(
            "KTRGRAPH group:\"([^\"]*)\", id:\"([^\"]*)\", ([^:]+):(\"[^\"]*\"|[^,]*), attributes: (.*)");
    private static final Pattern TID = Pattern.compile("(.*) tid \\d+");
    private static final Pattern IDLE = Pattern.compile("idle: cpu(\\d+)(?: tid \\d+)?");

    private KtrDumpParser() {
    }

    /** Parses the trace in {@code file}. */
    public static Timeline parse(Path file) throws IOException, KtrFormatException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.getFileName().toString());
        }
    }

    /** One KTRGRAPH record: where it is in the input, and its fields. */
    private record Row(int line, long index, int cpu, long time, String group, String id, String type, String value,
            Map<String, String> attributes) {
    }

    /** Parses a trace read from {@code in}; {@code source} names it in messages and in the timeline. */
    public static Timeline parse(BufferedReader in, String source) throws IOException, KtrFormatException {
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        boolean header = false;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            if (!header) {
                if (!HEADER.matcher(line).matches()) {
                    throw new KtrFormatException(source, n, "expected the header of 'ktrdump -ct' output"
                            + " (index, cpu, timestamp, trace), found '" + clip(line) + "'");
                }
                header = true;
                continue;
            }
            if (rows.isEmpty() && DASHES.matcher(line).matches()) {
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                throw new KtrFormatException(source, n, "expected '<index> <cpu> <timestamp> <trace>' as 'ktrdump -ct'"
                        + " prints it, found '" + clip(line) + "'");
            }
            String trace = m.group(4).strip();
            if (!trace.startsWith("KTRGRAPH ")) {
                continue;
            }
            Matcher r = RECORD.matcher(trace);
            if (!r.matches()) {
                throw new KtrFormatException(source, n, "a KTRGRAPH record needs group:\"...\", id:\"...\","
                        + " <type>:<value>, attributes: ...; found '" + clip(trace) + "'");
            }
            long index, time;
            int cpu;
            try {
                index = Long.parseLong(m.group(1));
                cpu = Integer.parseInt(m.group(2));
                time = Long.parseLong(m.group(3));
            } catch (NumberFormatException e) {
                throw new KtrFormatException(source, n, "index, cpu or timestamp out of range in '" + clip(line)
                        + "'");
            }
            if (cpu > 4095) {
                throw new KtrFormatException(source, n, "cpu " + cpu + " is beyond MAXCPU (4096)");
            }
            rows.add(new Row(n, index, cpu, time, r.group(1), r.group(2), r.group(3).strip(), unquote(r.group(4)),
                    attributes(r.group(5), source, n)));
        }
        if (!header) {
            throw new KtrFormatException(source, 0, "the file is empty; expected 'ktrdump -ct' output");
        }
        if (rows.isEmpty()) {
            throw new KtrFormatException(source, 0, "no KTRGRAPH records: the trace needs the KTR_SCHED class"
                    + " (./smpng simulate MODEL --ktr FILE writes it)");
        }
        // ktrdump prints newest first; the index orders records (their timestamps may tie).
        rows.sort((a, b) -> Long.compare(a.index(), b.index()));
        for (int i = 1; i < rows.size(); i++) {
            Row a = rows.get(i - 1), b = rows.get(i);
            if (b.time() < a.time()) {
                throw new KtrFormatException(source, b.line(), "timestamp " + b.time() + " of index " + b.index()
                        + " is earlier than " + a.time() + " of index " + a.index() + " (line " + a.line() + ")");
            }
        }
        return build(rows, source);
    }

    private static Timeline build(List<Row> rows, String source) {
        Map<String, Integer> threads = new LinkedHashMap<>(), locks = new LinkedHashMap<>(),
                sites = new LinkedHashMap<>();
        int cpus = 0;
        for (Row r : rows) {
            cpus = Math.max(cpus, r.cpu() + 1);
            Matcher idle = IDLE.matcher(r.id());
            if (idle.matches()) {
                cpus = Math.max(cpus, Integer.parseInt(idle.group(1)) + 1);
            }
        }
        // First pass: names in order of first appearance.
        for (Row r : rows) {
            if (r.group().equals("thread") && !IDLE.matcher(r.id()).matches()) {
                threads.computeIfAbsent(threadName(r.id()), k -> threads.size());
            } else if (r.group().equals("lock")) {
                locks.computeIfAbsent(r.id(), k -> locks.size());
                String site = r.attributes().get("site");
                if (site != null) {
                    sites.computeIfAbsent(site, k -> sites.size());
                }
            }
            String lockname = r.attributes().get("lockname");
            if (lockname != null && !lockname.isEmpty()) {
                locks.computeIfAbsent(lockname, k -> locks.size());
            }
        }
        List<String> cpuNames = new ArrayList<>();
        for (int c = 0; c < cpus; c++) {
            cpuNames.add("cpu" + c);
        }
        Timeline.Names names = new Timeline.Names(List.copyOf(threads.keySet()), List.copyOf(locks.keySet()),
                cpuNames, List.of(), List.copyOf(sites.keySet()));
        Timeline.Builder b = new Timeline.Builder(source, names, false);
        int[] current = new int[cpus];
        java.util.Arrays.fill(current, -1);
        for (int c = 0; c < cpus; c++) {
            b.segment(c, rows.get(0).time(), -1, Timeline.IDLE, -1);
        }
        int nt = threads.size(), nl = locks.size();
        int[] contended = new int[nt], blockedOn = new int[nt], waiting = new int[nl];
        java.util.Arrays.fill(contended, -1);
        java.util.Arrays.fill(blockedOn, -1);
        Map<String, Integer> tidCache = new HashMap<>();
        long end = rows.get(rows.size() - 1).time();
        for (Row r : rows) {
            long t = r.time();
            int cpu = r.cpu();
            if (r.group().equals("thread")) {
                Matcher idle = IDLE.matcher(r.id());
                if (idle.matches()) {
                    int c = Integer.parseInt(idle.group(1));
                    if (r.type().equals("state") && r.value().equals("running")) {
                        current[c] = -1;
                        b.segment(c, t, -1, Timeline.IDLE, -1);
                    }
                    continue;
                }
                int td = tidCache.computeIfAbsent(r.id(), id -> threads.get(threadName(id)));
                if (r.type().equals("state")) {
                    switch (r.value()) {
                    case "running" -> {
                        current[cpu] = td;
                        b.segment(cpu, t, td, Timeline.RUNNING, -1);
                    }
                    case "spinning" -> {
                        current[cpu] = td;
                        b.segment(cpu, t, td, Timeline.SPIN, lockIndex(locks, r.attributes().get("lockname")));
                    }
                    case "runq add", "runq rem" -> {
                    }
                    default -> { // sleep, blocked, iwait, yielding, ...: the thread leaves its CPU
                        String lockname = r.attributes().get("lockname");
                        boolean onLock = (r.value().equals("blocked") || r.value().equals("sleep"))
                                && lockname != null && !lockname.isEmpty();
                        if (onLock) {
                            blockedOn[td] = locks.get(lockname);
                            b.mark(cpu, t, Timeline.BLOCKED, blockedOn[td], td, -1, -1);
                        }
                        if (current[cpu] == td) {
                            current[cpu] = -1;
                            b.segment(cpu, t, -1, Timeline.IDLE, -1);
                        }
                    }
                    }
                } else if (r.type().equals("point") && r.value().equals("wokeup")) {
                    Integer woken = threadOf(threads, r.attributes().get("linkedto"));
                    if (woken != null && blockedOn[woken] >= 0) {
                        b.mark(cpu, t, Timeline.WOKEN, blockedOn[woken], woken, -1, td);
                        blockedOn[woken] = -1;
                    }
                }
            } else if (r.group().equals("lock") && r.type().equals("point")) {
                int lock = locks.get(r.id());
                Integer td = threadOf(threads, r.attributes().get("linkedto"));
                if (td == null) {
                    continue;
                }
                String siteName = r.attributes().get("site");
                int site = siteName == null ? -1 : sites.get(siteName);
                switch (r.value()) {
                case "lock contest" -> {
                    if (contended[td] != lock) {
                        if (contended[td] >= 0) {
                            waiting[contended[td]]--;
                        }
                        contended[td] = lock;
                        waiting[lock]++;
                    }
                    Integer owner = threadOf(threads, r.attributes().get("owner"));
                    b.mark(cpu, t, Timeline.CONTENDED, lock, td, site, owner == null ? -1 : owner);
                }
                case "lock acquire" -> {
                    if (contended[td] == lock) {
                        contended[td] = -1;
                        waiting[lock]--;
                        b.mark(cpu, t, Timeline.ACQUIRED, lock, td, site, -1);
                    }
                }
                case "lock release" -> {
                    if (waiting[lock] > 0) {
                        b.mark(cpu, t, Timeline.HANDOFF, lock, td, site, -1);
                    }
                }
                default -> {
                }
                }
            }
        }
        return b.build(end);
    }

    private static int lockIndex(Map<String, Integer> locks, String name) {
        Integer l = name == null ? null : locks.get(name);
        return l == null ? -1 : l;
    }

    private static Integer threadOf(Map<String, Integer> threads, String id) {
        return id == null ? null : threads.get(threadName(id));
    }

    /** sched_tdname()'s "name tid N" without the tid. */
    private static String threadName(String id) {
        Matcher m = TID.matcher(id);
        return m.matches() ? m.group(1) : id;
    }

    /** Attributes as schedgraph reads them: {@code none}, or {@code name:value} pairs, values quoted or not. */
    private static Map<String, String> attributes(String text, String source, int line) throws KtrFormatException {
        Map<String, String> out = new HashMap<>();
        String s = text.strip();
        if (s.equals("none") || s.isEmpty()) {
            return out;
        }
        int i = 0;
        while (i < s.length()) {
            int colon = s.indexOf(':', i);
            if (colon < 0) {
                throw new KtrFormatException(source, line, "attribute '" + clip(s.substring(i))
                        + "' has no ':' (attributes are name:value, separated by ', ')");
            }
            String key = s.substring(i, colon).strip();
            int v = colon + 1;
            String value;
            int next;
            if (v < s.length() && s.charAt(v) == '"') {
                int close = s.indexOf('"', v + 1);
                if (close < 0) {
                    throw new KtrFormatException(source, line, "attribute " + key + " has no closing quote");
                }
                value = s.substring(v + 1, close);
                next = s.indexOf(',', close);
            } else {
                next = s.indexOf(',', v);
                value = s.substring(v, next < 0 ? s.length() : next).strip();
            }
            out.put(key, value);
            i = next < 0 ? s.length() : next + 1;
        }
        return out;
    }

    private static String unquote(String v) {
        String s = v.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
