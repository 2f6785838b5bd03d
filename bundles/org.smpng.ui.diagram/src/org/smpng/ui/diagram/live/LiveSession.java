package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.Machine;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.sim.diag.LockProfiler;
import org.smpng.sim.diag.ObserverTee;
import org.smpng.sim.witness.Witness;
import org.smpng.sim.witness.WitnessEra;
import org.smpng.sim.witness.WitnessFinding;

/**
 * The workbench's one simulation run that the live views watch: which scenario, with which seed, CPU count, mode
 * and speed, and the run's state. Commands ({@link #run()}, {@link #pause()}, {@link #step()}, {@link #runTo(long)},
 * {@link #reset()}) return at once: loading and running happen in Eclipse {@link Job}s (progress and cancel in the
 * Progress view), one at a time under one scheduling rule, so the engine always has one controlling thread at a
 * time as {@link Simulation} requires.
 *
 * <p>Overview. The UI thread never waits for the engine. While a run goes, a display timer ({@link #FRAME_MS})
 * asks the engine for a snapshot ({@link Simulation#requestSnapshot()}, which the engine honours at its next event)
 * and hands the latest published one ({@link Simulation#latestSnapshot()}, a volatile read) to the listeners, but
 * only when it is a new one: snapshots are coalesced to the display rate however fast the engine runs. The run job
 * paces itself to the chosen speed (virtual time per wall second) by running slices of virtual time and sleeping
 * between them. At full speed it runs slices back to back, each sized to take about {@link #SLICE_WALL_NS} of
 * wall time, so progress and pause stay responsive; and it yields to the UI: the frame timer stamps
 * {@link #uiBeat} each frame, and when the stamp is older than {@link #UI_STARVED_NS} (the UI thread has not had
 * the processor for a while, which on a 2-core machine happens when the engine, the JIT and the GC take both), the
 * job sleeps for {@link #UI_YIELD_MS} before the next slice. "Full speed" is thus as fast as the machine goes while
 * the UI stays responsive.
 *
 * <p>WITNESS. Every run has a runtime {@link Witness} (modern console format) beside its activity observer; when a
 * run pauses or ends, the controlling job reads its findings and the UI thread turns them into Problems-view
 * markers ({@link WitnessMarkers}), replacing those of the run before; a reset removes them. The WITNESS is also the
 * run's instrument under {@link #WITNESS_GRAPH}: its copies, about once a second while a run goes and when it pauses
 * or ends, are the orders it has seen and its reversals ({@link Witness#observedGraph()}; the Lock Graph view draws
 * them).
 *
 * <p>LOCK_PROFILING. Every run also has a {@link LockProfiler} (all acquisitions, spin mutexes included); when a run
 * pauses or ends, and about once a second of wall time while it runs, the controlling job copies its points between
 * slices (when the engine does not call it) into immutable {@link LockProfileRow}s, which the UI thread publishes as
 * {@link #lockProfile()} before telling the listeners; a reset empties it.
 *
 * <p>Instruments. Views that need more than snapshots (a timeline, charts) register a {@link RunInstrument}
 * factory under a key ({@link #addInstrument}); every load makes one instrument per factory and attaches its
 * observer to the run beside WITNESS and LOCK_PROFILING. The controlling job asks each instrument for an immutable
 * copy between slices (at the instrument's own interval, and when the run pauses or ends), and the UI thread
 * publishes it as {@link #instrumentCopy(String)} and tells the listeners ({@link Listener#instrumentCopied}).
 *
 * <p>Edited machines. The machine editors register the machine they edit ({@link #addEditedMachine}); a load copies
 * them on the UI thread, and when the scenario's machine has the name of one of them, the run uses that copy: a
 * re-routed IRQ or a removed CPU is picked up by the next Reset without saving. (A scenario taken from the Model
 * Editor keeps its own machine: it is the user's model, and the run must not change it.)
 *
 * <p>Locking key. (u) UI thread only; (v) volatile, written by the UI thread, read by the run job: {@link #speed},
 * {@link #pauseRequested}; (s) {@link #simulation}: volatile, written by the load job and by {@link #reset()}'s
 * job, read by the UI thread only for the non-blocking calls stop, requestSnapshot and latestSnapshot. Every other
 * call on the simulation happens in a job holding {@link #RULE}. (r) {@link #witness}: written by the load job and
 * read by the run jobs, all holding {@link #RULE} (the job manager orders them); the engine calls it while it runs,
 * and its findings are read only between slices, by the job that controls the engine. (r) {@link #profiler} and
 * {@link #instruments}: the same rule as {@link #witness}.
 */
