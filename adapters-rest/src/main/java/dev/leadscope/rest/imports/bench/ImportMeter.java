package dev.leadscope.rest.imports.bench;

import dev.leadscope.rest.imports.run.ImportProgress;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Samples a running import every 50 ms: the process CPU time spent while each source ran (so that figures
 * stay comparable on a machine shared with other work), the largest heap in use, and the peak resident set.
 */
public final class ImportMeter implements AutoCloseable {
    private static final long PERIOD_MS = 50;

    private final ImportProgress progress;
    private final Map<String, Long> cpuNanosBySource = new LinkedHashMap<>();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private long peakHeap;
    private long lastCpu = processCpuNanos();

    public ImportMeter(ImportProgress progress) {
        this.progress = progress;
        this.sampler = new Thread(this::sampleUntilClosed, "import-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sampleUntilClosed() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sample() {
        long cpu = processCpuNanos();
        String source = progress.current();
        if (!source.isEmpty()) {
            cpuNanosBySource.merge(source, cpu - lastCpu, Long::sum);
        }
        lastCpu = cpu;
        peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
    }

    /** Process CPU seconds (all threads, database included) spent while {@code source} was being imported. */
    public synchronized double cpuSeconds(String source) {
        return cpuNanosBySource.getOrDefault(source, 0L) / 1e9;
    }

    /** The largest heap in use seen, in bytes. */
    public synchronized long peakHeapBytes() {
        return peakHeap;
    }

    /** The peak resident set size of this process in bytes (VmHWM), or -1 where /proc is not available. */
    public static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }
}
