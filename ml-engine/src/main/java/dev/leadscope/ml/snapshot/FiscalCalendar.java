package dev.leadscope.ml.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Where an account's fiscal year stands at a scoring moment: the rule behind the {@code fiscal.*} features. */
public final class FiscalCalendar {
    /** Whole months since the account's fiscal year ended (0-11). */
    public static final String MONTHS_SINCE_YEAR_END = "fiscal.months_since_year_end";
    /** 1 in the last month of a fiscal quarter, else 0. */
    public static final String QUARTER_END_MONTH = "fiscal.quarter_end_month";

    private FiscalCalendar() {
    }

    /** The calendar month (1-12) a row scored at {@code t} is read in: the month most of the week from {@code t} falls in. */
    public static int monthOf(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC).plusDays(3).getMonthValue();
    }

    /** Months since a fiscal year ending in {@code yearEndMonth} ended, read in {@code month} (0-11). */
    public static int monthsSinceYearEnd(int month, int yearEndMonth) {
        return Math.floorMod(month - yearEndMonth, 12);
    }

    /** Whether a month that many months after the year end closes a fiscal quarter. */
    public static boolean isQuarterEnd(int monthsSinceYearEnd) {
        return monthsSinceYearEnd % 3 == 0;
    }
}
