package org.smpng.model.tests;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.smpng.model.kernel.BlessedPair;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.util.KernelValidator;

/**
 * Builds small kernel models for the tests, and runs the validator on them: the one place the tests of this
 * bundle create model objects. Lock types named in a chain but not declared first become sleep mutexes.
 */
final class Models {

    private static final KernelFactory FACTORY = KernelFactory.eINSTANCE;

    private final KernelModel model = FACTORY.createKernelModel();
    private final Map<LockClassKind, LockClass> classes = new EnumMap<>(LockClassKind.class);

    private Models(String name) {
        model.setName(name);
    }

    /** Starts an empty model. */
    static Models named(String name) {
        return new Models(name);
    }

    /** Adds a lock type of the given kind (always a new one, even if the name is taken). */
    Models lock(String name, LockClassKind kind) {
        LockType type = FACTORY.createLockType();
        type.setName(name);
        type.setLockClass(lockClass(kind));
        model.getLockTypes().add(type);
        return this;
    }

    /** Adds a chain with the given label (null for none) of the named lock types, creating missing ones. */
    Models labelledChain(String label, String... names) {
        LockOrderChain chain = FACTORY.createLockOrderChain();
        chain.setLabel(label);
        for (String name : names) {
            LockOrderEntry entry = FACTORY.createLockOrderEntry();
            entry.setLockType(typeOrNew(name));
            chain.getEntries().add(entry);
        }
        model.getOrderChains().add(chain);
        return this;
    }

    /** Adds an unlabelled chain of the named lock types, creating missing ones. */
    Models chain(String... names) {
        return labelledChain(null, names);
    }

    /** Adds a blessed pair of the named lock types, creating missing ones. */
    Models blessed(String first, String second) {
        BlessedPair pair = FACTORY.createBlessedPair();
        pair.setFirst(typeOrNew(first));
        pair.setSecond(typeOrNew(second));
        model.getBlessedPairs().add(pair);
        return this;
    }

    /** Makes the named lock type Giant, with or without recursion allowed. */
    Models giant(String name, boolean recursive) {
        LockType giant = typeOrNew(name);
        giant.setRecursionAllowed(recursive);
        model.setGiant(giant);
        return this;
    }

    /** Returns the model built so far (not a copy). */
    KernelModel build() {
        return model;
    }

    /** Returns the first lock type with the given name in {@code model}. */
    static LockType type(KernelModel model, String name) {
        return model.getLockTypes().stream().filter(t -> name.equals(t.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no lock type " + name));
    }

    /** Returns the names of lock types, in order. */
    static List<String> names(Iterable<LockType> types) {
        List<String> names = new ArrayList<>();
        types.forEach(type -> names.add(type.getName()));
        return names;
    }

    /** Validates {@code model} with EMF's diagnostician, as the workbench and the command line do. */
    static Diagnostic validate(KernelModel model) {
        return Diagnostician.INSTANCE.validate(model);
    }

    /** Returns every diagnostic of the kernel validator with the given code, at any depth. */
    static List<Diagnostic> withCode(Diagnostic diagnostic, int code) {
        List<Diagnostic> found = new ArrayList<>();
        collect(diagnostic, code, found);
        return found;
    }

    private static void collect(Diagnostic diagnostic, int code, List<Diagnostic> found) {
        if (KernelValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && diagnostic.getCode() == code) {
            found.add(diagnostic);
        }
        diagnostic.getChildren().forEach(child -> collect(child, code, found));
    }

    private LockType typeOrNew(String name) {
        for (LockType type : model.getLockTypes()) {
            if (name.equals(type.getName())) {
                return type;
            }
        }
        lock(name, LockClassKind.SLEEP_MUTEX);
        return model.getLockTypes().get(model.getLockTypes().size() - 1);
    }

    private LockClass lockClass(LockClassKind kind) {
        return classes.computeIfAbsent(kind, k -> {
            LockClass lockClass = FACTORY.createLockClass();
            lockClass.setName(k.getLiteral().toLowerCase().replace('_', ' '));
            lockClass.setKind(k);
            lockClass.setSpin(k == LockClassKind.SPIN_MUTEX);
            lockClass.setSleepable(k == LockClassKind.SX || k == LockClassKind.LOCKMGR);
            model.getLockClasses().add(lockClass);
            return lockClass;
        });
    }
}
