package fr.ensemble.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/** Runs an operation from several threads for a fixed time and counts completions per second. */
final class Throughput {

    private Throughput() {
    }

    interface Operation {

        void run() throws Exception;
    }

    static double perSecond(int threads, Duration duration, Operation operation) throws InterruptedException {
        var done = new LongAdder();
        var running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    while (running.get()) {
                        operation.run();
                        done.increment();
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(duration);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("benchmark operation failed", failures.getFirst());
        }
        return done.sum() / seconds;
    }
}
