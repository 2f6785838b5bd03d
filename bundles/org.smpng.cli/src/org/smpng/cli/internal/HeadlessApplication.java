package org.smpng.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The product's headless application ({@code org.smpng.cli.headless}): runs one command-line verb and returns
 * its exit code, which the launcher makes the process's exit code. The built-in verbs never touch a display; a verb
 * contributed through {@code org.smpng.cli.verbs} may open one (export-diagram draws with SWT).
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        return Cli.run(args, System.out, System.err);
    }

    @Override
    public void stop() {
        // A verb runs to completion; there is nothing to interrupt.
    }
}
