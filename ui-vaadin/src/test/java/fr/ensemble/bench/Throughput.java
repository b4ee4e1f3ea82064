package fr.ensemble.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs operations from several threads: for a fixed time, counting completions per second, or over a fixed
 * list of items, timing each one (requests per second and latency percentiles).
 */
final class Throughput {

    private Throughput() {
    }

    interface Operation {

        void run() throws Exception;
    }

    interface ItemOperation<T> {

        void run(T item) throws Exception;
    }

    static double perSecond(int threads, Duration duration, Operation operation) throws InterruptedException {
        var done = new LongAdder();
        var running = new AtomicBoolean(true);
        double seconds = onThreads(threads, () -> {
            while (running.get()) {
                operation.run();
                done.increment();
            }
        }, () -> {
            Thread.sleep(duration);
            running.set(false);
        });
        return done.sum() / seconds;
    }

    /** Runs the operation once for every item, each thread taking the next item, and times every run. */
    static <T> Latencies timeEach(int threads, List<T> items, ItemOperation<T> operation) throws InterruptedException {
        long[] nanos = new long[items.size()];
        var next = new AtomicInteger();
        double seconds = onThreads(threads, () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                long start = System.nanoTime();
                operation.run(items.get(i));
                nanos[i] = System.nanoTime() - start;
            }
        }, () -> { });
        return new Latencies(nanos, seconds);
    }

    /** Starts the workers, runs {@code meanwhile} on this thread, waits for the workers; the seconds taken. */
    private static double onThreads(int threads, Operation worker, Operation meanwhile) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    worker.run();
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        try {
            meanwhile.run();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (Thread thread : workers) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("benchmark operation failed", failures.getFirst());
        }
        return seconds;
    }

    /** The duration of each run (nanoseconds) and the wall-clock seconds all of them took together. */
    record Latencies(long[] nanos, double seconds) {

        /** Several measured rounds as one: their runs together, their durations added. */
        static Latencies of(List<Latencies> rounds) {
            long[] all = rounds.stream().flatMapToLong(round -> Arrays.stream(round.nanos())).toArray();
            return new Latencies(all, rounds.stream().mapToDouble(Latencies::seconds).sum());
        }

        double perSecond() {
            return nanos.length / seconds;
        }

        /** The nearest-rank percentile, in milliseconds. */
        double percentileMs(double percent) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100 * sorted.length);
            return sorted[Math.max(rank - 1, 0)] / 1e6;
        }

        /** Prints {@code prefix.rps}, {@code prefix.p50_ms}, {@code prefix.p95_ms}. */
        void print(String prefix) {
            Benchmarks.print(prefix + ".rps", perSecond());
            Benchmarks.print(prefix + ".p50_ms", percentileMs(50));
            Benchmarks.print(prefix + ".p95_ms", percentileMs(95));
        }
    }
}
