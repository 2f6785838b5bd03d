package org.smpng.sim.diag;

import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;

/** FreeBSD's names for the engine's lock kinds ({@code lc_name} of struct lock_class). */
final class LockNames {

    private LockNames() {
    }

    static String className(LockTypeInfo type) {
        return switch (type.kind()) {
        case CompiledScenario.SPIN_MUTEX -> "spin mutex";
        case CompiledScenario.SLEEP_MUTEX -> "sleep mutex";
        case CompiledScenario.SX -> "sx";
        case CompiledScenario.LOCKMGR -> "lockmgr";
        default -> "lock";
        };
    }

    /** Whether waiters of this kind lend their priority to the owner (turnstile locks: sleep mutexes). */
    static boolean propagatesPriority(LockTypeInfo type) {
        return type.kind() == CompiledScenario.SLEEP_MUTEX;
    }
}
