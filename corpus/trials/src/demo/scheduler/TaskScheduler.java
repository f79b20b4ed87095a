package demo.scheduler;

import dev.jmpy.annotations.MicroPython;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A cooperative task scheduler for a device main loop: periodic and one-shot jobs ordered by due
 * time, then priority, in a priority queue. Time is a simulated millisecond clock so that the run
 * is reproducible.
 */
@MicroPython
public class TaskScheduler {

    @FunctionalInterface
    interface Job {
        void run(TaskScheduler scheduler) throws Exception;
    }

    enum Priority {
        LOW, NORMAL, HIGH, CRITICAL;

        boolean isUrgent() {
            return this.ordinal() >= HIGH.ordinal();
        }
    }

    enum Status { SCHEDULED, DONE, CANCELLED, FAILED }

    static final class Task {
        private static int nextId = 1;

        final int id;
        final String name;
        final Priority priority;
        final long periodMs;          // 0 for a one-shot task
        final Job job;
        long dueAt;
        int runs;
        int failures;
        long busyMs;
        Status status = Status.SCHEDULED;

        Task(String name, Priority priority, long dueAt, long periodMs, Job job) {
            this.id = nextId++;
            this.name = name;
            this.priority = priority;
            this.dueAt = dueAt;
            this.periodMs = periodMs;
            this.job = job;
        }

        boolean isPeriodic() {
            return periodMs > 0;
        }

        @Override
        public String toString() {
            return String.format("#%d %s(%s, due %d)", id, name, priority, dueAt);
        }
    }

    private static final Comparator<Task> ORDER = Comparator
            .comparingLong((Task t) -> t.dueAt)
            .thenComparing(t -> t.priority, Comparator.reverseOrder())
            .thenComparingInt(t -> t.id);

    private final PriorityQueue<Task> queue = new PriorityQueue<>(ORDER);
    private final List<Task> finished = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private long now;
    private static final int MAX_FAILURES = 3;

    long now() {
        return now;
    }

    Task every(String name, Priority priority, long periodMs, Job job) {
        Task task = new Task(name, priority, now + periodMs, periodMs, job);
        queue.add(task);
        return task;
    }

    Task once(String name, Priority priority, long delayMs, Job job) {
        Task task = new Task(name, priority, now + delayMs, 0, job);
        queue.offer(task);
        return task;
    }

    boolean cancel(String name) {
        Iterator<Task> it = queue.iterator();
        while (it.hasNext()) {
            Task t = it.next();
            if (t.name.equals(name)) {
                it.remove();
                t.status = Status.CANCELLED;
                finished.add(t);
                log("cancelled " + t);
                return true;
            }
        }
        return false;
    }

    void count(String key) {
        counters.put(key, counters.getOrDefault(key, 0) + 1);
    }

    Optional<Task> find(String name) {
        return queue.stream().filter(t -> t.name.equals(name)).findFirst();
    }

    private void log(String message) {
        System.out.printf("[%6d ms] %s%n", now, message);
    }

    /** Runs every task that falls due up to {@code untilMs}, advancing the clock as it goes. */
    void runUntil(long untilMs) {
        while (!queue.isEmpty() && queue.peek().dueAt <= untilMs) {
            Task task = queue.poll();
            now = Math.max(now, task.dueAt);
            long started = now;
            try {
                task.job.run(this);
                task.runs++;
            } catch (Exception e) {
                task.failures++;
                log(task.name + " failed: " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
                if (task.failures >= MAX_FAILURES) {
                    task.status = Status.FAILED;
                    finished.add(task);
                    log("giving up on " + task.name);
                    continue;
                }
            }
            task.busyMs += now - started;
            if (task.isPeriodic()) {
                // Skip missed periods instead of running a burst to catch up.
                long next = task.dueAt + task.periodMs;
                while (next <= now) {
                    next += task.periodMs;
                }
                task.dueAt = next;
                queue.add(task);
            } else if (task.status == Status.SCHEDULED) {
                task.status = Status.DONE;
                finished.add(task);
            }
        }
        now = untilMs;
    }

    /** Simulates work that takes time on the device. */
    void busy(long ms) {
        now += ms;
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-10s %-8s %4s %4s %8s%n", "task", "prio", "runs", "fail", "avg ms"));
        List<Task> all = new ArrayList<>(queue);
        all.addAll(finished);
        all.sort(Comparator.comparing((Task t) -> t.name));
        for (Task t : all) {
            double avg = t.runs == 0 ? 0.0 : (double) t.busyMs / t.runs;
            sb.append(String.format("%-10s %-8s %4d %4d %8.1f%n", t.name, t.priority, t.runs, t.failures, avg));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        TaskScheduler scheduler = new TaskScheduler();
        int[] samples = new int[8];
        int[] sampleCount = {0};
        Supplier<Integer> sensor = new Supplier<>() {
            private int seed = 17;

            @Override
            public Integer get() {
                seed = (seed * 1103515245 + 12345) & 0x7fffffff;
                return 200 + seed % 50;
            }
        };

        scheduler.every("sample", Priority.HIGH, 100, s -> {
            samples[sampleCount[0]++ % samples.length] = sensor.get();
            s.busy(3);
            s.count("samples");
        });
        scheduler.every("report", Priority.NORMAL, 400, s -> {
            int n = Math.min(sampleCount[0], samples.length);
            int sum = 0;
            for (int i = 0; i < n; i++) {
                sum += samples[i];
            }
            s.log("report: avg of " + n + " samples = " + (n == 0 ? 0 : sum / n));
            s.busy(12);
        });
        scheduler.every("flaky", Priority.LOW, 250, s -> {
            s.count("flaky");
            if (s.counters.get("flaky") % 2 == 0) {
                throw new IllegalStateException("bus timeout");
            }
        });
        scheduler.once("wifi", Priority.CRITICAL, 300, s -> {
            s.log("connecting wifi");
            s.busy(150);
            s.once("ntp", Priority.NORMAL, 50, t -> t.log("time synced"));
        });
        scheduler.once("divide", Priority.NORMAL, 650, s -> {
            int zero = s.counters.size() - s.counters.size();
            s.log("ratio " + 10 / zero);
        });

        scheduler.runUntil(1000);
        System.out.println("next sample: " + scheduler.find("sample").map(Task::toString).orElse("none"));
        System.out.println("cancel report: " + scheduler.cancel("report"));
        System.out.println("cancel missing: " + scheduler.cancel("missing"));
        scheduler.runUntil(1600);

        System.out.print(scheduler.report());
        Map<String, Integer> sorted = new TreeMap<>(scheduler.counters);
        System.out.println("counters: " + sorted);
        long urgent = scheduler.finished.stream().filter(t -> t.priority.isUrgent()).count();
        System.out.println("finished: " + scheduler.finished.size() + " (" + urgent + " urgent)");
        for (Status status : Status.values()) {
            long n = scheduler.finished.stream().filter(t -> t.status == status).count();
            if (n > 0) {
                System.out.println("  " + status.name().toLowerCase() + ": " + n);
            }
        }
    }
}
