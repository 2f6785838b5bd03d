package org.smpng.io.builtin;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed form of {@code data/kernel_code_paths.txt}: lock types beyond the WITNESS order list, the syscall table
 * and the code paths as step trees. The format is documented in the file's header. Parsing is strict: every line
 * that does not follow the format, every undefined path a step calls and every block left open is an error with its
 * line number. Lock, subsystem and row names are checked later, against the other data, by
 * {@link EraKernelGenerator}. Immutable once parsed.
 *
 * @param locks    the rows of the {@code ## locks} section, in file order
 * @param syscalls the rows of the {@code ## syscalls} section, in file order
 * @param paths    the code paths by name, in file order
 */
public record KernelCodePaths(List<LockRow> locks, List<SyscallRow> syscalls, Map<String, PathDef> paths) {

    /** One lock type row. */
    public record LockRow(int line, String name, String classSymbol, String subsystem, String instances,
            Set<String> flags, String basis, String comment) {
    }

    /** One syscall row. */
    public record SyscallRow(int line, String name, int number, String entryPath, String basis, String comment) {
    }

    /**
     * One code path.
     *
     * @param giantRow          {@code kind:name} of its row in subsystem_giant_status.txt, or {@code null} if the
     *                          path is no Giant unit
     * @param partialGiantFree  whether a 'partial' row leaves this path Giant-free (fifth field of the path line)
     * @param rowNote           the comment after the path line, quoting the row's justification
     */
    public record PathDef(int line, String name, String subsystem, String giantRow, boolean partialGiantFree,
            String rowNote, String doc, List<StepDef> steps) {

        /** Returns the giant block of the path, if it has one. */
        public GiantBlock giantBlock() {
            return steps.stream().filter(GiantBlock.class::isInstance).map(GiantBlock.class::cast).findFirst()
                    .orElse(null);
        }
    }

    /** A step of a code path; {@code line} is where it is written. */
    public sealed interface StepDef permits Acquire, Release, Work, Sleep, Wakeup, CvSignal, Call, Simple, Loop,
            Branch, GiantBlock {
        /** Returns the line the step is written on. */
        int line();
    }

    /** A duration or count distribution: {@code kind} is fixed, uniform, exponential or normal. */
    public record Dist(String kind, double a, double b) {
    }

    /** {@code acquire <lock> [shared] [try] [@ file:line] [; label]}. */
    public record Acquire(int line, String lock, boolean shared, boolean tryLock, String file, int fileLine,
            String label) implements StepDef {
    }

    /** {@code release <lock>}. */
    public record Release(int line, String lock, String label) implements StepDef {
    }

    /** {@code work <distribution>}. */
    public record Work(int line, Dist duration, String label) implements StepDef {
    }

    /**
     * {@code sleep <channel> ...} or {@code cv_wait <cv> ...}: exactly one of channel and cv is set; {@code priority}
     * is the priority given to msleep (0: none, the thread keeps its own).
     */
    public record Sleep(int line, String channel, String cv, String interlock, int priority, Dist timeout,
            String label) implements StepDef {
    }

    /**
     * The kernel sleep priorities of FreeBSD 5.x sys/priority.h a {@code sleep} step may name (they are 4 apart, one
     * run queue each).
     */
    public static final Map<String, Integer> SLEEP_PRIORITIES = Map.ofEntries(Map.entry("PSWP", 64),
            Map.entry("PVM", 68), Map.entry("PINOD", 72), Map.entry("PRIBIO", 76), Map.entry("PVFS", 80),
            Map.entry("PZERO", 84), Map.entry("PSOCK", 88), Map.entry("PWAIT", 92), Map.entry("PCONFIG", 96),
            Map.entry("PLOCK", 100), Map.entry("PPAUSE", 104));

    /** {@code wakeup <channel> [one]}. */
    public record Wakeup(int line, String channel, boolean all, String label) implements StepDef {
    }

    /** {@code cv_signal <cv>} or {@code cv_broadcast <cv>}. */
    public record CvSignal(int line, String cv, boolean broadcast, String label) implements StepDef {
    }

    /** {@code call <path>}. */
    public record Call(int line, String path, String label) implements StepDef {
    }

    /** {@code critical_enter}, {@code critical_exit} or {@code yield}. */
    public record Simple(int line, String keyword, String label) implements StepDef {
    }

    /** {@code loop N {} or {@code loop <distribution> {}; {@code countDist} is null for a fixed count. */
    public record Loop(int line, int count, Dist countDist, List<StepDef> body) implements StepDef {
    }

    /** {@code branch P { ... } else { ... }}. */
    public record Branch(int line, double probability, List<StepDef> thenSteps, List<StepDef> elseSteps)
            implements StepDef {
    }

    /** {@code giant { ... }}: the part of a Giant unit that runs under Giant when its era says so. */
    public record GiantBlock(int line, List<StepDef> body) implements StepDef {
    }

    /** The instance kinds a lock row may name. */
    public static final Set<String> INSTANCES = Set.of("single", "per-cpu", "per-process", "per-thread",
            "per-socket", "per-vnode", "per-file", "per-device", "per-object");

    private static final Set<String> FLAGS = Set.of("recurse", "dupok", "nowitness");

    private static final List<String> SECTIONS = List.of("## locks", "## syscalls", "## paths");

    /** Parses the file; {@code source} names it in messages. The reader is not closed. */
    public static KernelCodePaths parse(String source, Reader reader) throws IOException, DataFormatException {
        List<DataLine> lines = DataLine.read(source, reader);
        List<LockRow> locks = new ArrayList<>();
        List<SyscallRow> syscalls = new ArrayList<>();
        Map<String, PathDef> paths = new LinkedHashMap<>();
        int section = -1;
        int i = 0;
        while (i < lines.size()) {
            DataLine line = lines.get(i);
            if (line.text().startsWith("## ")) {
                int next = SECTIONS.indexOf(line.text());
                if (next <= section) {
                    throw line.error("expected " + (section + 1 < SECTIONS.size() ? "'" + SECTIONS.get(section + 1)
                            + "'" : "no further section") + " here, found '" + line.text() + "'; the sections are "
                            + SECTIONS + " in this order");
                }
                section = next;
                i++;
                continue;
            }
            switch (section) {
                case 0 -> locks.add(lockRow(line));
                case 1 -> syscalls.add(syscallRow(line));
                case 2 -> {
                    i = path(lines, i, paths);
                    continue;
                }
                default -> throw line.error("data before the first section; start with '## locks'");
            }
            i++;
        }
        if (section < 2) {
            throw new DataFormatException(source, 0, "the file ends before its '" + SECTIONS.get(section + 1)
                    + "' section");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (LockRow row : locks) {
            Integer first = seen.putIfAbsent(row.name(), row.line());
            if (first != null) {
                throw new DataFormatException(source, row.line(), "lock type '" + row.name()
                        + "' is already listed on line " + first);
            }
        }
        seen.clear();
        for (SyscallRow row : syscalls) {
            Integer first = seen.putIfAbsent(row.name(), row.line());
            if (first != null) {
                throw new DataFormatException(source, row.line(), "syscall '" + row.name()
                        + "' is already listed on line " + first);
            }
            if (!paths.containsKey(row.entryPath())) {
                throw new DataFormatException(source, row.line(), "syscall '" + row.name() + "' enters code path '"
                        + row.entryPath() + "', which the '## paths' section does not define");
            }
        }
        return new KernelCodePaths(List.copyOf(locks), List.copyOf(syscalls), java.util.Collections
                .unmodifiableMap(paths));
    }

    private static String[] fields(DataLine line, int min, int max, String columns) throws DataFormatException {
        String[] fields = line.text().split("\t", -1);
        if (fields.length < min || fields.length > max) {
            throw line.error("expected " + columns + " (" + (min == max ? min : min + " or " + max)
                    + " TAB-separated fields before the comment), found " + fields.length + ": '" + line.text()
                    + "'");
        }
        for (int f = 0; f < fields.length; f++) {
            fields[f] = fields[f].strip();
            if (fields[f].isEmpty()) {
                throw line.error("field " + (f + 1) + " is empty");
            }
        }
        return fields;
    }

    private static LockRow lockRow(DataLine line) throws DataFormatException {
        String[] f = fields(line, 6, 6, "'name TAB class_symbol TAB subsystem TAB instances TAB flags TAB basis'");
        if (!f[1].matches("lock_class_[a-z_]+")) {
            throw line.error("'" + f[1] + "' is not a struct lock_class symbol (expected e.g. lock_class_mtx_sleep)");
        }
        if (!INSTANCES.contains(f[3]) && !f[3].matches("fixed:[1-9][0-9]*")) {
            throw line.error("instances must be one of " + new java.util.TreeSet<>(INSTANCES)
                    + " or fixed:N, found '" + f[3] + "'");
        }
        Set<String> flags = f[4].equals("-") ? Set.of() : Set.of(f[4].split(","));
        for (String flag : flags) {
            if (!FLAGS.contains(flag)) {
                throw line.error("unknown flag '" + flag + "'; the flags are " + new java.util.TreeSet<>(FLAGS)
                        + " or '-'");
            }
        }
        return new LockRow(line.number(), f[0], f[1], f[2], f[3], flags, basis(line, f[5]), line.comment());
    }

    private static SyscallRow syscallRow(DataLine line) throws DataFormatException {
        String[] f = fields(line, 4, 4, "'name TAB number TAB entry_path TAB basis'");
        int number = line.integer(f[1], "the syscall number");
        if (number < 0) {
            throw line.error("the syscall number must not be negative");
        }
        return new SyscallRow(line.number(), f[0], number, f[2], basis(line, f[3]), line.comment());
    }

    private static String basis(DataLine line, String basis) throws DataFormatException {
        if (!basis.equals("estimated") && !basis.startsWith("from FreeBSD")) {
            throw line.error("the basis must be 'estimated' or 'from FreeBSD <where>', found '" + basis + "'");
        }
        return basis;
    }

    /** Parses the path block starting at {@code lines[start]} and returns the index after its 'end'. */
    private static int path(List<DataLine> lines, int start, Map<String, PathDef> paths) throws DataFormatException {
        DataLine header = lines.get(start);
        String[] f = header.text().split("\t", -1);
        if (!f[0].equals("path") || f.length < 4 || f.length > 5) {
            throw header.error("expected a path line 'path TAB name TAB subsystem|- TAB giant_row|- "
                    + "[TAB partial-giant-free]', found '" + header.text() + "'");
        }
        String name = f[1].strip();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw header.error("a code path name is one word of letters, digits and '_', found '" + name + "'");
        }
        if (paths.containsKey(name)) {
            throw header.error("code path '" + name + "' is already defined on line " + paths.get(name).line());
        }
        String row = f[3].strip();
        if (!row.equals("-") && !row.matches("(subsystem|syscall|intr):.+")) {
            throw header.error("the giant row must be '-' or kind:name with kind subsystem, syscall or intr, found '"
                    + row + "'");
        }
        boolean partialGiantFree = false;
        if (f.length == 5) {
            if (!f[4].strip().equals("partial-giant-free")) {
                throw header.error("the fifth field of a path line can only be 'partial-giant-free', found '"
                        + f[4].strip() + "'");
            }
            if (row.equals("-")) {
                throw header.error("'partial-giant-free' needs a giant row");
            }
            partialGiantFree = true;
        }
        StringBuilder doc = new StringBuilder();
        int i = start + 1;
        while (i < lines.size() && lines.get(i).text().startsWith("doc ")) {
            doc.append(doc.length() == 0 ? "" : " ").append(lines.get(i).text().substring(4).strip());
            i++;
        }
        List<StepDef> steps = new ArrayList<>();
        Block block = new Block(lines, i, paths);
        int end = block.steps(steps, 0);
        if (end >= lines.size() || !lines.get(end).text().equals("end")) {
            throw header.error("code path '" + name + "' has no 'end' line");
        }
        int giantBlocks = 0;
        for (StepDef step : steps) {
            if (step instanceof GiantBlock) {
                giantBlocks++;
                if (row.equals("-")) {
                    throw new DataFormatException(header.source(), step.line(), "a 'giant {' block needs a giant "
                            + "row on the path line; code path '" + name + "' has none");
                }
                if (giantBlocks > 1) {
                    throw new DataFormatException(header.source(), step.line(), "code path '" + name
                            + "' has a second 'giant {' block; a path has at most one");
                }
            }
        }
        paths.put(name, new PathDef(header.number(), name, f[2].strip(), row.equals("-") ? null : row,
                partialGiantFree, header.comment(), doc.toString(), List.copyOf(steps)));
        return end + 1;
    }

    /** Parses the steps of one path, with nested blocks; a giant block is allowed only at depth 0. */
    private record Block(List<DataLine> lines, int start, Map<String, PathDef> paths) {

        /**
         * Adds the steps from {@code start} up to the line that closes the block ('}', '} else {' or 'end') and
         * returns that line's index.
         */
        int steps(List<StepDef> into, int depth) throws DataFormatException {
            return steps(start, into, depth);
        }

        private int steps(int from, List<StepDef> into, int depth) throws DataFormatException {
            int i = from;
            while (i < lines.size()) {
                DataLine line = lines.get(i);
                String text = line.text();
                if (text.equals("end") || text.equals("}") || text.equals("} else {")) {
                    return i;
                }
                if (text.startsWith("## ") || text.startsWith("path\t")) {
                    throw line.error("a new " + (text.startsWith("##") ? "section" : "path")
                            + " starts before the 'end' of the code path above");
                }
                if (text.endsWith("{")) {
                    i = block(i, into, depth);
                    continue;
                }
                into.add(step(line));
                i++;
            }
            return i;
        }

        private int block(int at, List<StepDef> into, int depth) throws DataFormatException {
            DataLine line = lines.get(at);
            List<String> words = new ArrayList<>(line.words());
            words.remove(words.size() - 1);
            List<StepDef> body = new ArrayList<>();
            int close = steps(at + 1, body, depth + 1);
            if (close >= lines.size() || lines.get(close).text().equals("end")) {
                throw line.error("the block opened here is not closed with '}'");
            }
            String keyword = words.isEmpty() ? "" : words.get(0);
            switch (keyword) {
                case "loop" -> {
                    requireClosedBy(close, "}", line);
                    if (words.size() == 2) {
                        int count = line.integer(words.get(1), "the loop count");
                        if (count < 0) {
                            throw line.error("the loop count must not be negative");
                        }
                        into.add(new Loop(line.number(), count, null, List.copyOf(body)));
                    } else {
                        into.add(new Loop(line.number(), 1, dist(line, words.subList(1, words.size())),
                                List.copyOf(body)));
                    }
                    return close + 1;
                }
                case "branch" -> {
                    if (words.size() != 2) {
                        throw line.error("expected 'branch P {' with P the probability of the first block");
                    }
                    double p = line.number(words.get(1), "the branch probability");
                    if (p < 0 || p > 1) {
                        throw line.error("the branch probability must be between 0 and 1, found " + words.get(1));
                    }
                    List<StepDef> otherwise = new ArrayList<>();
                    int next = close + 1;
                    if (lines.get(close).text().equals("} else {")) {
                        int elseClose = steps(close + 1, otherwise, depth + 1);
                        if (elseClose >= lines.size() || !lines.get(elseClose).text().equals("}")) {
                            throw lines.get(close).error("the else block opened here is not closed with '}'");
                        }
                        next = elseClose + 1;
                    }
                    into.add(new Branch(line.number(), p, List.copyOf(body), List.copyOf(otherwise)));
                    return next;
                }
                case "giant" -> {
                    requireClosedBy(close, "}", line);
                    if (words.size() != 1) {
                        throw line.error("expected 'giant {'");
                    }
                    if (depth != 0) {
                        throw line.error("a 'giant {' block must be at the top level of its code path");
                    }
                    into.add(new GiantBlock(line.number(), List.copyOf(body)));
                    return close + 1;
                }
                default -> throw line.error("unknown block '" + line.text()
                        + "'; blocks are 'loop N {', 'loop <distribution> {', 'branch P {' and 'giant {'");
            }
        }

        private void requireClosedBy(int close, String expected, DataLine opener) throws DataFormatException {
            if (!lines.get(close).text().equals(expected)) {
                throw lines.get(close).error("'" + lines.get(close).text() + "' does not close the block opened on "
                        + "line " + opener.number() + "; only a branch has an else block");
            }
        }

        private StepDef step(DataLine line) throws DataFormatException {
            String text = line.text();
            String label = "";
            int semicolon = text.indexOf(';');
            if (semicolon >= 0) {
                label = text.substring(semicolon + 1).strip();
                text = text.substring(0, semicolon).strip();
            }
            String keyword = text.split("\\s+", 2)[0];
            String rest = text.substring(keyword.length()).strip();
            List<String> words = rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
            switch (keyword) {
                case "acquire" -> {
                    String file = null;
                    int fileLine = 0;
                    int at = rest.indexOf(" @ ");
                    if (at >= 0) {
                        String point = rest.substring(at + 3).strip();
                        rest = rest.substring(0, at).strip();
                        int colon = point.lastIndexOf(':');
                        if (colon <= 0) {
                            throw line.error("an acquisition point is written '@ file.c:line', found '@ " + point
                                    + "'");
                        }
                        file = point.substring(0, colon);
                        fileLine = line.integer(point.substring(colon + 1), "the acquisition point's line");
                        if (fileLine <= 0) {
                            throw line.error("the acquisition point's line must be positive");
                        }
                    }
                    boolean shared = false;
                    boolean tryLock = false;
                    for (boolean more = true; more;) {
                        more = false;
                        if (rest.endsWith(" shared")) {
                            shared = true;
                            rest = rest.substring(0, rest.length() - 7).strip();
                            more = true;
                        } else if (rest.endsWith(" try")) {
                            tryLock = true;
                            rest = rest.substring(0, rest.length() - 4).strip();
                            more = true;
                        }
                    }
                    requireName(line, rest, "acquire <lock type>");
                    return new Acquire(line.number(), rest, shared, tryLock, file, fileLine, label);
                }
                case "release" -> {
                    requireName(line, rest, "release <lock type>");
                    return new Release(line.number(), rest, label);
                }
                case "work" -> {
                    return new Work(line.number(), dist(line, words), label);
                }
                case "sleep", "cv_wait" -> {
                    return sleep(line, keyword, words, label);
                }
                case "wakeup" -> {
                    if (words.isEmpty() || words.size() > 2 || words.size() == 2 && !words.get(1).equals("one")) {
                        throw line.error("expected 'wakeup <channel> [one]'");
                    }
                    return new Wakeup(line.number(), words.get(0), words.size() == 1, label);
                }
                case "cv_signal", "cv_broadcast" -> {
                    if (words.size() != 1) {
                        throw line.error("expected '" + keyword + " <condition variable>'");
                    }
                    return new CvSignal(line.number(), words.get(0), keyword.equals("cv_broadcast"), label);
                }
                case "call" -> {
                    if (words.size() != 1) {
                        throw line.error("expected 'call <code path>'");
                    }
                    if (!paths.containsKey(words.get(0))) {
                        throw line.error("call of code path '" + words.get(0) + "', which is not defined above; "
                                + "a path may only call paths defined before it (so no path calls itself)");
                    }
                    return new Call(line.number(), words.get(0), label);
                }
                case "critical_enter", "critical_exit", "yield" -> {
                    if (!words.isEmpty()) {
                        throw line.error("'" + keyword + "' takes no arguments");
                    }
                    return new Simple(line.number(), keyword, label);
                }
                default -> throw line.error("unknown step '" + keyword + "'; the steps are acquire, release, work, "
                        + "sleep, cv_wait, wakeup, cv_signal, cv_broadcast, call, critical_enter, critical_exit, "
                        + "yield and the blocks loop, branch and giant");
            }
        }

        private static void requireName(DataLine line, String name, String form) throws DataFormatException {
            if (name.isEmpty()) {
                throw line.error("expected '" + form + "'");
            }
        }

        private static Sleep sleep(DataLine line, String keyword, List<String> words, String label)
                throws DataFormatException {
            if (words.isEmpty()) {
                throw line.error("expected '" + keyword + " <" + (keyword.equals("sleep") ? "wait channel"
                        : "condition variable") + "> [interlock <lock type>] [priority <PRIBIO, PSOCK, ...>]"
                        + " [timeout <distribution>]'");
            }
            String target = words.get(0);
            int timeoutAt = words.indexOf("timeout");
            int end = timeoutAt < 0 ? words.size() : timeoutAt;
            int priorityAt = words.subList(0, end).indexOf("priority");
            int priority = 0;
            if (priorityAt >= 0 && keyword.equals("cv_wait")) {
                throw line.error("cv_wait takes no priority: it keeps the thread's own (only msleep is given one)");
            }
            if (priorityAt >= 0) {
                if (priorityAt != end - 2 || !SLEEP_PRIORITIES.containsKey(words.get(end - 1))) {
                    throw line.error("expected 'priority <name>' with one of " + SLEEP_PRIORITIES.entrySet().stream()
                            .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList()
                            + " before any timeout, found '" + String.join(" ", words.subList(priorityAt, end)) + "'");
                }
                priority = SLEEP_PRIORITIES.get(words.get(end - 1));
                end = priorityAt;
            }
            List<String> interlockWords = words.subList(1, end);
            String interlock = null;
            if (!interlockWords.isEmpty()) {
                if (!interlockWords.get(0).equals("interlock") || interlockWords.size() < 2) {
                    throw line.error("expected 'interlock <lock type>' after the " + (keyword.equals("sleep")
                            ? "wait channel" : "condition variable") + ", found '" + String.join(" ",
                                    interlockWords) + "'");
                }
                interlock = String.join(" ", interlockWords.subList(1, interlockWords.size()));
            }
            if (keyword.equals("cv_wait") && interlock == null) {
                throw line.error("cv_wait needs 'interlock <lock type>': cv_wait always drops a mutex");
            }
            Dist timeout = timeoutAt < 0 ? null : dist(line, words.subList(timeoutAt + 1, words.size()));
            return keyword.equals("sleep") ? new Sleep(line.number(), target, null, interlock, priority, timeout, label)
                    : new Sleep(line.number(), null, target, interlock, priority, timeout, label);
        }
    }

    /** Parses {@code fixed N | uniform MIN MAX | exponential MEAN | normal MEAN SD}; values are non-negative. */
    static Dist dist(DataLine line, List<String> words) throws DataFormatException {
        if (words.isEmpty()) {
            throw line.error("expected a distribution: fixed N, uniform MIN MAX, exponential MEAN or normal MEAN SD");
        }
        String kind = words.get(0);
        int arguments = switch (kind) {
            case "fixed", "exponential" -> 1;
            case "uniform", "normal" -> 2;
            default -> throw line.error("unknown distribution '" + kind
                    + "'; expected fixed N, uniform MIN MAX, exponential MEAN or normal MEAN SD");
        };
        if (words.size() != arguments + 1) {
            throw line.error("'" + kind + "' takes " + arguments + " number" + (arguments == 1 ? "" : "s")
                    + ", found " + (words.size() - 1));
        }
        double a = line.number(words.get(1), kind + "'s first value");
        double b = arguments == 2 ? line.number(words.get(2), kind + "'s second value") : 0;
        if (a < 0 || b < 0) {
            throw line.error("durations and counts must not be negative");
        }
        if (kind.equals("uniform") && b < a) {
            throw line.error("uniform MIN MAX needs MIN <= MAX");
        }
        if (kind.equals("exponential") && a <= 0) {
            throw line.error("exponential needs a positive mean");
        }
        return new Dist(kind, a, b);
    }
}
