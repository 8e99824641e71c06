package dev.leadscope.ml.simulation;

import dev.leadscope.domain.account.FundingStage;

/**
 * How well a company fits the product, as a multiplier around 1. After the drift date healthcare companies
 * start to fit well and using a competitor's product stops helping.
 */
final class FitPolicy {
    private FitPolicy() {
    }

    static double fit(SimAccount a, boolean afterDrift) {
        double f = switch (a.industry()) {
            case "Software" -> 1.6;
            case "Financial Services" -> 1.2;
            case "Healthcare" -> afterDrift ? 2.5 : 0.3;
            case "Retail" -> 0.8;
            case "Manufacturing" -> 0.6;
            case "Professional Services" -> 1.1;
            case "Education" -> 0.5;
            case "Logistics" -> 0.7;
            case "Telecommunications" -> 0.9;
            default -> 1.0;
        };
        int e = a.employees();
        f *= e < 20 ? 0.4 : e < 50 ? 0.8 : e <= 2000 ? 1.3 : e <= 10_000 ? 0.9 : 0.6;
        FundingStage stage = a.fundingStage();
        if (stage == FundingStage.SERIES_A || stage == FundingStage.SERIES_B || stage == FundingStage.SERIES_C) {
            f *= 1.3;
        } else if (stage == FundingStage.BOOTSTRAPPED) {
            f *= 0.8;
        }
        if (a.hiringForRevenueRoles()) {
            f *= 1.5;
        }
        if (a.runsCrm()) {
            f *= 1.3;
        }
        if (a.usesCompetitor() && !afterDrift) {
            f *= 1.8;
        }
        if (a.growthRate() > 0.3) {
            f *= 1.2;
        } else if (a.growthRate() < -0.1) {
            f *= 0.7;
        }
        return Rand.clamp(f / 1.4, 0.05, 8.0);
    }
}
