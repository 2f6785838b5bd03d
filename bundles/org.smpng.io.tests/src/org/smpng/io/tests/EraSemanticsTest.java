package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.Machine;
import org.smpng.model.scenario.Scenario;

/**
 * What the era decides, checked on the shipped models against expectations computed here from the data files
 * themselves (not from the generator's parser): which code paths take Giant, which syscalls and handlers are MPSAFE.
 */
class EraSemanticsTest {

    /** Column per era of each row of subsystem_giant_status.txt, keyed kind:name. */
    private static final Map<String, String[]> ROWS = new LinkedHashMap<>();
    /** Each Giant unit's row and whether it is marked partial-giant-free, keyed by code path name. */
    private static final Map<String, String> PATH_ROWS = new LinkedHashMap<>();
    private static final Map<String, Boolean> PARTIAL_GIANT_FREE = new LinkedHashMap<>();

    @BeforeAll
    static void readTheData() throws IOException {
        for (String line : text("data/subsystem_giant_status.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            ROWS.put(f[0] + ":" + f[1], new String[] { f[2], f[3], f[4] });
        }
        for (String line : text("data/kernel_code_paths.txt").lines().toList()) {
            if (line.startsWith("path\t")) {
                String[] f = line.replaceFirst("\t#.*$", "").split("\t");
                if (!f[3].equals("-")) {
                    PATH_ROWS.put(f[1], f[3]);
                    PARTIAL_GIANT_FREE.put(f[1], f.length > 4 && f[4].equals("partial-giant-free"));
                }
            }
        }
        assertEquals(34, ROWS.size(), "the interpretation file has 34 rows");
        assertFalse(PATH_ROWS.isEmpty());
    }

    private static String text(String dataPath) throws IOException {
        try (InputStream in = BuiltinModel.dataUrl(dataPath).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean takesGiant(KernelModel kernel, CodePath path) {
        return path.getSteps().stream().anyMatch(s -> s instanceof Acquire a && a.getLockType() == kernel.getGiant());
    }

    private static boolean expectedGiant(String path, int column) {
        String status = ROWS.get(PATH_ROWS.get(path))[column];
        return status.equals("Giant") || status.equals("partial") && !PARTIAL_GIANT_FREE.get(path);
    }

    @Test
    void in4xEverySyscallAndHandlerTakesGiant() throws Exception {
        KernelModel kernel = KernelModels.load("builtin:freebsd-4x");
        for (Syscall syscall : kernel.getSyscalls()) {
            assertTrue(takesGiant(kernel, syscall.getCodePath()), syscall.getName());
            assertFalse(syscall.isMpsafe(), syscall.getName());
        }
        Scenario scenario = KernelModels.load("builtin:syscall-mix-4x", Scenario.class);
        KernelModel bound = scenario.getKernel();
        assertEquals("freebsd-4x", bound.getName());
        for (InterruptHandler handler : handlers(scenario.getMachine())) {
            assertTrue(takesGiant(bound, handler.getCodePath()), handler.getName());
            assertFalse(handler.isMpsafe(), handler.getName());
            assertTrue(handler.getKind() != HandlerKind.FAST, handler.getName() + " is an ithread under Giant");
        }
        scenario.getWorkload().getSoftwareInterrupts().forEach(swi -> assertEquals(
                !takesGiant(bound, swi.getCodePath()), swi.isMpsafe(), swi.getName()));
    }

    @Test
    void inTheTargetNoCodePathTakesGiant() throws Exception {
        KernelModel kernel = KernelModels.load("builtin:freebsd-5x-target");
        for (CodePath path : kernel.getCodePaths()) {
            assertFalse(takesGiant(kernel, path), path.getName());
        }
        kernel.getSyscalls().forEach(syscall -> assertTrue(syscall.isMpsafe(), syscall.getName()));
        Scenario scenario = KernelModels.load("builtin:syscall-mix-target", Scenario.class);
        handlers(scenario.getMachine()).forEach(handler -> {
            assertTrue(handler.isMpsafe(), handler.getName());
            assertFalse(takesGiant(scenario.getKernel(), handler.getCodePath()), handler.getName());
        });
    }

    @Test
    void in53ExactlyThePathsOfGiantAndPartialRowsTakeGiant() throws Exception {
        KernelModel kernel = KernelModels.load("builtin:freebsd-5.3");
        for (CodePath path : kernel.getCodePaths()) {
            boolean expected = PATH_ROWS.containsKey(path.getName()) && expectedGiant(path.getName(), 1);
            assertEquals(expected, takesGiant(kernel, path), path.getName() + " bound to "
                    + PATH_ROWS.get(path.getName()));
        }
        for (Syscall syscall : kernel.getSyscalls()) {
            assertEquals(!expectedGiant(syscall.getCodePath().getName(), 1), syscall.isMpsafe(), syscall.getName());
        }
        Machine machine = KernelModels.load("builtin:i386-smp-4cpu-2004", Machine.class);
        for (InterruptHandler handler : handlers(machine)) {
            assertEquals(!expectedGiant(handler.getCodePath().getName(), 1), handler.isMpsafe(), handler.getName());
        }
    }

    @Test
    void in53TheSeedsMpsafeDriversAreMpsafeAndTheOthersAreNot() throws Exception {
        Machine machine = KernelModels.load("builtin:i386-smp-4cpu-2004", Machine.class);
        Map<String, Boolean> mpsafe = new LinkedHashMap<>();
        handlers(machine).forEach(handler -> mpsafe.put(handler.getName(), handler.isMpsafe()));
        assertEquals(Map.of("clk", true, "rtc", true, "atkbd0", false, "sio0", true, "ata0", true, "ata1", true,
                "fxp0", true, "fxp1", true, "uhci0", false), mpsafe);
    }

    @Test
    void in53PipesAndSocketsAreMpsafeAndVnodeIoIsNot() throws Exception {
        KernelModel kernel = KernelModels.load("builtin:freebsd-5.3");
        Map<String, Boolean> paths = new LinkedHashMap<>();
        kernel.getCodePaths().forEach(path -> paths.put(path.getName(), takesGiant(kernel, path)));
        assertEquals(false, paths.get("pipe_write"));
        assertEquals(false, paths.get("soo_write"));
        assertEquals(true, paths.get("vn_read"));
        assertEquals(true, paths.get("fork1"));
        assertEquals(false, paths.get("ip_forward"), "IPv4 forwarding is the locked part of a 'partial' row");
    }

    private static List<InterruptHandler> handlers(Machine machine) {
        return machine.getDevices().stream().flatMap(device -> device.getHandlers().stream()).toList();
    }
}
