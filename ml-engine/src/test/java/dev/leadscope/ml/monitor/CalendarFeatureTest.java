package dev.leadscope.ml.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarFeatureTest {

    @Test
    void whereTheAccountsFiscalYearStandsIsReadOffTheCalendarAndLeftOutOfTheFeaturePsi() {
        assertThat(DriftMonitor.followsTheCalendar("fiscal.months_since_year_end")).isTrue();
        assertThat(DriftMonitor.followsTheCalendar("fiscal.quarter_end_month")).isTrue();
    }

    @Test
    void activityAndFirmographicFeaturesAreWatched() {
        assertThat(DriftMonitor.followsTheCalendar("acct.ev.trial_signup.decayed")).isFalse();
        assertThat(DriftMonitor.followsTheCalendar("employees")).isFalse();
        assertThat(DriftMonitor.followsTheCalendar("acct.notes.last_net")).isFalse();
    }
}
