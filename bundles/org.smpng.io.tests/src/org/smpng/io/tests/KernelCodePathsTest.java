package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpng.io.builtin.DataFiles;
import org.smpng.io.builtin.DataFormatException;
import org.smpng.io.builtin.Era;
import org.smpng.io.builtin.EraKernelGenerator;
import org.smpng.io.builtin.KernelCodePaths;
import org.smpng.io.builtin.KernelCodePaths.Branch;
import org.smpng.io.builtin.KernelCodePaths.GiantBlock;
import org.smpng.io.builtin.KernelCodePaths.PathDef;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquireMode;
import org.smpng.model.kernel.KernelModel;

/** The code path language of kernel_code_paths.txt: what it reads, and the line every mistake is reported on. */
class KernelCodePathsTest {

    private static final String HEAD = "# test\n## locks\nufs\tlock_class_lockmgr\tVFS\tper-vnode\tnowitness\testimated\n"
            + "## syscalls\nread\t3\tsys_read\tfrom FreeBSD kern/syscalls.master\n## paths\n";

    private static KernelCodePaths parse(String paths) throws Exception {
        return KernelCodePaths.parse("test.txt", new StringReader(HEAD + paths));
    }

    /** Returns the 1-based line of {@code paths}' line {@code n} in the whole test file. */
    private static int line(int n) {
        return (int) HEAD.lines().count() + n;
    }