public final class LiveSession {

    /** The scenario a fresh workbench opens with: FreeBSD 5.3's syscall mix on a 4-CPU box of 2004. */
    public static final String DEFAULT_SCENARIO = BuiltinModels.SCHEME + "syscall-mix-5.3";

    /** The display rate the views are refreshed at, at most: 50 frames per second. */
    public static final int FRAME_MS = 20;

    /** How often a run in progress copies its lock profile for the views: every second of wall time. */
    static final long PROFILE_INTERVAL_NS = 1_000_000_000L;

    /** The wall time a full-speed slice aims at: short enough to yield to the UI often. */
    static final long SLICE_WALL_NS = 8_000_000L;

    /** A frame stamp older than this means the UI thread is starved of the processor. */
    static final long UI_STARVED_NS = 2L * FRAME_MS * 1_000_000L;

    /** How long a full-speed run sleeps when the UI is starved. */
    static final int UI_YIELD_MS = FRAME_MS / 2;

    /** The key under which the run's {@link org.smpng.sim.witness.WitnessGraph} copies are published. */
    public static final String WITNESS_GRAPH = "witness.graph";

    /** Full speed: no pacing. */
    public static final long FULL_SPEED = 0;

    /** The speed a fresh session watches at: 20 ms of virtual time per wall second. */
    public static final long DEFAULT_SPEED = 20_000_000L;

    /** What a session is doing. */
    public enum State {
        /** No scenario loaded (or the last load failed; see {@link LiveSession#message()}). */
        EMPTY,
        /** A job is loading the scenario. */
        LOADING,
        /** Loaded and not running: at time 0 or paused. */
        READY,
        /** A run job is running the engine. */
        RUNNING,
        /** The run reached the scenario's duration or failed; only {@link LiveSession#reset()} continues. */
        FINISHED
    }

    /** What the live views are told; UI thread. */
    public interface Listener {
        /** A new snapshot (never null). */
        default void snapshot(EngineSnapshot snapshot) {
        }

        /** The state, message, results, lock profile or loaded scenario changed. */
        default void stateChanged(LiveSession session) {
        }

        /** A scenario was loaded; {@code kernel} is the scenario's kernel model, private to the UI thread from now. */
        default void loaded(LiveSession session, KernelModel kernel) {
        }

        /**
         * The instrument registered under {@code key} has a new copy (see {@link RunInstrument#copy}), or null
         * when a reset discarded the run it came from.
         */
        default void instrumentCopied(LiveSession session, String key, Object copy) {
        }
    }

    /**
     * What a live run carries for a view besides snapshots: an observer the engine calls while the run goes, and
     * immutable copies of what it gathered. The engine calls {@link #observer()} on its own threads (as
     * {@link SimObserver} describes); {@link #copy} is called only by the job that controls the engine, between
     * slices, when the engine does not call the observer, so an instrument needs no lock of its own as long as
     * its copies share nothing mutable with it.
     */
    public interface RunInstrument {
        /** The observer to attach to the run; called once, by the load job. */
        SimObserver observer();

        /**
         * Job thread holding the session's rule, between slices: an immutable copy of what the instrument has
         * gathered up to virtual time {@code nowNs}, for the UI thread. The copy must not share mutable state with
         * the instrument.
         */
        Object copy(long nowNs);

        /** How often, in wall nanoseconds, a run in progress asks for a copy; a pause or the end always does. */
        default long copyIntervalNs() {
            return PROFILE_INTERVAL_NS;
        }

        /**
         * {@return an instrument of {@code observer} whose copies {@code copy} makes (with the virtual time), asked
         * for every {@code intervalNs} of wall time}
         */
        static RunInstrument of(SimObserver observer, LongFunction<?> copy, long intervalNs) {
            return new RunInstrument() {
                @Override
                public SimObserver observer() {
                    return observer;
                }

                @Override
                public Object copy(long nowNs) {
                    return copy.apply(nowNs);
                }

                @Override
                public long copyIntervalNs() {
                    return intervalNs;
                }
            };
        }
    }

    private static LiveSession instance;

