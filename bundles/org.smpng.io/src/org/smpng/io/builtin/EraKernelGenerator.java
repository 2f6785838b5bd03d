package org.smpng.io.builtin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smpng.io.builtin.KernelCodePaths.Dist;
import org.smpng.io.builtin.KernelCodePaths.LockRow;
import org.smpng.io.builtin.KernelCodePaths.PathDef;
import org.smpng.io.builtin.KernelCodePaths.StepDef;
import org.smpng.io.builtin.KernelCodePaths.SyscallRow;
import org.smpng.io.witness.OrderListFormatException;
import org.smpng.io.witness.OrderListImporter;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquireMode;
import org.smpng.model.kernel.AcquisitionPoint;
import org.smpng.model.kernel.Branch;
import org.smpng.model.kernel.Call;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.ConditionVariable;
import org.smpng.model.kernel.Distribution;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockInstances;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.LockingStatus;
import org.smpng.model.kernel.Loop;
import org.smpng.model.kernel.Platform;
import org.smpng.model.kernel.PlatformThreadingStatus;
import org.smpng.model.kernel.Provenance;
import org.smpng.model.kernel.Release;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.Step;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.Task;
import org.smpng.model.kernel.TaskList;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.kernel.ThreadingStatusTable;
import org.smpng.model.kernel.WaitChannel;
import org.smpng.model.kernel.WorkStatus;
import org.smpng.model.kernel.support.LockOrderGraph;

/**
 * Builds the kernel of one {@link Era} from the shared data: the 5.x WITNESS order list (through
 * {@link OrderListImporter}), the code paths of {@code kernel_code_paths.txt}, the Giant interpretation of
 * {@code subsystem_giant_status.txt} and the seed tables. The era decides which Giant units are wrapped in Giant and
 * so each syscall's MPSAFE flag; everything else is the same in the three eras.
 * <p>
 * The generator refuses data that would give an invalid kernel, naming the data line: an unknown lock type,
 * subsystem, row or class, and any code path that acquires a lock the WITNESS order puts before one it holds, that
 * releases a lock it does not hold or that ends holding a lock. Stateless and thread-safe.
 */
public final class EraKernelGenerator {

    /** The data every era kernel is generated from, bundle-relative, the code paths first. */
    public static final String CODE_PATHS = "data/kernel_code_paths.txt";
    /** The WITNESS order list used for all three eras. */
    public static final String ORDER_LIST = "data/witness_order_lists_5x.txt";
    /** The Giant interpretation of the seeds. */
    public static final String GIANT_STATUS = "data/subsystem_giant_status.txt";
    /** The SMP status page of November 2004. */
    public static final String SMP_STATUS = "data/smp_status_2004.txt";
    /** The thread library tables of the 5.x roadmap. */
    public static final String THREAD_STATUS = "data/thread_platform_status_2004.txt";

    private static final List<String> DATA = List.of(CODE_PATHS, ORDER_LIST, GIANT_STATUS, SMP_STATUS,
            THREAD_STATUS);

    private static final KernelFactory FACTORY = KernelFactory.eINSTANCE;

    private final DataFiles files;
    private final String generator;

    /**
     * @param files     where the data is read from
     * @param generator the class name recorded as the models' generator
     */
    public EraKernelGenerator(DataFiles files, String generator) {
        this.files = files;
        this.generator = generator;
    }

    /** Returns the bundle-relative paths of the data files, the one the provenance names first. */
    public static List<String> dataPaths() {
        return DATA;
    }

