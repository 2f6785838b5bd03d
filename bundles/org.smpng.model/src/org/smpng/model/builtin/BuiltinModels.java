package org.smpng.model.builtin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.smpng.model.builtin.BuiltinModel.Kind;

/**
 * The catalogue of models shipped with the product: kernels, machines, workloads and scenarios. Load a kernel with
 * {@link KernelModels#load(String)} and the spec {@code builtin:<id>}, any kind with
 * {@link KernelModels#load(String, Class)}. Immutable and thread-safe.
 * <p>
 * Machines, workloads and scenarios refer to kernels (and workloads to machines) by XMI references between the
 * shipped files; see {@code data/machines.txt} for how those references are bound and re-bound.
 */
public final class BuiltinModels {

    /** The prefix that marks a built-in model spec. */
    public static final String SCHEME = "builtin:";

    private static final String CODE_PATHS = "data/kernel_code_paths.txt";

    /** The data every era kernel is generated from, the code paths first (they are what the provenance names). */
    private static final List<String> ERA_DATA = List.of(CODE_PATHS, "data/witness_order_lists_5x.txt",
            "data/subsystem_giant_status.txt", "data/smp_status_2004.txt", "data/thread_platform_status_2004.txt");

    private static final List<BuiltinModel> CATALOGUE = List.of(
            new BuiltinModel("freebsd-5.0", Kind.KERNEL, "FreeBSD 5.0-CURRENT (2002) static lock order",
                    "WITNESS order_lists[] of sys/kern/subr_witness.c just before 5.0-RELEASE: "
                            + "2 chains, 33 lock types.",
                    "models/freebsd-5.0.xmi", "data/witness_order_lists_2002_5.0era.txt"),
            new BuiltinModel("freebsd-5x", Kind.KERNEL, "FreeBSD 5.x (2005) static lock order",
                    "WITNESS order_lists[] of the RELENG_5 to RELENG_6 era: 13 chains, 82 entries, 75 lock types.",
                    "models/freebsd-5x.xmi", "data/witness_order_lists_5x.txt"),
            new BuiltinModel("freebsd-7-current", Kind.KERNEL, "FreeBSD 7.0-CURRENT (2006) static lock order",
                    "WITNESS order_lists[] of the RELENG_6 / 7.0-CURRENT era: 14 chains, 83 entries, 76 lock types.",
                    "models/freebsd-7-current.xmi", "data/witness_order_lists_2006.txt"),
            new BuiltinModel("freebsd-head", Kind.KERNEL, "FreeBSD HEAD (2023+) static lock order",
                    "WITNESS order_lists[] and blessed_list[] of main after 2023: "
                            + "24 chains, 113 entries, 105 lock types.",
                    "models/freebsd-head.xmi", "data/witness_order_lists_HEAD.txt"),
            new BuiltinModel("freebsd-4x", Kind.KERNEL, "FreeBSD 4.x: Giant everywhere",
                    "Every syscall and every interrupt handler runs under Giant; the 5.x code paths and WITNESS "
                            + "order, so the three eras compare on the same lock types.",
                    "models/freebsd-4x.xmi", ERA_DATA),
            new BuiltinModel("freebsd-5.3", Kind.KERNEL, "FreeBSD 5.3 (Nov 2004): the seed's tables",
                    "Giant where the SMP status page of November 2004 says the work is not done "
                            + "(data/subsystem_giant_status.txt); ata, fxp, em, sio and the clock run MPSAFE.",
                    "models/freebsd-5.3.xmi", ERA_DATA),
            new BuiltinModel("freebsd-5x-target", Kind.KERNEL, "FreeBSD 5.x target: Giant-free",
                    "The SMPng goal: the same code paths with no Giant at all.",
                    "models/freebsd-5x-target.xmi", ERA_DATA),
            new BuiltinModel("i386-smp-4cpu-2004", Kind.MACHINE, "2004 4-CPU i386 SMP server",
                    "4 x Xeon MP, one I/O APIC; clock, rtc, atkbd, sio, 2 x ata, 2 x fxp, uhci.",
                    "models/i386-smp-4cpu-2004.xmi", "data/machines.txt"),
            new BuiltinModel("amd64-2x2-2006", Kind.MACHINE, "2006 amd64, 2 packages x 2 cores",
                    "Opteron 275 class; clock, rtc, atkbd, sio, ata, em, ohci.",
                    "models/amd64-2x2-2006.xmi", "data/machines.txt"),
            new BuiltinModel("amd64-16cpu", Kind.MACHINE, "16-CPU amd64, 4 packages x 4 cores",
                    "Clock, rtc, atkbd, sio, ata, ohci and two em(4) ports on MSI.",
                    "models/amd64-16cpu.xmi", "data/machines.txt"),
            new BuiltinModel("syscall-mix", Kind.WORKLOAD, "Syscall-heavy mix",
                    "8 threads doing read/write/open/close/pipe/socket/fork/wait4, with clock and disk interrupts.",
                    "models/syscall-mix.xmi", "data/workloads.txt"),
            new BuiltinModel("net-forwarding", Kind.WORKLOAD, "Network forwarding",
                    "About 40 kpps in on fxp0 and out on fxp1, forwarded by the netisr; no user processes.",
                    "models/net-forwarding.xmi", "data/workloads.txt"),
            new BuiltinModel("desktop-mix", Kind.WORKLOAD, "Mixed desktop load",
                    "X server, a 4-thread browser and make -j4, with keyboard, mouse, network and disk interrupts.",
                    "models/desktop-mix.xmi", "data/workloads.txt"),
            new BuiltinModel("syscall-mix-4x", Kind.SCENARIO, "Syscall mix on 4 CPUs under FreeBSD 4.x",
                    "freebsd-4x on i386-smp-4cpu-2004 running syscall-mix.",
                    "models/syscall-mix-4x.xmi", "data/scenarios.txt"),
            new BuiltinModel("syscall-mix-5.3", Kind.SCENARIO, "Syscall mix on 4 CPUs under FreeBSD 5.3",
                    "freebsd-5.3 on i386-smp-4cpu-2004 running syscall-mix.",
                    "models/syscall-mix-5.3.xmi", "data/scenarios.txt"),
            new BuiltinModel("syscall-mix-target", Kind.SCENARIO, "Syscall mix on 4 CPUs, Giant-free",
                    "freebsd-5x-target on i386-smp-4cpu-2004 running syscall-mix.",
                    "models/syscall-mix-target.xmi", "data/scenarios.txt"));

    private static final Map<String, BuiltinModel> BY_ID = CATALOGUE.stream()
            .collect(Collectors.toUnmodifiableMap(BuiltinModel::id, model -> model));

    private BuiltinModels() {
    }

    /** Returns every built-in model: kernels oldest first, then machines, workloads and scenarios. */
    public static List<BuiltinModel> all() {
        return CATALOGUE;
    }

    /** Returns the built-in models of one kind, in catalogue order. */
    public static List<BuiltinModel> ofKind(Kind kind) {
        return CATALOGUE.stream().filter(model -> model.kind() == kind).toList();
    }

    /** Returns the built-in kernel models, the ones the lock graph and the lock order editor show. */
    public static List<BuiltinModel> kernels() {
        return ofKind(Kind.KERNEL);
    }

    /** Returns the built-in model with the given id, if there is one. */
    public static Optional<BuiltinModel> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Returns the specs of all built-in models of a kind, for messages. */
    static String ids(Kind kind) {
        return ofKind(kind).stream().map(BuiltinModel::spec).collect(Collectors.joining(", "));
    }

}
