package org.smpng.io.witness;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smpng.io.witness.LorReport.Era;
import org.smpng.io.witness.LorReport.Frame;
import org.smpng.io.witness.LorReport.LockLine;
import org.smpng.io.witness.LorReport.Order;

/**
 * Reads a WITNESS lock order reversal report as people paste it: from a console, a syslog file, a mail archive, a
 * bug tracker or a commit message, in any of the formats of FreeBSD 5.x to main.
 *
 * <p>Before parsing, each line loses what the copy added: leading annotation lines of the data files ({@code # }
 * comments), mail quote marks ({@code > }), syslog prefixes ({@code Apr  7 20:16:34 host kernel: }), console pid
 * prefixes ({@code [19] }). Lines that a mail client or tracker wrapped are joined again (a lock line without its
 * {@code file:line} takes the next line), and a report collapsed onto one line is split again before each
 * {@code 1st/2nd/3rd 0x}, {@code lock order} and {@code #N 0x}. The parser is lenient by design: what it cannot read
 * (a report cut off mid-frame, two CPUs' reports interleaved character by character) it keeps out of the result and
 * describes in {@link LorReport#problems()}, so an import never fails on a real-world paste that still names its
 * locks. Stateless and thread-safe.
 */
public final class LorReportParser {

    /** Lock class names (lc_name) that may follow the witness name in a modern lock line. */
    private static final Set<String> CLASSES = Set.of("sleep mutex", "spin mutex", "sx", "rw", "rm", "rmslock",
            "lockmgr", "lockmgr (shared)");

    private static final Pattern ANNOTATION = Pattern.compile("#(?!\\d)(\\s.*)?");
    private static final Pattern QUOTE = Pattern.compile("^(\\s*>)+\\s?");
    private static final Pattern SYSLOG = Pattern.compile("^[A-Z][a-z]{2}\\s+\\d+\\s+\\d\\d:\\d\\d:\\d\\d\\s+\\S+\\s+"
            + "kernel:\\s?");
    private static final Pattern PID = Pattern.compile("^\\[\\d+\\]\\s?");
    private static final Pattern RECORD_BREAK = Pattern.compile("\\s+(?=(?:1st|2nd|3rd) 0x|lock order |#\\d+ 0x)"
            + "|(?<!KDB:)\\s+(?=stack backtrace:)");
    private static final Pattern HEADER = Pattern.compile("lock order reversal(:)?(?: \\((.+)\\))?");
    private static final Pattern LOCK = Pattern.compile("(1st|2nd|3rd) (0x\\p{XDigit}+) (.*)");
    private static final Pattern ORDER = Pattern.compile("lock order (.+?) -> (.+?) (established|attempted) at:");
    private static final Pattern FILE_LINE = Pattern.compile("(\\S+):(\\d+)");
    private static final Pattern FRAME_LONG = Pattern.compile("#(\\d+) (0x\\p{XDigit}+) at ([A-Za-z_.$][\\w.$]*)"
            + "\\+(0x\\p{XDigit}+)");
    private static final Pattern FRAME_DDB = Pattern.compile("([\\w.$]+)\\(\\) at ([\\w.$]+)\\+(0x\\p{XDigit}+)"
            + "/frame (0x\\p{XDigit}+)");
    private static final Pattern FRAME_BARE = Pattern.compile("([A-Za-z_.$][\\w.$]*)\\+(0x\\p{XDigit}+)");
    private static final Pattern RECORD_START = Pattern.compile("(lock order |(1st|2nd|3rd) 0x|#\\d|stack backtrace:"
            + "|KDB: stack backtrace:|panic:|[\\w.$]+\\(\\) at |[A-Za-z_.$][\\w.$]*\\+0x\\p{XDigit}+$).*");

