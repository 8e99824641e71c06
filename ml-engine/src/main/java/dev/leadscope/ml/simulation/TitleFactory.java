package dev.leadscope.ml.simulation;

import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Seniority;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes job titles the way CRMs hold them: abbreviated, oddly cased, "Sr.", "Head of", "Interim", a few in
 * French, German or Spanish, and rarely blank or junk. Rates: 2 % blank, 1.5 % junk, 3 % non-English.
 */
final class TitleFactory {
    /** A clean title and the seniority it implies. */
    private record Base(String title, Seniority seniority) {
    }

    private static final Base[] ECONOMIC = {
            new Base("Chief Financial Officer", Seniority.C_LEVEL), new Base("CFO", Seniority.C_LEVEL),
            new Base("VP Finance", Seniority.VP), new Base("Vice President of Finance", Seniority.VP),
            new Base("Finance Director", Seniority.DIRECTOR), new Base("Director of Procurement", Seniority.DIRECTOR),
            new Base("Head of Procurement", Seniority.DIRECTOR), new Base("Procurement Manager", Seniority.MANAGER),
            new Base("Purchasing Manager", Seniority.MANAGER), new Base("Financial Controller", Seniority.MANAGER)};
    private static final Base[] TECHNICAL = {
            new Base("Software Engineer", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("Senior Software Engineer", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("Data Engineer", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("Solutions Architect", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("DevOps Engineer", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("Security Engineer", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("Data Scientist", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("IT Manager", Seniority.MANAGER), new Base("Engineering Manager", Seniority.MANAGER),
            new Base("Director of IT", Seniority.DIRECTOR), new Base("Director of Engineering", Seniority.DIRECTOR),
            new Base("VP Engineering", Seniority.VP), new Base("Chief Technology Officer", Seniority.C_LEVEL),
            new Base("CTO", Seniority.C_LEVEL)};
    private static final Base[] EXECUTIVE = {
            new Base("Chief Revenue Officer", Seniority.C_LEVEL), new Base("CRO", Seniority.C_LEVEL),
            new Base("Chief Marketing Officer", Seniority.C_LEVEL), new Base("CMO", Seniority.C_LEVEL),
            new Base("Chief Operating Officer", Seniority.C_LEVEL), new Base("COO", Seniority.C_LEVEL),
            new Base("VP Sales", Seniority.VP), new Base("SVP Sales", Seniority.VP),
            new Base("VP Marketing", Seniority.VP), new Base("Vice President of Sales", Seniority.VP),
            new Base("VP of Revenue", Seniority.VP)};
    private static final Base[] CHAMPION = {
            new Base("Marketing Operations Manager", Seniority.MANAGER),
            new Base("Sales Operations Manager", Seniority.MANAGER),
            new Base("Revenue Operations Manager", Seniority.MANAGER),
            new Base("Demand Generation Manager", Seniority.MANAGER), new Base("Marketing Manager", Seniority.MANAGER),
            new Base("SDR Manager", Seniority.MANAGER), new Base("Growth Marketing Manager", Seniority.MANAGER),
            new Base("RevOps Analyst", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("Sales Operations Analyst", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("Marketing Automation Specialist", Seniority.INDIVIDUAL_CONTRIBUTOR),
            new Base("Director of Marketing Operations", Seniority.DIRECTOR),
            new Base("Head of Revenue Operations", Seniority.DIRECTOR),
            new Base("Director of Sales Operations", Seniority.DIRECTOR)};
    private static final String[][] FOREIGN = {
            {"Directeur Financier", "Leiter Finanzen", "Director Financiero", "Responsable des Achats"},
            {"Ingénieur Logiciel", "Softwareentwickler", "Ingeniero de Software", "Leiter IT"},
            {"Directeur Commercial", "Vertriebsleiter", "Director Comercial", "Directrice Marketing"},
            {"Responsable Marketing Opérationnel", "Marketing-Manager", "Gerente de Operaciones de Ventas",
                    "Chargée de Marketing Automation"}};
    private static final String[] JUNK = {"-", "n/a", "x", "asdf", ".", "test", "???", "see LinkedIn"};

    private TitleFactory() {
    }

    /** Draws a seniority for {@code role} and a messy title that says it; returns both. */
    static Titled draw(CommitteeRole role, SplittableRandom rng) {
        Base[] pool = switch (role) {
            case ECONOMIC_BUYER -> ECONOMIC;
            case TECHNICAL_EVALUATOR -> TECHNICAL;
            case EXECUTIVE_SPONSOR -> EXECUTIVE;
            default -> CHAMPION;
        };
        Base base = Rand.pick(rng, pool);
        double u = rng.nextDouble();
        if (u < 0.02) {
            return new Titled(rng.nextBoolean() ? "" : "  ", base.seniority());
        }
        if (u < 0.035) {
            return new Titled(Rand.pick(rng, JUNK), base.seniority());
        }
        if (u < 0.065) {
            return new Titled(Rand.pick(rng, FOREIGN[role.ordinal()]), base.seniority());
        }
        return new Titled(mess(base.title(), rng), base.seniority());
    }

    /** A title and the true seniority behind it. */
    record Titled(String title, Seniority seniority) {
    }

    static String mess(String title, SplittableRandom rng) {
        String t = title;
        if (rng.nextDouble() < 0.35) {
            t = t.replace("Senior ", "Sr. ").replace("Manager", rng.nextBoolean() ? "Mgr" : "Mgr.")
                    .replace("Vice President of ", "VP ").replace("Director of ", "Dir. ")
                    .replace("Operations", "Ops").replace("Marketing", rng.nextBoolean() ? "Mktg" : "Marketing");
        }
        if (rng.nextDouble() < 0.12) {
            t = switch (rng.nextInt(3)) {
                case 0 -> "Interim " + t;
                case 1 -> "Acting " + t;
                default -> t.startsWith("Director of ") ? "Head of " + t.substring(12) : "Sr. " + t;
            };
        }
        if (rng.nextDouble() < 0.15) {
            t = switch (rng.nextInt(4)) {
                case 0 -> t.replace(" of ", ", ");
                case 1 -> t + " (EMEA)";
                case 2 -> t + " - North America";
                default -> t + " & Strategy";
            };
        }
        double casing = rng.nextDouble();
        if (casing < 0.08) {
            t = t.toUpperCase(Locale.ROOT);
        } else if (casing < 0.16) {
            t = t.toLowerCase(Locale.ROOT);
        }
        if (rng.nextDouble() < 0.05) {
            t = " " + t.replace(" ", "  ") + " ";
        }
        return t;
    }
}
