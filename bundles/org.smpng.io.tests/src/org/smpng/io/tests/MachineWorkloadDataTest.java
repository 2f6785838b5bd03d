package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpng.io.builtin.BuiltinModelGenerator;
import org.smpng.io.builtin.DataFiles;
import org.smpng.io.builtin.DataFormatException;
import org.smpng.model.builtin.BuiltinModel;

/** Mistakes in machines.txt, workloads.txt and scenarios.txt are reported with their file and line. */
class MachineWorkloadDataTest {

    private static String shipped(String dataPath) throws IOException {
        try (InputStream in = BuiltinModel.dataUrl(dataPath).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Generates every built-in with one shipped line of {@code dataPath} replaced; returns the failure. */
    private static DataFormatException generateWith(String dataPath, String line, String replacement)
            throws IOException {
        String text = shipped(dataPath);
        assertTrue(text.contains(line + "\n"), line);
        byte[] changed = text.replaceFirst(java.util.regex.Pattern.quote(line + "\n"),
                java.util.regex.Matcher.quoteReplacement(replacement + "\n")).getBytes(StandardCharsets.UTF_8);
        DataFiles shippedFiles = DataFiles.shipped();
        DataFiles files = path -> path.equals(dataPath) ? changed : shippedFiles.read(path);
        return assertThrows(DataFormatException.class, () -> BuiltinModelGenerator.generateAll(files));
    }

    private static int lineOf(String dataPath, String line) throws IOException {
        return shipped(dataPath).lines().toList().indexOf(line) + 1;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            data/machines.txt  | irq 15 legacy 8:15 route fixed cpus 1\t# ata1 | irq 15 legacy 8:15 route fixed cpus 7 | cpu 7 is not defined above
            data/machines.txt  | cpu 3 package 3 core 0 apic 4 | cpu 3 package 3 core 0 apic | expected 'cpu <cpuId> package
            data/machines.txt  | device uhci0 usb irqs 19 | device uhci0 usb irqs 99 | irq 99 is not defined above
            data/machines.txt  | handler uhci0 uhci0 ithread irq 19 path uhci_intr | handler uhci0 uhci0 ithread irq 19 path nosuch_intr | has no code path 'nosuch_intr'
            data/workloads.txt | op pipe 3 | op splice 3 | has no syscall 'splice'
            data/workloads.txt | op read 30 | op read -1 | the weight must be positive
            data/workloads.txt | intr disk device ata0 poisson 1000\t# clustered reads, see above | intr disk device ata9 poisson 1000 | has no device 'ata9'
            data/workloads.txt | process bench kse | process bench pthreads | unknown thread library 'pthreads'
            data/scenarios.txt | scheduler 4bsd | scheduler cfs | unknown scheduler 'cfs'
            """)
    void reportsTheLineOfAMistake(String dataPath, String line, String replacement, String message)
            throws IOException {
        String original = line.replace("\\t", "\t");
        String changed = replacement;
        DataFormatException e = generateWith(dataPath, original, changed);
        int expected = lineOf(dataPath, original);
        assertTrue(e.getMessage().startsWith("bundles/org.smpng.model/" + dataPath + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(expected, e.line(), e.getMessage());
    }

    @Test
    void aBlockWithoutEndIsReportedAtItsHeader() throws IOException {
        DataFormatException e = generateWith("data/workloads.txt", "swi softclock clock path softclock periodic "
                + "1000000 5000\nend\n\nworkload desktop-mix", "workload desktop-mix");
        assertTrue(e.getMessage().contains("a new workload starts before the 'end'"), e.getMessage());
    }
}
