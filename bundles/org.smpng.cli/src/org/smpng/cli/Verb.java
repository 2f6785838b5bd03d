package org.smpng.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line verb contributed by another bundle through the extension point {@code org.smpng.cli.verbs}, for
 * verbs that need more than the headless core (the diagram exports draw with SWT, which the command-line bundle
 * must not import). {@code ./smpng NAME args...} runs the verb registered under NAME with the arguments after it.
 *
 * <p>Example contribution:
 * <pre>{@code
 * <extension point="org.smpng.cli.verbs">
 *    <verb name="export-diagram" class="org.example.ExportDiagramVerb"
 *          usage="export-diagram --diagram NAME -o FILE&#10;    Writes the diagram."/>
 * </extension>
 * }</pre>
 *
 * <p>A verb prints what it did to {@code out} and problems to {@code err}, and returns an exit code:
 * {@link #OK}, {@link #FAILED} (the input or the output failed; the message says which and why) or throws
 * {@link VerbUsageException} when the command line is wrong (the command line then prints the usage, exit code 2).
 */
public interface Verb {

    /** Exit code: success. */
    int OK = 0;
    /** Exit code: bad input or an I/O failure. */
    int FAILED = 1;

    /**
     * Runs the verb.
     *
     * @param args the arguments after the verb's name
     * @return {@link #OK} or {@link #FAILED}
     * @throws VerbUsageException if the arguments are wrong (unknown or missing option, bad value)
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws VerbUsageException;
}
