package org.smpng.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one verb: {@code --name value}, {@code --name=value}, {@code -o value}, and plain
 * operands. Each verb declares the options it knows; anything else is a usage error naming it.
 */
final class Arguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Arguments() {
    }

    /**
     * Parses {@code args}, accepting only the options in {@code known} (spelt with their dashes, e.g. {@code --model}
     * or {@code -o}); {@code aliases} maps a short option to its long name.
     */
    static Arguments parse(List<String> args, Set<String> known, Map<String, String> aliases) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                parsed.operands.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            name = aliases.getOrDefault(name, name);
            if (!known.contains(name)) {
                throw new UsageException("unknown option " + arg);
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + arg + " needs a value");
                }
                value = args.get(++i);
            }
            if (parsed.options.put(name, value) != null) {
                throw new UsageException("option " + name + " is given twice");
            }
        }
        return parsed;
    }

    /** Returns the value of an option, if given. */
    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** Returns the value of an option that the verb cannot do without. */
    String required(String name) throws UsageException {
        return option(name).orElseThrow(() -> new UsageException("missing option " + name));
    }

    /** Returns the operands (arguments that are not options), in order. */
    List<String> operands() {
        return List.copyOf(operands);
    }
}