    /** Serializes the jobs that use the engine as its controlling thread. */
    private static final ISchedulingRule RULE = new ISchedulingRule() {
        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final Display display;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>(); // (u)
    private volatile Simulation simulation; // (s)
    private volatile long speed = DEFAULT_SPEED; // (v)
    private volatile boolean pauseRequested; // (v)
    private volatile long uiBeat; // (v) System.nanoTime() of the last frame, written by the UI thread
    private volatile long uiYields; // (v) written only by the run job holding RULE: yields to the UI, for measurements
    private String scenarioSpec = DEFAULT_SCENARIO; // (u)
    private Scenario editorScenario; // (u) a scenario from an editor, compiled on the UI thread
    private long seed = -1; // (u) -1: the scenario's
    private int cpus; // (u) 0: the machine's
    private ExecutionMode mode = ExecutionMode.DETERMINISTIC; // (u)
    private State state = State.EMPTY; // (u)
    private String message = ""; // (u)
    private String scenarioName = ""; // (u)
    private long durationNs; // (u)
    private SimResults results; // (u)
    private EngineSnapshot shown; // (u) the snapshot last handed to the listeners
    private ActivityObserver observer; // (u) the loaded run's observer (the engine calls it; see its locking key)
    private ActivityObserver.Sample activity = ActivityObserver.Sample.NONE; // (u) what happened up to shown
    private Witness witness; // (r) the loaded run's WITNESS, or null if the kernel model cannot have one
    private List<WitnessFinding> witnessFindings = List.of(); // (u) the findings when the run last paused or ended
    private LockProfiler profiler; // (r) the loaded run's LOCK_PROFILING
    private List<LockProfileRow> lockProfile = List.of(); // (u) the profile at lockProfileNs
    private long lockProfileNs; // (u) the virtual time the profile was copied at
    private final Map<String, Supplier<RunInstrument>> instrumentFactories = new LinkedHashMap<>(); // (u)
    private Map<String, RunInstrument> instruments = Map.of(); // (r) the loaded run's instruments by key
    private final Map<String, Object> instrumentCopies = new LinkedHashMap<>(); // (u) the latest copy by key
    private final Map<Object, Supplier<Machine>> editedMachines = new LinkedHashMap<>(); // (u) by editor
    private Job job; // (u) the run job in progress, if any
    private boolean framing; // (u) whether the frame timer is scheduled
    private long generation; // (u) bumped by every load, so a stale job's report is ignored
    private final Runnable frame = this::frame;
    private long frames; // (u) frames shown since the last resetFrameStats()
    private long frameWorkNs; // (u) UI-thread time those frames took (the views' updates, not their painting)
    private long frameWorkMaxNs; // (u)

    private LiveSession(Display display) {
        this.display = display;
    }

    /** The workbench's session; UI thread only. */
    public static LiveSession get() {
        if (instance == null) {
            instance = new LiveSession(Display.getCurrent());
        }
        return instance;
    }

    private static void assertUiThread() {
        assert Display.getCurrent() != null : "UI thread only";
    }

    /** The engine's controlling calls happen in a job holding {@link #RULE}, never on the UI thread. */
    private static void assertJobThread() {
        assert Display.getCurrent() == null : "never on the UI thread";
        assert Job.getJobManager().currentRule() != null && Job.getJobManager().currentRule().contains(RULE)
                : "in a job holding the session's rule";
    }

    public void addListener(Listener listener) {
        assertUiThread();
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Registers a factory of run instruments under {@code key} (replacing one registered before); every later load
     * attaches a fresh instrument to its run. UI thread.
     */
    public void addInstrument(String key, Supplier<RunInstrument> factory) {
        assertUiThread();
        instrumentFactories.put(key, factory);
    }

    /**
     * Registers the machine an editor edits: the next loads run a scenario whose machine has the same name on a copy
     * of it, as it is then (saved or not). UI thread.
     */
    public void addEditedMachine(Object editor, Supplier<Machine> machine) {
        assertUiThread();
        editedMachines.put(editor, machine);
    }

    /** Unregisters an editor's machine (the editor closed). */
    public void removeEditedMachine(Object editor) {
        assertUiThread();
        editedMachines.remove(editor);
    }

    /** Unregisters the factory under {@code key}; the loaded run keeps its instrument until the next load. */
    public void removeInstrument(String key) {
        assertUiThread();
        instrumentFactories.remove(key);
    }

    /** The latest copy of the instrument registered under {@code key}, or null before the first or after a reset. */
    public Object instrumentCopy(String key) {
        assertUiThread();
        return instrumentCopies.get(key);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Settings; UI thread. They apply at the next load (reset), except the speed, which applies at once.

    /** Chooses a built-in scenario or a scenario file ({@code builtin:<id>} or a path); applies at the next reset. */
    public void setScenario(String spec) {
        assertUiThread();
        scenarioSpec = spec;
        editorScenario = null;
    }

    /**
     * Chooses a scenario that an editor shows; it is compiled on the UI thread at the next reset (the editor's
     * model must not be read from another thread), and the run never touches it afterwards.
     */
    public void setScenario(Scenario scenario, String label) {
        assertUiThread();
        scenarioSpec = label;
        editorScenario = scenario;
    }

    public String scenarioSpec() {
        return scenarioSpec;
    }

    /** The seed, or -1 for the scenario's own. */
    public void setSeed(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The CPU count, or 0 for the machine's. */
    public void setCpus(int cpus) {
        this.cpus = cpus;
    }

    public int cpus() {
        return cpus;
    }

    public void setMode(ExecutionMode mode) {
        this.mode = mode;
    }

    public ExecutionMode mode() {
        return mode;
    }

    /**
     * Virtual nanoseconds per wall second, or {@link #FULL_SPEED}; applies to a run in progress at once in the
     * deterministic mode. The parallel mode paces its CPUs to the wall clock at the speed it was loaded with (full
     * speed: real time), so there a new speed applies at the next load.
     */
    public void setSpeed(long nsPerSecond) {
        speed = Math.max(0, nsPerSecond);
    }

    public long speed() {
        return speed;
    }

    public State state() {
        return state;
    }

    /** The last error or notice for the user, or "". */
    public String message() {
        return message;
    }

    /** The loaded scenario's name and duration. */
    public String scenarioName() {
        return scenarioName;
    }

    public long durationNs() {
        return durationNs;
    }

    /** The results when the run finished or paused, else null. */
    public SimResults results() {
        return results;
    }

    /** WITNESS's findings when the run last paused or ended (none before the first run or after a reset). */
    public List<WitnessFinding> witnessFindings() {
        return witnessFindings;
    }

    /**
     * LOCK_PROFILING's acquisition points when the run last paused or ended (none before the first run or after a
     * reset, and about once a second while a run goes); immutable.
     */
    public List<LockProfileRow> lockProfile() {
        return lockProfile;
    }

    /** The virtual time {@link #lockProfile()} was copied at (0 when it is empty). */
    public long lockProfileTimeNs() {
        return lockProfileNs;
    }

    /** The snapshot the views show, or null before the first. */
    public EngineSnapshot snapshot() {
        return shown;
    }

    /** What happened between the previous frame and this one (CPU busy fractions, contentions per lock type). */
    ActivityObserver.Sample activity() {
        return activity;
    }

    /**
     * How the frames went since the last call, for measurements: frames shown, mean and maximum UI-thread time of a
     * frame's view updates (ms); resets the counts.
     */
    public double[] takeFrameStats() {
        double[] stats = {frames, frames == 0 ? 0 : frameWorkNs / 1e6 / frames, frameWorkMaxNs / 1e6};
        frames = 0;
        frameWorkNs = 0;
        frameWorkMaxNs = 0;
        return stats;
    }

    /** How often full-speed runs yielded to a starved UI since the session began, for measurements. */
    public long uiYields() {
        return uiYields;
    }

    /** The contentions per lock type between the previous frame and this one. */
    public Map<String, Long> activityContentions() {
        return activity.contentionsByLockType();
    }

    /** The simulation loaded, for tests and measurements; call only its non-blocking methods. */
    public Simulation simulation() {
        return simulation;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Commands; UI thread, never blocking.

    /**
     * Ends the run in progress (if any) and loads the chosen scenario with the chosen settings in a job; a
     * scenario that cannot be loaded or simulated leaves the session {@link State#EMPTY} with the reason in
     * {@link #message()}.
     */
    public void reset() {
        assertUiThread();
        pause();
        // The paused job's report carries the old generation and is ignored, so forget the job here.
        job = null;
        long gen = ++generation;
        results = null;
        shown = null;
        witnessFindings = List.of();
        lockProfile = List.of();
        lockProfileNs = 0;
        for (String key : List.copyOf(instrumentCopies.keySet())) {
            instrumentCopies.remove(key);
            for (Listener l : listeners) {
                l.instrumentCopied(this, key, null);
            }
        }
        Map<String, Supplier<RunInstrument>> factories = Map.copyOf(instrumentFactories);
        // The editors' models are read here, on the UI thread; the job gets copies it alone will touch.
        List<Machine> machineCopies = new ArrayList<>();
        for (Supplier<Machine> m : editedMachines.values()) {
            Machine machine = m.get();
            if (machine != null) {
                machineCopies.add(EcoreUtil.copy(machine));
            }
        }
        String markerTrouble = showWitnessFindings();
        // The deterministic mode is paced by the run job at the speed; the parallel mode paces itself to the wall
        // clock, so it gets the speed as its scale (virtual ns per wall ns) at load, and real time at full speed.
        long pace = speed;
        double scale = mode == ExecutionMode.PARALLEL && pace != FULL_SPEED ? pace / 1e9 : 0;
        Simulation.Options options = new Simulation.Options(seed >= 0 ? seed : null, null, cpus, mode, scale);
        String spec = scenarioSpec;
        CompiledScenario precompiled = null;
        KernelModel editorKernel = null;
        Witness editorWitness = null;
        if (editorScenario != null) {
            // The editor's model is read here, on the UI thread, never by the job.
            try {
                precompiled = Simulation.compile(editorScenario, options);
                editorKernel = editorScenario.getKernel();
                editorWitness = witnessFor(editorKernel);
            } catch (UnsupportedFeatureException | RuntimeException e) {
                fail(gen, spec + ": " + e.getMessage());
                return;
            }
        }
        setState(State.LOADING, "Loading " + spec + "..." + markerTrouble);
        ActivityObserver runObserver = new ActivityObserver();
        observer = runObserver;
        activity = ActivityObserver.Sample.NONE;
        CompiledScenario compiled = precompiled;
        KernelModel kernelOfEditor = editorKernel;
        Witness witnessOfEditor = editorWitness;
        Job load = Job.create("Load scenario " + spec, monitor -> {
            assertJobThread();
            Simulation old = simulation;
            simulation = null;
            witness = null;
            profiler = null;
            instruments = Map.of();
            if (old != null) {
                old.close();
            }
            try {
                String note = "";
                KernelModel kernel = kernelOfEditor;
                Simulation sim;
                Witness runWitness;
                LockProfiler runProfiler = new LockProfiler();
                Map<String, RunInstrument> runInstruments = new LinkedHashMap<>();
                factories.forEach((key, factory) -> runInstruments.put(key, factory.get()));
                if (compiled != null) {
                    runWitness = witnessOfEditor;
                    addWitnessGraph(runWitness, runInstruments);
                    sim = Simulation.of(compiled, teeWith(runObserver, runProfiler, runInstruments));
                } else {
                    Scenario scenario = KernelModels.load(spec, Scenario.class);
                    kernel = scenario.getKernel();
                    String machineName = scenario.getMachine() == null ? null : scenario.getMachine().getName();
                    for (Machine edited : machineCopies) {
                        if (machineName != null && machineName.equals(edited.getName())) {
                            useMachine(scenario, edited);
                            note = "Using machine " + machineName + " as it is in its open editor.";
                            break;
                        }
                    }
                    runWitness = witnessFor(kernel);
                    addWitnessGraph(runWitness, runInstruments);
                    sim = Simulation.load(scenario, options, teeWith(runObserver, runProfiler, runInstruments));
                }
                witness = runWitness;
                profiler = runProfiler;
                instruments = Map.copyOf(runInstruments);
                // Starting the engine at time 0 publishes the first snapshot: the machine before anything ran.
                sim.runUntil(0);
                simulation = sim;
                KernelModel loadedKernel = kernel;
                String name = sim.compiled().name;
                long duration = sim.compiled().settings.durationNs();
                EngineSnapshot first = sim.latestSnapshot();
                String loadNote = note;
                display.asyncExec(() -> loaded(gen, name, duration, loadedKernel, first, loadNote));
            } catch (ModelLoadException | UnsupportedFeatureException | RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                display.asyncExec(() -> fail(gen, "Cannot simulate " + spec + ": " + why));
            }
            return Status.OK_STATUS;
        });
        load.setRule(RULE);
        load.schedule();
    }

    /**
     * Makes {@code scenario} run on {@code edited}, a copy of an edited machine of the same name: the scenario's
     * machine and every reference into it (a workload's interrupt sources name devices and IRQ lines) are bound to
     * the edited machine's device of the same name, IRQ line of the same number and CPU of the same cpuid. Job
     * thread; both models are the job's own.
     *
     * @throws IllegalArgumentException naming what the scenario refers to that the edited machine no longer has
     */
    private static void useMachine(Scenario scenario, Machine edited) {
        Machine original = scenario.getMachine();
        List<EObject> referrers = new ArrayList<>();
        referrers.add(scenario);
        scenario.eAllContents().forEachRemaining(referrers::add);
        if (scenario.getWorkload() != null) {
            referrers.add(scenario.getWorkload());
            scenario.getWorkload().eAllContents().forEachRemaining(referrers::add);
        }
        for (EObject referrer : referrers) {
            for (EReference ref : referrer.eClass().getEAllReferences()) {
                if (ref.isContainment() || ref.isContainer() || ref.isDerived() || !ref.isChangeable()
                        || ref.isMany()) {
                    continue; // the model's references into a machine are single-valued
                }
                Object target = referrer.eGet(ref, false);
                if (target instanceof EObject o && EcoreUtil.isAncestor(original, o)) {
                    EObject now = counterpart(o, original, edited);
                    if (now == null) {
                        throw new IllegalArgumentException("the scenario's " + referrer.eClass().getName() + " "
                                + label(referrer) + " refers to " + o.eClass().getName() + " " + label(o)
                                + ", which the edited machine " + edited.getName() + " no longer has");
                    }
                    referrer.eSet(ref, now);
                }
            }
        }
    }

    /** The object of the edited machine that stands for {@code o} of the original, or null if it has none. */
    private static EObject counterpart(EObject o, Machine original, Machine edited) {
        if (o == original) {
            return edited;
        }
        if (o instanceof Device d) {
            return edited.getDevices().stream().filter(x -> Objects.equals(x.getName(), d.getName())).findFirst()
                    .orElse(null);
        }
        if (o instanceof IrqLine l) {
            return edited.getIrqLines().stream().filter(x -> x.getNumber() == l.getNumber()
                    && x.getKind() == l.getKind()).findFirst().orElse(null);
        }
        return null;
    }

    private static String label(EObject o) {
        if (o instanceof IrqLine l) {
            return "IRQ " + l.getNumber();
        }
        var name = o.eClass().getEStructuralFeature("name");
        return name != null && o.eGet(name) != null ? String.valueOf(o.eGet(name)) : EcoreUtil.getURI(o).fragment();
    }

    private void loaded(long gen, String name, long duration, KernelModel kernel, EngineSnapshot first,
            String note) {
        if (gen != generation) {
            return;
        }
        scenarioName = name;
        durationNs = duration;
        for (Listener l : listeners) {
            l.loaded(this, kernel);
        }
        publish(first);
        setState(State.READY, note);
    }

    private void fail(long gen, String why) {
        if (gen != generation) {
            return;
        }
        scenarioName = "";
        setState(State.EMPTY, why);
    }

    /** Runs to the end of the scenario at the chosen speed. */
    public void run() {
        runTo(Long.MAX_VALUE);
    }

    /** Runs to virtual time {@code ns} (or the end) at the chosen speed; ignored unless {@link State#READY}. */
    public void runTo(long ns) {
        assertUiThread();
        if (state != State.READY || simulation == null) {
            return;
        }
        startJob("Simulating " + scenarioName, ns, false);
    }

    /** Processes one engine event; ignored unless {@link State#READY}. */
    public void step() {
        assertUiThread();
        if (state != State.READY || simulation == null) {
            return;
        }
        startJob("Stepping " + scenarioName, 0, true);
    }

    /** Asks a run in progress to pause at its next event; returns at once. */
    public void pause() {
        assertUiThread();
        if (job != null) {
            pauseRequested = true;
            Simulation sim = simulation;
            if (sim != null) {
                sim.stop();
            }
        }
    }

    private void startJob(String name, long target, boolean oneStep) {
        Simulation sim = simulation;
        long gen = generation;
        pauseRequested = false;
        uiBeat = System.nanoTime();
        Job run = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return oneStep ? stepOnce(sim, gen) : runPaced(sim, target, gen, monitor);
            }

            @Override
            protected void canceling() {
                pauseRequested = true;
                sim.stop();
            }
        };
        run.setRule(RULE);
        run.setUser(false);
        job = run;
        results = null;
        setState(State.RUNNING, "");
        startFrames();
        run.schedule();
    }

    /** Job thread, holding {@link #RULE}. */
    private IStatus stepOnce(Simulation sim, long gen) {
        assertJobThread();
        sim.step();
        finishJob(sim, gen);
        return Status.OK_STATUS;
    }

    /**
     * Job thread, holding {@link #RULE}: runs slices of virtual time until {@code target}, the end, or a pause,
     * keeping to the speed: after w wall nanoseconds since the last change of speed, the engine may be at most
     * speed × w / 10⁹ virtual nanoseconds further.
     */
    private IStatus runPaced(Simulation sim, long target, long gen, IProgressMonitor monitor) {
        assertJobThread();
        long duration = sim.compiled().settings.durationNs();
        long end = Math.min(target, duration);
        monitor.beginTask(getName(sim), 1000);
        // Adapted to the wall time a slice takes; starts small, since the first slices run cold code.
        long fullSlice = Math.max(1000, Math.min(duration / 200, 100_000));
        long baseWall = System.nanoTime(), baseVirtual = sim.now(), baseSpeed = speed;
        int reported = 0;
        long profiledWall = System.nanoTime();
        Map<String, Long> copiedWall = new LinkedHashMap<>();
        for (String key : instruments.keySet()) {
            copiedWall.put(key, profiledWall);
        }
        while (!pauseRequested && !monitor.isCanceled() && !sim.finished() && sim.now() < end) {
            long s = speed;
            long next;
            if (s != baseSpeed) {
                baseWall = System.nanoTime();
                baseVirtual = sim.now();
                baseSpeed = s;
            }
            if (s == FULL_SPEED) {
                if (System.nanoTime() - uiBeat > UI_STARVED_NS) {
                    uiYields++;
                    sleep(UI_YIELD_MS);
                }
                next = Math.min(end, sim.now() + fullSlice);
            } else {
                long allowed = baseVirtual + (long) (s * ((System.nanoTime() - baseWall) / 1e9));
                next = Math.min(end, allowed);
                if (next <= sim.now()) {
                    sleep(Math.max(1, FRAME_MS / 3));
                    continue;
                }
            }
            long sliceStart = System.nanoTime();
            long sliceFrom = sim.now();
            sim.runUntil(next);
            if (s == FULL_SPEED && sim.now() == next) {
                long wall = System.nanoTime() - sliceStart;
                if (wall < SLICE_WALL_NS / 2) {
                    fullSlice = Math.min(Math.max(1000, duration / 200), fullSlice * 2);
                } else if (wall > SLICE_WALL_NS * 2 && next - sliceFrom > 1000) {
                    fullSlice = Math.max(1000, fullSlice / 2);
                }
            }
            int done = (int) (1000 * sim.now() / Math.max(1, duration));
            if (done > reported) {
                monitor.worked(done - reported);
                reported = done;
            }
            if (System.nanoTime() - profiledWall >= PROFILE_INTERVAL_NS) {
                // Between slices the engine does not call the profiler, so this thread may read it.
                profiledWall = System.nanoTime();
                List<LockProfileRow> profile = LockProfileRow.of(profiler);
                long at = sim.now();
                display.asyncExec(() -> profileWhileRunning(gen, profile, at));
            }
            for (Map.Entry<String, RunInstrument> e : instruments.entrySet()) {
                long wall = System.nanoTime();
                if (wall - copiedWall.get(e.getKey()) >= e.getValue().copyIntervalNs()) {
                    copiedWall.put(e.getKey(), wall);
                    copyInstrument(e.getKey(), e.getValue(), sim.now(), gen);
                }
            }
        }
        monitor.done();
        finishJob(sim, gen);
        return Status.OK_STATUS;
    }

    private static String getName(Simulation sim) {
        return "Simulating " + sim.compiled().name;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Job thread, holding {@link #RULE}: collects the results (controller only) and tells the UI. */
    private void finishJob(Simulation sim, long gen) {
        assertJobThread();
        SimResults r = sim.results();
        boolean finished = sim.finished();
        EngineSnapshot last = sim.latestSnapshot();
        Witness w = witness;
        List<WitnessFinding> findings = w == null ? List.of() : w.findings();
        List<LockProfileRow> profile = LockProfileRow.of(profiler);
        long profiledAt = sim.now();
        // Queued before jobDone, so the views see the final copies by the time the state says paused or finished.
        instruments.forEach((key, instrument) -> copyInstrument(key, instrument, profiledAt, gen));
        display.asyncExec(() -> jobDone(gen, r, finished, last, findings, profile, profiledAt));
    }

    /** Job thread, holding {@link #RULE}, between slices: copies one instrument and publishes the copy. */
    private void copyInstrument(String key, RunInstrument instrument, long nowNs, long gen) {
        assertJobThread();
        Object copy = instrument.copy(nowNs);
        // The UI thread publishes it unless a reset came since.
        display.asyncExec(() -> {
            if (gen != generation) {
                return;
            }
            instrumentCopies.put(key, copy);
            for (Listener l : listeners) {
                l.instrumentCopied(this, key, copy);
            }
        });
    }

    private void jobDone(long gen, SimResults r, boolean finished, EngineSnapshot last,
            List<WitnessFinding> findings, List<LockProfileRow> profile, long profiledAt) {
        if (gen != generation) {
            return;
        }
        job = null;
        results = r;
        witnessFindings = findings;
        lockProfile = profile;
        lockProfileNs = profiledAt;
        String markerTrouble = showWitnessFindings();
        // Even the same snapshot again: the activity since the last frame (the run's tail) must be shown.
        publish(last, true);
        String why = ((r.failure() != null ? "The run ended early: " + r.failure() : "") + markerTrouble).strip();
        setState(finished ? State.FINISHED : State.READY, why);
    }

    /**
     * UI thread: publishes a profile copied while the run goes, unless a reset came since ({@code gen} is stale) or
     * the run ended (its final profile, queued after this one, is the one to keep; asyncExec keeps the order).
     */
    private void profileWhileRunning(long gen, List<LockProfileRow> profile, long at) {
        assertUiThread();
        if (gen != generation || job == null) {
            return;
        }
        lockProfile = profile;
        lockProfileNs = at;
        for (Listener l : listeners) {
            l.stateChanged(this);
        }
    }

    /**
     * A WITNESS for {@code kernel} seeded with its order chains and blessed pairs, or null when the model cannot have
     * one (then the run goes on without); reads the model, so it runs where the model may be read.
     */
    private static Witness witnessFor(KernelModel kernel) {
        try {
            return Witness.forKernel(kernel, Witness.Options.of(WitnessEra.MODERN));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Adds the run's WITNESS (if it has one) to its instruments under {@link #WITNESS_GRAPH}: the engine calls it as
     * the run's observer, and its copies are the orders and reversals it has seen. Load job.
     */
    private static void addWitnessGraph(Witness runWitness, Map<String, RunInstrument> runInstruments) {
        if (runWitness == null) {
            return;
        }
        runInstruments.put(WITNESS_GRAPH,
                RunInstrument.of(runWitness, nowNs -> runWitness.observedGraph(), PROFILE_INTERVAL_NS));
    }

    /** The run's observer: the frames' activity, LOCK_PROFILING, and every instrument (WITNESS among them). */
    private static SimObserver teeWith(ActivityObserver activityObserver, LockProfiler runProfiler,
            Map<String, RunInstrument> runInstruments) {
        List<SimObserver> all = new ArrayList<>(List.of(activityObserver, runProfiler));
        runInstruments.values().forEach(i -> all.add(i.observer()));
        return ObserverTee.of(all);
    }

    /**
     * Replaces the Problems view's WITNESS markers with {@link #witnessFindings}; UI thread.
     *
     * @return "" or, if the markers could not be written, a sentence for the user's status message
     */
    private String showWitnessFindings() {
        try {
            WitnessMarkers.replace(witnessFindings, scenarioName);
            return "";
        } catch (CoreException e) {
            return " WITNESS findings cannot be shown in the Problems view: " + e.getMessage();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Frames; UI thread.

    private void startFrames() {
        if (!framing) {
            framing = true;
            display.timerExec(FRAME_MS, frame);
        }
    }

    /** One display frame: ask for a fresh snapshot, show the latest if it is new, and come back while running. */
    private void frame() {
        framing = false;
        uiBeat = System.nanoTime();
        Simulation sim = simulation;
        if (sim != null) {
            long start = System.nanoTime();
            sim.requestSnapshot();
            EngineSnapshot before = shown;
            publish(sim.latestSnapshot());
            if (shown != before) {
                long work = System.nanoTime() - start;
                frames++;
                frameWorkNs += work;
                frameWorkMaxNs = Math.max(frameWorkMaxNs, work);
            }
        }
        if (state == State.RUNNING) {
            startFrames();
        }
    }

    private void publish(EngineSnapshot snapshot) {
        publish(snapshot, false);
    }

    /** Hands {@code snapshot} and the activity since the last frame to the listeners, if it is new or forced. */
    private void publish(EngineSnapshot snapshot, boolean force) {
        if (snapshot == null || (snapshot == shown && !force)) {
            return;
        }
        shown = snapshot;
        activity = observer == null ? ActivityObserver.Sample.NONE : observer.sample();
        for (Listener l : listeners) {
            l.snapshot(snapshot);
        }
    }

    private void setState(State newState, String newMessage) {
        state = newState;
        message = newMessage;
        for (Listener l : listeners) {
            l.stateChanged(this);
        }
    }

    /** The names of the built-in scenarios, for the chooser. */
    public static List<String> builtinScenarios() {
        List<String> specs = new ArrayList<>();
        BuiltinModels.ofKind(org.smpng.model.builtin.BuiltinModel.Kind.SCENARIO).forEach(b -> specs.add(b.spec()));
        return specs;
    }
}
