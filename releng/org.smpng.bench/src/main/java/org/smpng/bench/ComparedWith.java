package org.smpng.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the baseline a benchmark is reported against. {@link BenchMain} prints the benchmark's cost per operation
 * as a ratio to the baseline's, both measured in the same run on the same machine, so the ratio holds where
 * absolute figures (which depend on the host and its load) do not.
 *
 * <pre>{@code
 * @Benchmark
 * @ComparedWith(benchmark = "org.smpng.bench.ReentrantLockBenchmark.uncontendedAcquireRelease")
 * public void sleepMutexUncontended() { ... }
 * }</pre>
 *
 * <p>A benchmark may name several baselines (the annotation repeats).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ComparedWith.List.class)
public @interface ComparedWith {

    /** The container of repeated {@link ComparedWith} annotations. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        ComparedWith[] value();
    }

    /** The baseline benchmark: fully qualified class name, a dot, and the method name. */
    String benchmark();

    /**
     * Which of this benchmark's results is compared: empty for the primary score, else the name of a secondary
     * result (a field of an {@code @AuxCounters} state, such as {@code lockOps}).
     */
    String metric() default "";
}
