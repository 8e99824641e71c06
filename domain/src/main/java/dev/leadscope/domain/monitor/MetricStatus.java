package dev.leadscope.domain.monitor;

import java.util.Locale;

/** Whether a monitored metric is within its threshold, past it, or could not be measured for want of data. */
public enum MetricStatus {
    OK, ALERT, INSUFFICIENT_DATA;

    /** The name as the API writes it: {@code ok}, {@code alert}, {@code insufficient_data}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
