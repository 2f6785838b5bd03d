package org.smpng.io.witness;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Provenance;

/**
 * Turns a WITNESS order list into a kernel model: its lock classes, one lock type per name, the chains and the
 * blessed pairs, with Giant marked and the provenance of the data recorded.
 * <p>
 * The importer is strict about form and faithful about content: a name used with two different lock classes is
 * an error (WITNESS would have panicked), but an order that contradicts itself is imported as it is, for the
 * model's validator to report. Stateless and thread-safe.
 */
public final class OrderListImporter {

    /** The lock type WITNESS and the rest of the kernel treat as Giant. */
    public static final String GIANT = "Giant";

    /**
     * FreeBSD's lock classes by symbol, in {@code lock_classes[]} order, with their {@code lc_name} and flags
     * (sys/kern/kern_mutex.c, kern_sx.c, kern_rwlock.c, kern_rmlock.c, kern_lock.c).
     */
    private static final List<ClassInfo> CLASSES = List.of(
            new ClassInfo("lock_class_mtx_spin", "spin mutex", LockClassKind.SPIN_MUTEX, false, true, false, true),
            new ClassInfo("lock_class_mtx_sleep", "sleep mutex", LockClassKind.SLEEP_MUTEX, false, true, false, false),
            new ClassInfo("lock_class_sx", "sx", LockClassKind.SX, true, true, true, false),
            new ClassInfo("lock_class_rm", "rm", LockClassKind.RM, false, true, false, false),
            new ClassInfo("lock_class_rw", "rw", LockClassKind.RW, false, true, true, false),
            new ClassInfo("lock_class_lockmgr", "lockmgr", LockClassKind.LOCKMGR, true, true, true, false));

    /**
     * Lock types that FreeBSD's blessed_list[] names but no order chain does, with the class they are created
     * with: the UFS directory hash lock is an sx lock (ufs_dirhash.c); buffer locks ("bufwait", bio.h
     * BUF_LOCKINIT) and UFS and tarfs vnode locks are lockmgr locks.
     */
    private static final Map<String, String> UNCHAINED_CLASSES = Map.of(
            "dirhash", "lock_class_sx",
            "bufwait", "lock_class_lockmgr",
            "ufs", "lock_class_lockmgr",
            "tarfs", "lock_class_lockmgr");

    private record ClassInfo(String symbol, String name, LockClassKind kind, boolean sleepable, boolean recursable,
            boolean upgradable, boolean spin) {
    }

    /**
     * What the caller knows about the data that the file itself does not say.
     *
     * @param name          the model's name, e.g. {@code freebsd-5x}
     * @param dataFile      the path of the data as it should be recorded (repository-relative for built-ins)
     * @param generatorNote who produced the model, recorded in the provenance
     */
    public record Origin(String name, String dataFile, String generatorNote) {
    }

