package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;

/**
 * Malformed, truncated and hostile model files give a clear error naming the file and the position, never a hang,
 * and are never changed on disk.
 */
class HostileModelFilesTest {

    @TempDir
    Path folder;

    private ModelLoadException refuse(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        // A bound on the time, not a measurement: an entity bomb must be refused, not expanded until it runs out.
        ModelLoadException error = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ModelLoadException.class, () -> KernelModels.load(file.toString())));
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "the file on disk is untouched");
        return error;
    }

    @Test
    void refusesAnExternalEntityThatWouldReadAnotherFile() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        ModelLoadException error = refuse("xxe.xmi", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE kernel [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<kernel:KernelModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:kernel=\"http://smpng.org/model/kernel/1.0\" name=\"&leak;\"/>\n");
        assertFalse(error.getMessage().contains("TOP-SECRET"), error.getMessage());
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
    }

    @Test
    void refusesAnEntityExpansionBomb() throws Exception {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                bomb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            bomb.append("\">\n");
        }
        bomb.append("]>\n<kernel:KernelModel xmlns:kernel=\"http://smpng.org/model/kernel/1.0\" name=\"&lol9;\"/>\n");
        ModelLoadException error = refuse("bomb.xmi", bomb.toString());
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
    }

    @Test
    void namesTheLineAndColumnWhereATruncatedFileEnds() throws Exception {
        ModelLoadException error = refuse("truncated.xmi", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<kernel:KernelModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
                + "    xmlns:kernel=\"http://smpng.org/model/kernel/1.0\" name=\"cut\">\n"
                + "  <lockClasses name=\"sleep mutex\" symbol=\"lock_class_mtx_sleep\"/>\n"
                + "  <lockTypes name=\"Giant\" lockClass=\"//@lockCl");
        assertTrue(error.getMessage().matches("(?s).*line 5, column \\d+.*"), error.getMessage());
    }

    @Test
    void namesThePositionOfAnUnknownElement() throws Exception {
        ModelLoadException error = refuse("unknown.xmi", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<kernel:KernelModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
                + "    xmlns:kernel=\"http://smpng.org/model/kernel/1.0\" name=\"odd\">\n"
                + "  <turnstiles name=\"not a feature\"/>\n"
                + "</kernel:KernelModel>\n");
        assertTrue(error.getMessage().contains("line 4"), error.getMessage());
        assertTrue(error.getMessage().contains("turnstiles"), error.getMessage());
    }

    @Test
    void refusesBinaryGarbage() throws Exception {
        ModelLoadException error = refuse("garbage.xmi", "\u0000\u0001PK\u0003\u0004 not xml at all");
        assertTrue(error.getMessage().contains("line 1"), error.getMessage());
    }
}
