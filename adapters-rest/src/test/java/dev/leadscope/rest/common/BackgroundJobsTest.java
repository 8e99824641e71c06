package dev.leadscope.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundJobsTest {

    /** A job that counts as finished once its work has run. */
    static final class Job {
        final String id;
        volatile boolean done;

        Job(String id) {
            this.id = id;
        }
    }

    @Test
    void givenMoreFinishedJobsThanKept_whenSubmitted_thenTheOldestAreForgottenAndFreedInOrder() throws Exception {
        List<String> forgotten = new CopyOnWriteArrayList<>();
        List<String> ran = new CopyOnWriteArrayList<>();
        try (BackgroundJobs<Job> jobs = new BackgroundJobs<>("test-jobs", 2, j -> j.id, j -> j.done, j -> forgotten.add(j.id))) {
            CountDownLatch allRan = new CountDownLatch(3);
            for (String id : List.of("a", "b", "c")) {
                Job job = new Job(id);
                jobs.submit(job, () -> {
                    ran.add(id);
                    job.done = true;
                    allRan.countDown();
                });
                waitUntil(() -> job.done);
            }
            assertThat(ran).containsExactly("a", "b", "c");
            assertThat(forgotten).containsExactly("a");
            assertThat(jobs.find("a")).isEmpty();
            assertThat(jobs.find("c")).isPresent();
        }
    }

    @Test
    void givenAnUnfinishedOldestJob_whenMoreAreSubmitted_thenNothingIsForgottenWhileItRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> forgotten = new CopyOnWriteArrayList<>();
        try (BackgroundJobs<Job> jobs = new BackgroundJobs<>("test-jobs", 1, j -> j.id, j -> j.done, j -> forgotten.add(j.id))) {
            Job slow = new Job("slow");
            jobs.submit(slow, () -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                slow.done = true;
            });
            jobs.submit(new Job("next"), () -> { });

            assertThat(jobs.find("slow")).isPresent();
            assertThat(jobs.find("next")).isPresent();
            assertThat(forgotten).isEmpty();
            release.countDown();
        }
    }

    @Test
    void givenRememberedJobs_whenClosed_thenEachIsForgottenAndFreedOnceTheRunningOneHasStopped() throws Exception {
        List<String> forgotten = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        List<String> events = new CopyOnWriteArrayList<>();
        BackgroundJobs<Job> jobs = new BackgroundJobs<>("test-jobs", 5, j -> j.id, j -> j.done, j -> {
            forgotten.add(j.id);
            events.add("freed " + j.id);
        });
        Job done = new Job("done");
        jobs.submit(done, () -> done.done = true);
        waitUntil(() -> done.done);
        Job running = new Job("running");
        jobs.submit(running, () -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                events.add("interrupted");
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        jobs.close();

        assertThat(forgotten).containsExactly("done", "running");
        assertThat(events.get(0)).isEqualTo("interrupted");
        assertThat(jobs.find("done")).isEmpty();
        assertThat(jobs.find("running")).isEmpty();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
    }
}