    /** Builds the kernel of {@code era}. */
    public KernelModel generate(Era era) throws IOException, OrderListFormatException, DataFormatException {
        Map<String, byte[]> data = new LinkedHashMap<>();
        for (String path : DATA) {
            data.put(path, files.read(path));
        }
        KernelCodePaths paths = KernelCodePaths.parse(recorded(CODE_PATHS), reader(data.get(CODE_PATHS)));
        GiantStatusTable giantStatus = GiantStatusTable.parse(recorded(GIANT_STATUS), reader(data.get(GIANT_STATUS)));
        Map<String, SeedTables.SubsystemRow> subsystems = SeedTables.subsystems(recorded(SMP_STATUS),
                reader(data.get(SMP_STATUS)));
        List<SeedTables.ThreadRow> threading = SeedTables.threading(recorded(THREAD_STATUS),
                reader(data.get(THREAD_STATUS)));
        KernelModel model = new OrderListImporter().importFrom(new ByteArrayInputStream(data.get(ORDER_LIST)),
                new OrderListImporter.Origin(era.modelId(), recorded(ORDER_LIST), generator));
        Build build = new Build(era, model, paths, giantStatus);
        build.subsystems(subsystems);
        // The task lists are the seed's, of November 2004: they belong to the 5.3 kernel only.
        if (era == Era.FREEBSD_5_3) {
            build.taskLists(SeedTables.taskLists(recorded(SMP_STATUS), reader(data.get(SMP_STATUS))));
        }
        build.locks();
        build.codePaths();
        build.syscalls();
        // 4.x had neither KSE nor THR, so its kernel carries no thread library tables (the roadmap's are 5.x's).
        if (era != Era.FREEBSD_4X) {
            build.threading(threading);
        }
        build.checkLockOrder();
        model.setName(era.modelId());
        model.setDescription(description(era));
        model.setProvenance(provenance(era, data));
        return model;
    }

    private static String description(Era era) {
        String giant = switch (era) {
            case FREEBSD_4X -> "Every syscall and every interrupt handler runs under Giant, as in FreeBSD 4.x, "
                    + "whose kernel was entered under one big lock.";
            case FREEBSD_5_3 -> "Giant where the SMP project status page of November 2004 (the seed's 'Subsystems "
                    + "and Staffing' table and network stack task list, as interpreted in "
                    + "subsystem_giant_status.txt) says the subsystem, syscall family or driver still needs it; "
                    + "interrupt handlers are MPSAFE only where the seed says so (ata, fxp-class ethernet, sio's fast "
                    + "handler, the clock).";
            case TARGET -> "The SMPng target: the same code paths with Giant pushed out of every one of them.";
        };
        return era.title() + ". " + giant + " The code paths, lock types and the static lock order are the same in "
                + "the three built-in eras (freebsd-4x, freebsd-5.3, freebsd-5x-target): the 5.x WITNESS "
                + "order_lists[] (witness_order_lists_5x.txt) is used for all three, although 4.x had no WITNESS, so "
                + "that they compare on the same lock types. Lock names, syscall numbers and the shape of each code "
                + "path are taken from FreeBSD 5.x sources (from memory, see each path's description); durations, "
                + "branch probabilities and loop counts are estimated.";
    }

    private Provenance provenance(Era era, Map<String, byte[]> data) {
        Provenance provenance = FACTORY.createProvenance();
        provenance.setSource("FreeBSD 5.x sources as recalled in kernel_code_paths.txt; WITNESS order_lists[] of "
                + "sys/kern/subr_witness.c (mid-2005); the FreeBSD SMP project status page (2004/11/26) and 5.x "
                + "roadmap, interpreted in subsystem_giant_status.txt");
        provenance.setDating(switch (era) {
            case FREEBSD_4X -> "FreeBSD 4.x Giant placement on 5.x code paths";
            case FREEBSD_5_3 -> "FreeBSD 5.3, November 2004";
            case TARGET -> "the SMPng goal for 5.x, Giant-free";
        });
        provenance.setDataFile(recorded(CODE_PATHS));
        provenance.setDataSha256(sha256(data.get(CODE_PATHS)));
        provenance.setGenerator(generator);
        StringBuilder notes = new StringBuilder("Generated for the era '" + era.modelId() + "' from:");
        for (Map.Entry<String, byte[]> file : data.entrySet()) {
            notes.append("\n").append(recorded(file.getKey())).append(" sha256=").append(sha256(file.getValue()));
        }
        notes.append("\nGiant rule: a code path bound to a row of subsystem_giant_status.txt takes Giant when the "
                + "row's column for this era is 'Giant', or 'partial' unless the path is marked partial-giant-free; "
                + "a syscall is MPSAFE when its entry path does not take Giant.");
        provenance.setNotes(notes.toString());
        return provenance;
    }

