package dev.leadscope.domain.account;

import java.util.Locale;

/** How far a company has come in raising outside capital. */
public enum FundingStage {
    BOOTSTRAPPED, PRE_SEED, SEED, SERIES_A, SERIES_B, SERIES_C, SERIES_D_PLUS, PRIVATE_EQUITY, PUBLIC, UNKNOWN;

    /** Parses names like "Series A", "series-b", "seed", "IPO"; unknown text gives {@link #UNKNOWN}, null gives null. */
    public static FundingStage parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return switch (key) {
            case "BOOTSTRAPPED", "SELF_FUNDED", "NONE" -> BOOTSTRAPPED;
            case "PRE_SEED", "PRESEED", "ANGEL" -> PRE_SEED;
            case "SEED" -> SEED;
            case "SERIES_A", "A" -> SERIES_A;
            case "SERIES_B", "B" -> SERIES_B;
            case "SERIES_C", "C" -> SERIES_C;
            case "SERIES_D", "SERIES_E", "SERIES_F", "SERIES_D_PLUS", "LATE_STAGE" -> SERIES_D_PLUS;
            case "PRIVATE_EQUITY", "PE", "BUYOUT" -> PRIVATE_EQUITY;
            case "PUBLIC", "IPO", "LISTED" -> PUBLIC;
            default -> UNKNOWN;
        };
    }
}
