package dev.leadscope.ml.simulation;

import dev.leadscope.domain.lead.CommitteeRole;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Draws an account's buying committee: 1-8 people, more in bigger companies. The first member is a champion
 * (or a technical evaluator); a committee of two or more has an economic buyer three times in four, and one
 * of three or more an executive sponsor half the time; the rest are champions and technical evaluators.
 */
final class CommitteeFactory {
    private CommitteeFactory() {
    }

    static List<Member> draw(SimAccount account, SplittableRandom rng) {
        double lambda = 0.6 + 0.55 * Math.log10(Math.max(2, account.employees()));
        int size = (int) Rand.clamp(1 + Rand.poisson(rng, lambda), 1, 8);
        List<CommitteeRole> roles = new ArrayList<>(size);
        roles.add(rng.nextDouble() < 0.7 ? CommitteeRole.CHAMPION : CommitteeRole.TECHNICAL_EVALUATOR);
        if (size >= 2 && rng.nextDouble() < 0.75) {
            roles.add(CommitteeRole.ECONOMIC_BUYER);
        }
        if (size >= 3 && roles.size() < size && rng.nextDouble() < 0.5) {
            roles.add(CommitteeRole.EXECUTIVE_SPONSOR);
        }
        while (roles.size() < size) {
            roles.add(rng.nextDouble() < 0.55 ? CommitteeRole.TECHNICAL_EVALUATOR : CommitteeRole.CHAMPION);
        }
        int region = regionIndex(account.region());
        List<Member> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            CommitteeRole role = roles.get(i);
            TitleFactory.Titled titled = TitleFactory.draw(role, rng);
            String first = Rand.pick(rng, Catalog.FIRST_NAMES[region]);
            String last = Rand.pick(rng, Catalog.LAST_NAMES[region]);
            members.add(new Member(i, role, titled.seniority(), titled.title(), first, last,
                    email(first, last, account.domain(), rng), Rand.logNormal(rng, 1.0, 0.6)));
        }
        return List.copyOf(members);
    }

    private static String email(String first, String last, String domain, SplittableRandom rng) {
        String f = ascii(first);
        String l = ascii(last);
        String local = switch (rng.nextInt(4)) {
            case 0, 1 -> f + "." + l;
            case 2 -> f.charAt(0) + l;
            default -> f;
        };
        String address = local + "@" + domain;
        return rng.nextDouble() < 0.05 ? Character.toUpperCase(address.charAt(0)) + address.substring(1) : address;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    static int regionIndex(String region) {
        for (int i = 0; i < Catalog.REGIONS.length; i++) {
            if (Catalog.REGIONS[i].equals(region)) {
                return i;
            }
        }
        return 0;
    }
}
