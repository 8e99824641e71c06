package dev.leadscope.ml.simulation;

/**
 * The hidden, fixed facts about an account that drive its buying chain.
 *
 * @param fitBefore    how well the account fits the product before the drift date (about 1 is average)
 * @param fitAfter     the same after the drift date (equal to {@code fitBefore} without drift)
 * @param repSkill     the skill of the account's rep
 * @param hasEconomicBuyer whether the buying committee includes an economic buyer at all
 * @param renewalWeek  the week index of the competitor contract renewal, or {@link Integer#MIN_VALUE} when none
 * @param fiscalYearEndMonth 1..12
 */
record AccountTraits(double fitBefore, double fitAfter, double repSkill, boolean hasEconomicBuyer, int renewalWeek,
                     int fiscalYearEndMonth) {
}