    /**
     * Reads and imports an order list from a stream, recording its SHA-256 in the provenance.
     *
     * @param in the data; read to the end, not closed
     */
    public KernelModel importFrom(InputStream in, Origin origin) throws IOException, OrderListFormatException {
        byte[] bytes = in.readAllBytes();
        OrderList list = new OrderListParser().parse(origin.dataFile(),
                new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        KernelModel model = toModel(list, origin);
        model.getProvenance().setDataSha256(sha256(bytes));
        return model;
    }

    /** Builds the model of an already parsed order list. */
    public KernelModel toModel(OrderList list, Origin origin) throws OrderListFormatException {
        KernelFactory factory = KernelFactory.eINSTANCE;
        KernelModel model = factory.createKernelModel();
        model.setName(origin.name());
        model.setDescription(list.headerComments().isEmpty() ? "" : list.headerComments().get(0));
        model.setProvenance(provenance(list, origin));

        Map<String, LockClass> classes = new LinkedHashMap<>();
        Map<String, LockType> types = new LinkedHashMap<>();
        Map<String, OrderList.Entry> firstSeen = new LinkedHashMap<>();
        for (OrderList.Chain chain : list.chains()) {
            for (OrderList.Entry entry : chain.entries()) {
                ClassInfo info = classInfo(origin.dataFile(), entry);
                classes.computeIfAbsent(info.symbol(), symbol -> lockClass(info));
                LockType type = types.get(entry.name());
                if (type == null) {
                    type = factory.createLockType();
                    type.setName(entry.name());
                    type.setLockClass(classes.get(info.symbol()));
                    // Giant is created with MTX_RECURSE (mtx_init(&Giant, "Giant", NULL, MTX_DEF | MTX_RECURSE)).
                    type.setRecursionAllowed(GIANT.equals(entry.name()));
                    types.put(entry.name(), type);
                    firstSeen.put(entry.name(), entry);
                } else if (!type.getLockClass().getSymbol().equals(info.symbol())) {
                    throw new OrderListFormatException(origin.dataFile(), entry.line(), "lock type '" + entry.name()
                            + "' is a " + info.name() + " here but a " + type.getLockClass().getName() + " on line "
                            + firstSeen.get(entry.name()).line() + "; WITNESS keeps one class per lock name");
                }
            }
        }
        List<org.smpng.model.kernel.BlessedPair> blessed = new java.util.ArrayList<>();
        for (OrderList.BlessedPair pair : list.blessedPairs()) {
            org.smpng.model.kernel.BlessedPair blessedPair = factory.createBlessedPair();
            blessedPair.setFirst(typeFor(origin, types, classes, pair, pair.first()));
            blessedPair.setSecond(typeFor(origin, types, classes, pair, pair.second()));
            blessedPair.setReason("blessed_list[] of " + origin.name());
            blessed.add(blessedPair);
        }
        // Classes appear in FreeBSD's lock_classes[] order, whatever order the chains use them in.
        CLASSES.stream().map(ClassInfo::symbol).filter(classes::containsKey).map(classes::get)
                .forEach(model.getLockClasses()::add);
        model.getLockTypes().addAll(types.values());
        model.setGiant(types.get(GIANT));

        for (OrderList.Chain chain : list.chains()) {
            LockOrderChain orderChain = factory.createLockOrderChain();
            orderChain.setLabel(chain.label());
            for (OrderList.Entry entry : chain.entries()) {
                LockOrderEntry orderEntry = factory.createLockOrderEntry();
                orderEntry.setLockType(types.get(entry.name()));
                orderEntry.setCondition(entry.condition());
                orderChain.getEntries().add(orderEntry);
            }
            model.getOrderChains().add(orderChain);
        }
        model.getBlessedPairs().addAll(blessed);
        return model;
    }

    /**
     * Returns the named lock type. FreeBSD blesses vnode and buffer locks that no chain mentions; those become lock
     * types of their own, with the class the kernel creates them with ({@link #UNCHAINED_CLASSES}).
     */
    private static LockType typeFor(Origin origin, Map<String, LockType> types, Map<String, LockClass> classes,
            OrderList.BlessedPair pair, String name) throws OrderListFormatException {
        LockType type = types.get(name);
        if (type != null) {
            return type;
        }
        String symbol = UNCHAINED_CLASSES.get(name);
        if (symbol == null) {
            throw new OrderListFormatException(origin.dataFile(), pair.line(), "blessed pair {\"" + pair.first()
                    + "\",\"" + pair.second() + "\"} names '" + name + "', which is in no chain and whose lock class "
                    + "is unknown; add it to a chain");
        }
        ClassInfo info = CLASSES.stream().filter(c -> c.symbol().equals(symbol)).findFirst().orElseThrow();
        type = KernelFactory.eINSTANCE.createLockType();
        type.setName(name);
        type.setLockClass(classes.computeIfAbsent(symbol, s -> lockClass(info)));
        types.put(name, type);
        return type;
    }

    private static ClassInfo classInfo(String source, OrderList.Entry entry) throws OrderListFormatException {
        for (ClassInfo info : CLASSES) {
            if (info.symbol().equals(entry.classSymbol())) {
                return info;
            }
        }
        throw new OrderListFormatException(source, entry.line(), "unknown lock class '" + entry.classSymbol()
                + "'; known are " + CLASSES.stream().map(ClassInfo::symbol).toList());
    }

    /**
     * Creates the lock class FreeBSD defines with the given {@code struct lock_class} symbol, with its
     * {@code lc_name} and flags, for models that need a class no order list chain uses (such as lockmgr in 5.x).
     *
     * @return the class, or empty if the symbol is not one of FreeBSD's lock classes
     */
    public static java.util.Optional<LockClass> lockClass(String symbol) {
        return CLASSES.stream().filter(info -> info.symbol().equals(symbol)).findFirst()
                .map(OrderListImporter::lockClass);
    }

    /** Returns FreeBSD's lock class symbols in {@code lock_classes[]} order. */
    public static List<String> lockClassSymbols() {
        return CLASSES.stream().map(ClassInfo::symbol).toList();
    }

    private static LockClass lockClass(ClassInfo info) {
        LockClass lockClass = KernelFactory.eINSTANCE.createLockClass();
        lockClass.setName(info.name());
        lockClass.setSymbol(info.symbol());
        lockClass.setKind(info.kind());
        lockClass.setSleepable(info.sleepable());
        lockClass.setRecursable(info.recursable());
        lockClass.setUpgradable(info.upgradable());
        lockClass.setSpin(info.spin());
        return lockClass;
    }

    private static Provenance provenance(OrderList list, Origin origin) {
        Provenance provenance = KernelFactory.eINSTANCE.createProvenance();
        provenance.setSource(list.header("source"));
        provenance.setDating(list.header("Dating"));
        provenance.setDataFile(origin.dataFile());
        provenance.setGenerator(origin.generatorNote());
        provenance.setNotes(String.join("\n", list.headerComments()));
        return provenance;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