    /**
     * Parses one report.
     *
     * @param source a name for the input used in messages, e.g. its file name
     * @param text   the pasted text
     * @throws LorReportFormatException if the text has neither a {@code lock order reversal} header nor a single
     *                                  {@code 1st/2nd/3rd 0x...} lock line
     */
    public LorReport parse(String source, String text) throws LorReportFormatException {
        List<String> lines = logicalLines(text);
        List<String> problems = new ArrayList<>();
        List<LockLine> locks = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        List<Frame> backtrace = new ArrayList<>();
        boolean header = false, colon = false, sawBacktrace = false;
        String variant = "";
        List<Frame> frames = null; // where frames go: an order's or the backtrace
        String orderFrom = null, orderTo = null;
        boolean orderEstablished = false;
        for (String line : lines) {
            Matcher m;
            if ((m = HEADER.matcher(line)).matches()) {
                if (header) {
                    problems.add("a second 'lock order reversal' header: two reports are mixed");
                }
                header = true;
                colon = m.group(1) != null;
                variant = m.group(2) == null ? "" : m.group(2);
            } else if ((m = LOCK.matcher(line)).matches()) {
                LockLine lock = lockLine(m.group(1), m.group(2), m.group(3), problems);
                if (lock != null) {
                    if (locks.stream().anyMatch(l -> l.ordinal().equals(lock.ordinal()))) {
                        problems.add("a second '" + lock.ordinal() + "' lock line (" + lock.name()
                                + "): reports printed at the same time are interleaved");
                    } else {
                        locks.add(lock);
                    }
                }
            } else if ((m = ORDER.matcher(line)).matches()) {
                if (frames != null && orderFrom != null) {
                    orders.add(new Order(orderFrom, orderTo, orderEstablished, frames));
                }
                orderFrom = m.group(1);
                orderTo = m.group(2);
                orderEstablished = m.group(3).equals("established");
                frames = new ArrayList<>();
            } else if (line.equals("stack backtrace:") || line.equals("KDB: stack backtrace:")) {
                if (orderFrom != null) {
                    orders.add(new Order(orderFrom, orderTo, orderEstablished, frames));
                    orderFrom = null;
                }
                if (sawBacktrace) {
                    problems.add("a second 'stack backtrace:': reports printed at the same time are interleaved");
                }
                sawBacktrace = true;
                frames = backtrace;
            } else if (frames != null && frame(line) != null) {
                frames.add(frame(line));
            } else if (frames != null && (line.startsWith("#") || line.contains("() at "))) {
                problems.add("unreadable stack frame '" + line + "' (cut off or garbled)");
            } else {
                problems.add("unrecognized text '" + line + "'");
            }
        }
        if (orderFrom != null) {
            orders.add(new Order(orderFrom, orderTo, orderEstablished, frames));
        }
        if (!header && locks.isEmpty()) {
            throw new LorReportFormatException(source, "no 'lock order reversal' header and no '1st 0x...' lock line;"
                    + " this is not a WITNESS lock order reversal report");
        }
        Era era = locks.stream().anyMatch(l -> !l.className().isEmpty()) ? Era.MODERN
                : header && !colon ? Era.FREEBSD_5X : Era.FREEBSD_11X;
        if (!header) {
            problems.add("no 'lock order reversal' header: the excerpt begins mid-report");
        }
        if (!locks.stream().anyMatch(l -> l.ordinal().equals("1st"))
                || !locks.stream().anyMatch(l -> l.ordinal().equals("2nd"))) {
            problems.add("the report lacks its 1st or 2nd lock line");
        }
        if (era == Era.MODERN && !orders.isEmpty() && orders.stream().noneMatch(o -> !o.established())) {
            problems.add("no 'attempted at:' stack after 'established at:': the report is cut off");
        }
        return new LorReport(era, header, variant, locks, orders, backtrace, problems);
    }

    /** Normalized logical lines: prefixes removed, collapsed lines split, wrapped lines joined. */
    private static List<String> logicalLines(String text) {
        List<String> raw = new ArrayList<>();
        boolean leading = true;
        for (String line : text.split("\\R")) {
            if (leading && ANNOTATION.matcher(line).matches()) {
                continue; // the data files' provenance comments
            }
            leading = false;
            String s = QUOTE.matcher(line).replaceFirst("");
            s = SYSLOG.matcher(s.strip()).replaceFirst("");
            s = PID.matcher(s).replaceFirst("").strip();
            if (s.isEmpty()) {
                continue;
            }
            for (String piece : RECORD_BREAK.split(s)) {
                if (!piece.isBlank()) {
                    raw.add(piece.strip());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String s : raw) {
            if (!lines.isEmpty() && !RECORD_START.matcher(s).matches() && !HEADER.matcher(s).matches()) {
                String previous = lines.get(lines.size() - 1);
                if (LOCK.matcher(previous).matches() && !previous.matches(".* @ \\S+:\\d+")) {
                    lines.set(lines.size() - 1, previous + " " + s);
                    continue;
                }
            }
            lines.add(s);
        }
        return lines;
    }

    private static LockLine lockLine(String ordinal, String pointer, String rest, List<String> problems) {
        int at = rest.lastIndexOf(" @ ");
        String described = at < 0 ? rest : rest.substring(0, at).strip();
        String where = at < 0 ? "" : rest.substring(at + 3).strip();
        String file = "";
        int line = 0;
        Matcher fl = FILE_LINE.matcher(where);
        if (fl.matches()) {
            file = fl.group(1);
            line = Integer.parseInt(fl.group(2));
        } else {
            problems.add("the " + ordinal + " lock line has no 'file:line' ('" + where + "'): cut off or garbled");
        }
        if (!described.endsWith(")")) {
            problems.add("the " + ordinal + " lock line has no '(type)' after the name: '" + described + "'");
            return null;
        }
        int depth = 0, open = -1;
        for (int i = described.length() - 1; i >= 0 && open < 0; i--) {
            char c = described.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                open = i;
            }
        }
        if (open <= 0) {
            problems.add("the " + ordinal + " lock line has unbalanced parentheses: '" + described + "'");
            return null;
        }
        String name = described.substring(0, open).strip();
        String inner = described.substring(open + 1, described.length() - 1);
        String witness = inner, className = "";
        int comma = inner.lastIndexOf(", ");
        if (comma >= 0 && CLASSES.contains(inner.substring(comma + 2))) {
            witness = inner.substring(0, comma);
            className = inner.substring(comma + 2);
        }
        return new LockLine(ordinal, pointer, name, witness, className, file, line);
    }

    private static Frame frame(String line) {
        Matcher m;
        if ((m = FRAME_LONG.matcher(line)).matches()) {
            return new Frame(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4));
        }
        if ((m = FRAME_DDB.matcher(line)).matches()) {
            return new Frame(-1, m.group(4), m.group(2), m.group(3));
        }
        if ((m = FRAME_BARE.matcher(line)).matches()) {
            return new Frame(-1, "", m.group(1), m.group(2));
        }
        return null;
    }
}
