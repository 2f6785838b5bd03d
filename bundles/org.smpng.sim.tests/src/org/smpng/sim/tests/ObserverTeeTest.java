package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smpng.sim.SimObserver;
import org.smpng.sim.diag.ObserverTee;

/** The tee hands every callback of the seam to every observer: none may fall through to an empty default. */
class ObserverTeeTest {

    @Test
    void everyCallbackOfTheSeamReachesEveryObserverInOrder() throws Exception {
        List<String> calls = new ArrayList<>();
        List<SimObserver> observers = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            observers.add((SimObserver) Proxy.newProxyInstance(SimObserver.class.getClassLoader(),
                    new Class<?>[] { SimObserver.class }, (proxy, method, args) -> {
                        calls.add(name + "." + method.getName());
                        return null;
                    }));
        }
        SimObserver tee = ObserverTee.of(observers);
        int callbacks = 0;
        for (Method m : SimObserver.class.getMethods()) {
            if (!m.isDefault()) {
                continue;
            }
            callbacks++;
            calls.clear();
            Object[] args = new Object[m.getParameterCount()];
            Class<?>[] types = m.getParameterTypes();
            for (int i = 0; i < args.length; i++) {
                args[i] = types[i] == long.class ? 1L : types[i] == int.class ? 1 : types[i] == boolean.class
                        ? Boolean.TRUE : null;
            }
            m.invoke(tee, args);
            assertEquals(List.of("a." + m.getName(), "b." + m.getName()), calls, m.getName() + " is not forwarded");
        }
        assertTrue(callbacks >= 20, "the seam has " + callbacks + " callbacks");
    }
}