    @Test
    void readsStepsBlocksLabelsAndTheGiantBinding() throws Exception {
        KernelCodePaths data = parse("""
                path\tsys_read\tVFS\tsyscall:pipes
                doc Reads.
                doc Twice.
                acquire ufs shared @ kern/vfs_vnops.c:42\t; vn_lock
                giant {
                  branch 0.25 {
                    sleep biord priority PRIBIO timeout exponential 100
                  } else {
                    work uniform 1 2\t# a comment
                  }
                }
                release ufs
                end
                """);
        PathDef path = data.paths().get("sys_read");
        assertEquals("Reads. Twice.", path.doc());
        assertEquals("syscall:pipes", path.giantRow());
        var acquire = assertInstanceOf(KernelCodePaths.Acquire.class, path.steps().get(0));
        assertEquals("ufs", acquire.lock());
        assertTrue(acquire.shared());
        assertEquals("kern/vfs_vnops.c", acquire.file());
        assertEquals(42, acquire.fileLine());
        assertEquals("vn_lock", acquire.label());
        GiantBlock giant = assertInstanceOf(GiantBlock.class, path.steps().get(1));
        Branch branch = assertInstanceOf(Branch.class, giant.body().get(0));
        assertEquals(0.25, branch.probability());
        assertEquals(1, branch.elseSteps().size());
        assertEquals(line(7), branch.thenSteps().get(0).line());
        var sleep = assertInstanceOf(KernelCodePaths.Sleep.class, branch.thenSteps().get(0));
        assertEquals(76, sleep.priority(), "PRIBIO of 5.x");
        assertEquals("biord", sleep.channel());
        assertEquals(List.of("read"), data.syscalls().stream().map(KernelCodePaths.SyscallRow::name).toList());
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2 | unknown step 'take'                 | path\\tsys_read\\t-\\t-\\ntake ufs\\nend
            2 | not closed with '}'                 | path\\tsys_read\\t-\\t-\\nloop 2 {\\nwork fixed 1\\nend
            2 | not defined above                   | path\\tsys_read\\t-\\t-\\ncall other\\nend
            2 | unknown distribution 'gamma'        | path\\tsys_read\\t-\\t-\\nwork gamma 3\\nend
            3 | must be at the top level            | path\\tsys_read\\tVFS\\tsyscall:pipes\\nloop 2 {\\ngiant {\\n}\\n}\\nend
            2 | needs a giant row                   | path\\tsys_read\\t-\\t-\\ngiant {\\n}\\nend
            1 | 'partial-giant-free' needs a giant row | path\\tsys_read\\t-\\t-\\tpartial-giant-free\\nend
            2 | between 0 and 1                     | path\\tsys_read\\t-\\t-\\nbranch 1.5 {\\n}\\nend
            2 | cv_wait needs 'interlock            | path\\tsys_read\\t-\\t-\\ncv_wait select\\nend
            2 | one of [PSWP, PVM, PINOD, PRIBIO    | path\\tsys_read\\t-\\t-\\nsleep biord priority PFAST\\nend
            2 | cv_wait takes no priority           | path\\tsys_read\\t-\\t-\\ncv_wait select interlock ufs priority PSOCK\\nend
            1 | has no 'end' line                   | path\\tsys_read\\t-\\t-\\nwork fixed 1
            2 | already defined on line             | path\\tsys_read\\t-\\t-\\nend\\npath\\tsys_read\\t-\\t-\\nend
            """)
    void reportsMistakesWithTheirLine(int n, String message, String paths) {
        String text = paths.replace("\\n", "\n").replace("\\t", "\t") + "\n";
        DataFormatException e = assertThrows(DataFormatException.class, () -> parse(text));
        int expected = message.equals("already defined on line") ? line(3) : line(n);
        assertEquals(expected, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.txt:" + expected + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void syscallMustEnterADefinedPath() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> parse("path\tother\t-\t-\nend\n"));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("enters code path 'sys_read'"), e.getMessage());
    }

    @Test
    void sectionsMustComeInOrder() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> KernelCodePaths.parse("t.txt",
                new StringReader("## syscalls\n## locks\n")));
        assertEquals(2, e.line());
    }

    @Test
    void lockRowNeedsAKnownInstanceKind() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> KernelCodePaths.parse("t.txt",
                new StringReader("## locks\nx\tlock_class_mtx_sleep\t-\tper-galaxy\t-\testimated\n")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("per-galaxy"), e.getMessage());
    }

    /** Generates freebsd-5.3 with the shipped data except the code paths, which are {@code paths}. */
    private static KernelModel generate(Era era, String paths) throws Exception {
        DataFiles shipped = DataFiles.shipped();
        DataFiles files = dataPath -> dataPath.equals(EraKernelGenerator.CODE_PATHS)
                ? (HEAD + paths).getBytes(StandardCharsets.UTF_8) : shipped.read(dataPath);
        return new EraKernelGenerator(files, "test").generate(era);
    }

    @Test
    void generatorRefusesALockOrderReversalNamingItsLine() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> generate(Era.TARGET, """
                path\tsys_read\t-\t-
                acquire so_rcv
                acquire so_snd\t; the 5.x order says so_snd before so_rcv
                release so_snd
                release so_rcv
                end
                """));
        assertEquals(line(3), e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("acquires 'so_snd' while holding 'so_rcv'"), e.getMessage());
    }

    @Test
    void giantBeforeAnSxLockOrderedAheadOfItIsAReversalIn4x() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> generate(Era.FREEBSD_4X, """
                path\tsys_read\tVFS\tsyscall:pipes
                acquire allproc
                release allproc
                end
                """));
        assertEquals(line(2), e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("acquires 'allproc' while holding 'Giant'"), e.getMessage());
    }

    @Test
    void generatorRefusesUnknownLocksUnbalancedPathsAndUnknownRows() {
        DataFormatException unknown = assertThrows(DataFormatException.class, () -> generate(Era.TARGET,
                "path\tsys_read\t-\t-\nacquire no such lock\nend\n"));
        assertEquals(line(2), unknown.line(), unknown.getMessage());
        DataFormatException unbalanced = assertThrows(DataFormatException.class, () -> generate(Era.TARGET,
                "path\tsys_read\t-\t-\nacquire ufs\nend\n"));
        assertTrue(unbalanced.getMessage().contains("ends holding ufs"), unbalanced.getMessage());
        DataFormatException row = assertThrows(DataFormatException.class, () -> generate(Era.TARGET,
                "path\tsys_read\t-\tintr:nosuchdriver\nend\n"));
        assertEquals(line(1), row.line(), row.getMessage());
        DataFormatException shared = assertThrows(DataFormatException.class, () -> generate(Era.TARGET,
                "path\tsys_read\t-\t-\nacquire so_rcv shared\nrelease so_rcv\nend\n"));
        assertTrue(shared.getMessage().contains("has no shared mode"), shared.getMessage());
    }

    @Test
    void giantBlockPutsGiantAroundItsBodyOnlyInAGiantEra() throws Exception {
        String paths = """
                path\tsys_read\tVFS\tsyscall:pipes
                acquire allproc
                giant {
                  release allproc
                  work fixed 1
                }
                work fixed 2
                end
                """;
        KernelModel old = generate(Era.FREEBSD_4X, paths);
        var steps = old.getCodePaths().get(0).getSteps();
        assertEquals("allproc", ((Acquire) steps.get(0)).getLockType().getName());
        assertEquals(old.getGiant(), ((Acquire) steps.get(1)).getLockType());
        assertEquals(AcquireMode.EXCLUSIVE, ((Acquire) steps.get(1)).getMode());
        assertEquals(6, steps.size(), "allproc, Giant, release allproc, work, release Giant, work");
        assertTrue(!old.getSyscalls().get(0).isMpsafe());
        KernelModel mpsafe = generate(Era.FREEBSD_5_3, paths);
        assertEquals(4, mpsafe.getCodePaths().get(0).getSteps().size());
        assertTrue(mpsafe.getSyscalls().get(0).isMpsafe());
        assertNull(mpsafe.getCodePaths().get(0).getSteps().stream().filter(s -> s instanceof Acquire a
                && a.getLockType() == mpsafe.getGiant()).findFirst().orElse(null));
    }
}
