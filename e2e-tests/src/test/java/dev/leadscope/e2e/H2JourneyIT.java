package dev.leadscope.e2e;

import java.util.Map;

/** The user journey on the embedded H2 default, with the database file under the data directory. */
class H2JourneyIT extends ServiceJourney {

    @Override
    Map<String, String> databaseEnvironment() {
        return Map.of();
    }

    @Override
    String name() {
        return "h2";
    }
}