    /** Returns how a data file is recorded: its repository-relative path. */
    static String recorded(String dataPath) {
        return BuiltinModelGenerator.MODEL_BUNDLE + "/" + dataPath;
    }

    private static Reader reader(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The state of building one kernel: the model so far and the data line of every generated step. */
    private static final class Build {

        private final Era era;
        private final KernelModel model;
        private final KernelCodePaths data;
        private final GiantStatusTable giantStatus;
        private final String source = recorded(CODE_PATHS);
        private final Map<String, Subsystem> subsystems = new LinkedHashMap<>();
        private final Map<String, LockType> locks = new LinkedHashMap<>();
        private final Map<String, CodePath> paths = new LinkedHashMap<>();
        private final Map<String, WaitChannel> channels = new LinkedHashMap<>();
        private final Map<String, ConditionVariable> conditionVariables = new LinkedHashMap<>();
        private final Map<Step, Integer> lines = new IdentityHashMap<>();

        Build(Era era, KernelModel model, KernelCodePaths data, GiantStatusTable giantStatus) {
            this.era = era;
            this.model = model;
            this.data = data;
            this.giantStatus = giantStatus;
            model.getLockTypes().forEach(type -> locks.put(type.getName(), type));
        }

        void subsystems(Map<String, SeedTables.SubsystemRow> seed) throws DataFormatException {
            for (SeedTables.SubsystemRow row : seed.values()) {
                GiantStatusTable.Row status = giantStatus.rows().get("subsystem:" + row.name());
                if (status == null) {
                    throw new DataFormatException(recorded(GIANT_STATUS), 0, "subsystem '" + row.name()
                            + "' of smp_status_2004.txt line " + row.line() + " has no 'subsystem' row");
                }
                Subsystem subsystem = FACTORY.createSubsystem();
                subsystem.setName(row.name());
                subsystem.setLockingStatus(switch (status.status(era)) {
                    case GIANT -> LockingStatus.GIANT;
                    case PARTIAL -> LockingStatus.PARTIALLY_GIANT_FREE;
                    case MPSAFE -> LockingStatus.MPSAFE;
                });
                // The seed's work status is that of November 2004; 4.x predates the work and the target ends it.
                subsystem.setWorkStatus(switch (era) {
                    case FREEBSD_4X -> WorkStatus.NOT_STARTED;
                    case FREEBSD_5_3 -> workStatus(row);
                    case TARGET -> WorkStatus.DONE;
                });
                if (era == Era.FREEBSD_5_3) {
                    subsystem.setLastUpdated(row.lastUpdated());
                }
                subsystem.getStaffing().addAll(row.staffing());
                subsystem.setDescription("Seed (Nov 2004): " + row.status() + ". Giant in " + era.modelId() + ": "
                        + status.status(era).word() + " (" + status.basis() + ": " + status.justification() + ")");
                subsystems.put(row.name(), subsystem);
                model.getSubsystems().add(subsystem);
            }
            for (GiantStatusTable.Row row : giantStatus.rows("subsystem")) {
                if (!seed.containsKey(row.name())) {
                    throw new DataFormatException(recorded(GIANT_STATUS), row.line(), "subsystem '" + row.name()
                            + "' is not in the 'Subsystems and Staffing' table of smp_status_2004.txt");
                }
            }
        }

        private static WorkStatus workStatus(SeedTables.SubsystemRow row) throws DataFormatException {
            return workStatus(row.status(), row.line());
        }

        /** The seed's statuses; a known issue's "Resolved" is done and "Unresolved" still in progress. */
        private static WorkStatus workStatus(String status, int line) throws DataFormatException {
            return switch (status) {
                case "Done", "Resolved" -> WorkStatus.DONE;
                case "In progress", "Unresolved" -> WorkStatus.IN_PROGRESS;
                case "Not Started", "Not started" -> WorkStatus.NOT_STARTED;
                case "Stalled" -> WorkStatus.STALLED;
                default -> throw new DataFormatException(recorded(SMP_STATUS), line, "unknown status '"
                        + status + "'");
            };
        }

        void taskLists(List<SeedTables.TaskListRows> lists) throws DataFormatException {
            for (SeedTables.TaskListRows rows : lists) {
                TaskList list = FACTORY.createTaskList();
                list.setName(rows.name());
                for (SeedTables.TaskRow row : rows.tasks()) {
                    Task task = FACTORY.createTask();
                    task.setTitle(row.title());
                    task.setStatus(workStatus(row.status(), row.line()));
                    task.setSeedStatus(row.status());
                    task.setLastUpdated(row.date());
                    task.getResponsible().addAll(row.responsible());
                    task.setNote(row.remark());
                    list.getTasks().add(task);
                }
                model.getTaskLists().add(list);
            }
        }

        void locks() throws DataFormatException {
            for (LockRow row : data.locks()) {
                LockType type = locks.get(row.name());
                if (type == null) {
                    type = FACTORY.createLockType();
                    type.setName(row.name());
                    type.setLockClass(lockClass(row));
                    locks.put(row.name(), type);
                    model.getLockTypes().add(type);
                } else if (!type.getLockClass().getSymbol().equals(row.classSymbol())) {
                    throw new DataFormatException(source, row.line(), "lock type '" + row.name() + "' is a "
                            + type.getLockClass().getName() + " in the WITNESS order list, not a "
                            + row.classSymbol());
                }
                type.setSubsystem(subsystem(row.subsystem(), row.line()));
                if (row.instances().startsWith("fixed:")) {
                    type.setInstances(LockInstances.FIXED);
                    type.setInstanceCount(Integer.parseInt(row.instances().substring(6)));
                } else {
                    // The parser admits only the instance kinds of LockInstances, so this is never null.
                    type.setInstances(LockInstances.getByName(row.instances().toUpperCase(java.util.Locale.ROOT)
                            .replace('-', '_')));
                }
                type.setRecursionAllowed(type.isRecursionAllowed() || row.flags().contains("recurse"));
                type.setDupOk(row.flags().contains("dupok"));
                type.setNoWitness(row.flags().contains("nowitness"));
                type.setDescription(row.comment().isEmpty() ? row.basis() : row.comment() + " (" + row.basis() + ")");
            }
        }

        private LockClass lockClass(LockRow row) throws DataFormatException {
            for (LockClass existing : model.getLockClasses()) {
                if (existing.getSymbol().equals(row.classSymbol())) {
                    return existing;
                }
            }
            LockClass created = OrderListImporter.lockClass(row.classSymbol()).orElseThrow(() ->
                    new DataFormatException(source, row.line(), "unknown lock class '" + row.classSymbol()
                            + "'; known are " + OrderListImporter.lockClassSymbols()));
            // Keep the classes in FreeBSD's lock_classes[] order, as the importer does.
            List<String> order = OrderListImporter.lockClassSymbols();
            int at = 0;
            while (at < model.getLockClasses().size() && order.indexOf(model.getLockClasses().get(at).getSymbol())
                    < order.indexOf(created.getSymbol())) {
                at++;
            }
            model.getLockClasses().add(at, created);
            return created;
        }

        private Subsystem subsystem(String name, int line) throws DataFormatException {
            if (name.equals("-")) {
                return null;
            }
            Subsystem subsystem = subsystems.get(name);
            if (subsystem == null) {
                throw new DataFormatException(source, line, "unknown subsystem '" + name + "'; the subsystems are "
                        + "those of the 'Subsystems and Staffing' table: " + subsystems.keySet());
            }
            return subsystem;
        }

        private LockType lock(String name, int line) throws DataFormatException {
            LockType type = locks.get(name);
            if (type == null) {
                throw new DataFormatException(source, line, "unknown lock type '" + name + "'; add it to the "
                        + "'## locks' section or use a name of the WITNESS order list");
            }
            return type;
        }

        void codePaths() throws DataFormatException {
            for (PathDef def : data.paths().values()) {
                CodePath path = FACTORY.createCodePath();
                path.setName(def.name());
                path.setSubsystem(subsystem(def.subsystem(), def.line()));
                boolean giant = false;
                String note = "";
                if (def.giantRow() != null) {
                    GiantStatusTable.Row row = giantStatus.rows().get(def.giantRow());
                    if (row == null) {
                        throw new DataFormatException(source, def.line(), "code path '" + def.name()
                                + "' is bound to row '" + def.giantRow() + "', which subsystem_giant_status.txt "
                                + "does not have");
                    }
                    if (def.partialGiantFree() && !java.util.Arrays.stream(Era.values())
                            .anyMatch(e -> row.status(e) == GiantStatusTable.Status.PARTIAL)) {
                        throw new DataFormatException(source, def.line(), "code path '" + def.name()
                                + "' is marked partial-giant-free, but row '" + def.giantRow()
                                + "' is 'partial' in no era");
                    }
                    giant = era.takesGiant(row, def.partialGiantFree());
                    note = " Giant unit bound to " + row.key() + " (" + era.modelId() + ": "
                            + row.status(era).word() + (def.partialGiantFree() && row.status(era)
                                    == GiantStatusTable.Status.PARTIAL ? ", the Giant-free part" : "") + "), so it "
                            + (giant ? "runs under Giant" : "runs without Giant") + " here.";
                }
                path.setDescription(def.doc() + note);
                List<Step> steps = steps(def.steps());
                if (giant) {
                    wrapInGiant(def, path, steps);
                } else {
                    path.getSteps().addAll(steps);
                }
                paths.put(def.name(), path);
                model.getCodePaths().add(path);
            }
            model.getWaitChannels().addAll(channels.values());
            model.getConditionVariables().addAll(conditionVariables.values());
        }

        /**
         * Puts Giant around the path's giant block, or around the whole path if it has none: Giant is taken first
         * and released last, as an unconverted syscall or ithread took it around the code it runs.
         */
        private void wrapInGiant(PathDef def, CodePath path, List<Step> steps) {
            KernelCodePaths.GiantBlock block = def.giantBlock();
            Acquire acquire = FACTORY.createAcquire();
            acquire.setLockType(model.getGiant());
            acquire.setLabel("mtx_lock(&Giant): " + def.giantRow() + " is not MPSAFE in " + era.modelId());
            Release release = FACTORY.createRelease();
            release.setLockType(model.getGiant());
            release.setLabel("mtx_unlock(&Giant)");
            lines.put(acquire, block != null ? block.line() : def.line());
            lines.put(release, block != null ? block.line() : def.line());
            if (block == null) {
                path.getSteps().add(acquire);
                path.getSteps().addAll(steps);
                path.getSteps().add(release);
                return;
            }
            int index = def.steps().indexOf(block);
            // steps() inlines a giant block, so the steps before it keep their indexes.
            List<Step> before = steps.subList(0, index);
            List<Step> inside = steps.subList(index, index + countInlined(block));
            List<Step> after = steps.subList(index + countInlined(block), steps.size());
            List<Step> all = new ArrayList<>(before);
            all.add(acquire);
            all.addAll(inside);
            all.add(release);
            all.addAll(after);
            path.getSteps().addAll(all);
        }

        private static int countInlined(KernelCodePaths.GiantBlock block) {
            return block.body().size();
        }

        /** Builds the steps; a giant block's body is inlined (Giant itself is added by {@link #wrapInGiant}). */
        private List<Step> steps(List<StepDef> defs) throws DataFormatException {
            List<Step> steps = new ArrayList<>();
            for (StepDef def : defs) {
                if (def instanceof KernelCodePaths.GiantBlock block) {
                    steps.addAll(steps(block.body()));
                } else {
                    Step step = step(def);
                    lines.put(step, def.line());
                    steps.add(step);
                }
            }
            return steps;
        }

        private Step step(StepDef def) throws DataFormatException {
            return switch (def) {
                case KernelCodePaths.Acquire a -> {
                    Acquire acquire = FACTORY.createAcquire();
                    acquire.setLockType(lock(a.lock(), a.line()));
                    acquire.setMode(a.shared() ? AcquireMode.SHARED : AcquireMode.EXCLUSIVE);
                    if (a.shared() && !acquire.getLockType().getLockClass().isUpgradable()) {
                        throw new DataFormatException(source, a.line(), "'" + a.lock() + "' is a "
                                + acquire.getLockType().getLockClass().getName() + ", which has no shared mode");
                    }
                    acquire.setTryAcquire(a.tryLock());
                    if (a.file() != null) {
                        AcquisitionPoint point = FACTORY.createAcquisitionPoint();
                        point.setFile(a.file());
                        point.setLine(a.fileLine());
                        acquire.setAcquisitionPoint(point);
                    }
                    yield labelled(acquire, a.label());
                }
                case KernelCodePaths.Release r -> {
                    Release release = FACTORY.createRelease();
                    release.setLockType(lock(r.lock(), r.line()));
                    yield labelled(release, r.label());
                }
                case KernelCodePaths.Work w -> {
                    org.smpng.model.kernel.Work work = FACTORY.createWork();
                    work.setDuration(distribution(w.duration()));
                    yield labelled(work, w.label());
                }
                case KernelCodePaths.Sleep s -> {
                    Sleep sleep = FACTORY.createSleep();
                    if (s.channel() != null) {
                        sleep.setChannel(channel(s.channel()));
                    } else {
                        sleep.setConditionVariable(conditionVariables.computeIfAbsent(s.cv(), name -> {
                            ConditionVariable cv = FACTORY.createConditionVariable();
                            cv.setName(name);
                            return cv;
                        }));
                    }
                    if (s.interlock() != null) {
                        sleep.setInterlock(lock(s.interlock(), s.line()));
                    }
                    sleep.setPriority(s.priority());
                    if (s.timeout() != null) {
                        sleep.setTimeout(distribution(s.timeout()));
                    }
                    yield labelled(sleep, s.label());
                }
                case KernelCodePaths.Wakeup w -> {
                    org.smpng.model.kernel.Wakeup wakeup = FACTORY.createWakeup();
                    wakeup.setChannel(channel(w.channel()));
                    wakeup.setAll(w.all());
                    yield labelled(wakeup, w.label());
                }
                case KernelCodePaths.CvSignal c -> {
                    ConditionVariable cv = conditionVariables.get(c.cv());
                    if (cv == null) {
                        throw new DataFormatException(source, c.line(), "condition variable '" + c.cv()
                                + "' is signalled before any cv_wait names it");
                    }
                    if (c.broadcast()) {
                        org.smpng.model.kernel.Broadcast broadcast = FACTORY.createBroadcast();
                        broadcast.setConditionVariable(cv);
                        yield labelled(broadcast, c.label());
                    }
                    org.smpng.model.kernel.Signal signal = FACTORY.createSignal();
                    signal.setConditionVariable(cv);
                    yield labelled(signal, c.label());
                }
                case KernelCodePaths.Call c -> {
                    Call call = FACTORY.createCall();
                    call.setCodePath(paths.get(c.path()));
                    yield labelled(call, c.label());
                }
                case KernelCodePaths.Simple s -> labelled(switch (s.keyword()) {
                    case "critical_enter" -> FACTORY.createCriticalEnter();
                    case "critical_exit" -> FACTORY.createCriticalExit();
                    default -> FACTORY.createYield();
                }, s.label());
                case KernelCodePaths.Loop l -> {
                    Loop loop = FACTORY.createLoop();
                    loop.setCount(l.count());
                    if (l.countDist() != null) {
                        loop.setCountDistribution(distribution(l.countDist()));
                    }
                    loop.getBody().addAll(steps(l.body()));
                    yield loop;
                }
                case KernelCodePaths.Branch b -> {
                    Branch branch = FACTORY.createBranch();
                    branch.setProbability(b.probability());
                    branch.getThenSteps().addAll(steps(b.thenSteps()));
                    branch.getElseSteps().addAll(steps(b.elseSteps()));
                    yield branch;
                }
                case KernelCodePaths.GiantBlock g -> throw new DataFormatException(source, g.line(),
                        "a 'giant {' block must be at the top level of its code path");
            };
        }

        private static Step labelled(Step step, String label) {
            if (label != null && !label.isEmpty()) {
                step.setLabel(label);
            }
            return step;
        }

        private WaitChannel channel(String name) {
            return channels.computeIfAbsent(name, n -> {
                WaitChannel channel = FACTORY.createWaitChannel();
                channel.setName(n);
                return channel;
            });
        }

        void syscalls() {
            for (SyscallRow row : data.syscalls()) {
                CodePath entry = paths.get(row.entryPath());
                Syscall syscall = FACTORY.createSyscall();
                syscall.setName(row.name());
                syscall.setNumber(row.number());
                syscall.setCodePath(entry);
                syscall.setSubsystem(entry.getSubsystem());
                syscall.setMpsafe(!takesGiant(model, entry));
                model.getSyscalls().add(syscall);
            }
        }

        void threading(List<SeedTables.ThreadRow> rows) throws DataFormatException {
            Map<String, ThreadingStatusTable> tables = new LinkedHashMap<>();
            for (SeedTables.ThreadRow row : rows) {
                ThreadingStatusTable table = tables.computeIfAbsent(row.library(), library -> {
                    ThreadingStatusTable created = FACTORY.createThreadingStatusTable();
                    created.setLibrary(ThreadingLibrary.getByName(library));
                    created.setSource("FreeBSD 5.x roadmap, table '" + library + " Status' "
                            + "(thread_platform_status_2004.txt)");
                    return created;
                });
                Platform platform = Platform.getByName(row.platform().toUpperCase(java.util.Locale.ROOT));
                if (platform == null) {
                    throw new DataFormatException(recorded(THREAD_STATUS), row.line(), "unknown platform '"
                            + row.platform() + "'");
                }
                PlatformThreadingStatus status = FACTORY.createPlatformThreadingStatus();
                status.setPlatform(platform);
                status.setKernel(row.kernel());
                status.setUserland(row.userland());
                status.setWorks(row.works());
                table.getRows().add(status);
            }
            model.getThreadingStatus().addAll(tables.values());
        }

        /**
         * Walks every code path from an empty lock set and refuses one that acquires a lock the WITNESS order puts
         * before a lock it holds, releases a lock it does not hold, or does not end (or finish a loop body or branch)
         * with the locks it started with.
         */
        void checkLockOrder() throws DataFormatException {
            LockOrderGraph order = LockOrderGraph.of(model);
            for (CodePath path : model.getCodePaths()) {
                List<LockType> held = walk(order, path, path.getSteps(), new ArrayList<>());
                if (!held.isEmpty()) {
                    throw error(path, null, "code path '" + path.getName() + "' ends holding " + names(held));
                }
            }
        }

        private List<LockType> walk(LockOrderGraph order, CodePath path, List<Step> steps, List<LockType> held)
                throws DataFormatException {
            for (Step step : steps) {
                if (step instanceof Acquire acquire) {
                    LockType type = acquire.getLockType();
                    if (!acquire.isTryAcquire()) {
                        for (LockType before : held) {
                            if (before != type && order.reaches(type, before)) {
                                throw error(path, step, "in " + era.modelId() + ", code path '" + path.getName()
                                        + "' acquires '" + type.getName() + "' while holding '" + before.getName()
                                        + "', but the 5.x WITNESS order puts '" + type.getName() + "' before '"
                                        + before.getName() + "' (a lock order reversal)");
                            }
                        }
                    }
                    held.add(type);
                } else if (step instanceof Release release) {
                    if (!held.remove(release.getLockType())) {
                        throw error(path, step, "in " + era.modelId() + ", code path '" + path.getName()
                                + "' releases '" + release.getLockType().getName() + "', which it does not hold");
                    }
                } else if (step instanceof Call call) {
                    walk(order, call.getCodePath(), call.getCodePath().getSteps(), held);
                } else if (step instanceof Loop loop) {
                    List<LockType> after = walk(order, path, loop.getBody(), new ArrayList<>(held));
                    if (!sameLocks(after, held)) {
                        throw error(path, step, "the loop body of '" + path.getName() + "' does not end with the "
                                + "locks it started with (" + names(held) + " before, " + names(after) + " after)");
                    }
                } else if (step instanceof Branch branch) {
                    List<LockType> then = walk(order, path, branch.getThenSteps(), new ArrayList<>(held));
                    List<LockType> otherwise = walk(order, path, branch.getElseSteps(), new ArrayList<>(held));
                    if (!sameLocks(then, otherwise)) {
                        throw error(path, step, "the two sides of the branch in '" + path.getName()
                                + "' end with different locks held (" + names(then) + " / " + names(otherwise) + ")");
                    }
                    held.clear();
                    held.addAll(then);
                }
            }
            return held;
        }

        private static boolean sameLocks(List<LockType> a, List<LockType> b) {
            List<LockType> rest = new ArrayList<>(b);
            for (LockType type : a) {
                if (!rest.remove(type)) {
                    return false;
                }
            }
            return rest.isEmpty();
        }

        private static String names(List<LockType> types) {
            return types.isEmpty() ? "no locks" : String.join(", ", types.stream().map(LockType::getName).toList());
        }

        private DataFormatException error(CodePath path, Step step, String problem) {
            Integer line = step == null ? null : lines.get(step);
            if (line == null) {
                line = data.paths().get(path.getName()).line();
            }
            return new DataFormatException(source, line, problem);
        }
    }

    /** Returns the EMF distribution of a parsed one; the parser has checked its parameters. */
    static Distribution distribution(Dist dist) {
        return switch (dist.kind()) {
            case "fixed" -> {
                var fixed = FACTORY.createFixedDistribution();
                fixed.setValue(dist.a());
                yield fixed;
            }
            case "uniform" -> {
                var uniform = FACTORY.createUniformDistribution();
                uniform.setMin(dist.a());
                uniform.setMax(dist.b());
                yield uniform;
            }
            case "exponential" -> {
                var exponential = FACTORY.createExponentialDistribution();
                exponential.setMean(dist.a());
                yield exponential;
            }
            default -> {
                var normal = FACTORY.createNormalDistribution();
                normal.setMean(dist.a());
                normal.setStandardDeviation(dist.b());
                yield normal;
            }
        };
    }

    /**
     * Returns whether a code path takes Giant itself, that is whether one of its top-level steps acquires the
     * kernel's Giant: the test of "not MPSAFE" for syscalls, interrupt handlers and software interrupts.
     */
    public static boolean takesGiant(KernelModel kernel, CodePath path) {
        return kernel.getGiant() != null && path.getSteps().stream()
                .anyMatch(step -> step instanceof Acquire acquire && acquire.getLockType() == kernel.getGiant());
    }
}
