package org.smpng.io.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.smpng.io.witness.OrderList;
import org.smpng.io.witness.OrderListFormatException;
import org.smpng.io.witness.OrderListImporter;
import org.smpng.io.witness.OrderListParser;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.kernel.KernelModel;

/** Order lists for the import tests: the data files of the built-in models and the files in testfiles/. */
public final class OrderListFixtures {

    private OrderListFixtures() {
    }

    /**
     * Returns the built-in kernels made from an order list alone, whose data files are the real order lists.
     *
     * @return every built-in model generated from a WITNESS order list file
     */
    public static List<BuiltinModel> builtins() {
        return BuiltinModels.kernels().stream()
                .filter(builtin -> builtin.dataPath().startsWith("data/witness_order_lists_")).toList();
    }

    /**
     * Returns a built-in model by id.
     *
     * @param id e.g. {@code freebsd-5x}
     * @return the model's catalogue entry
     */
    public static BuiltinModel builtin(String id) {
        return BuiltinModels.find(id).orElseThrow(() -> new AssertionError("no built-in model " + id));
    }

    /**
     * Reads the data file of a built-in model.
     *
     * @param builtin the model
     * @return the file's lines
     */
    public static List<String> dataLines(BuiltinModel builtin) {
        try (InputStream in = builtin.dataUrl().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the data file of a built-in model.
     *
     * @param builtin the model
     * @return the order list
     * @throws Exception if it cannot be read or parsed
     */
    public static OrderList parse(BuiltinModel builtin) throws Exception {
        try (InputStream in = builtin.dataUrl().openStream()) {
            return new OrderListParser().parse(builtin.dataPath(), new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /**
     * Imports the data file of a built-in model.
     *
     * @param builtin the model
     * @return the kernel model
     * @throws Exception if it cannot be read or imported
     */
    public static KernelModel importData(BuiltinModel builtin) throws Exception {
        try (InputStream in = builtin.dataUrl().openStream()) {
            return new OrderListImporter().importFrom(in, origin(builtin.id(), builtin.dataPath()));
        }
    }

    /**
     * Imports one of the files in testfiles/, recording its file name as the data file.
     *
     * @param name the file name, e.g. {@code small.txt}
     * @return the kernel model
     * @throws IOException              if the file cannot be read
     * @throws OrderListFormatException if it is not a valid order list
     */
    public static KernelModel importTestfile(String name) throws IOException, OrderListFormatException {
        try (InputStream in = testfile(name)) {
            return new OrderListImporter().importFrom(in, origin(name.replace(".txt", ""), name));
        }
    }

    /**
     * Opens one of the files in testfiles/.
     *
     * @param name the file name
     * @return its content
     */
    public static InputStream testfile(String name) {
        InputStream in = OrderListFixtures.class.getResourceAsStream("/testfiles/" + name);
        if (in == null) {
            throw new AssertionError("testfiles/" + name + " is not in the test bundle (see build.properties)");
        }
        return in;
    }

    private static OrderListImporter.Origin origin(String name, String dataFile) {
        return new OrderListImporter.Origin(name, dataFile, "org.smpng.io.tests");
    }
}
