package dev.leadscope.ml.simulation;

import java.util.Set;

/** The fixed vocabularies the simulator draws from: industries, places, technologies, names, topics. */
final class Catalog {
    private Catalog() {
    }

    static final String[] INDUSTRIES = {"Software", "Financial Services", "Healthcare", "Retail", "Manufacturing",
            "Professional Services", "Media", "Education", "Logistics", "Telecommunications"};
    static final double[] INDUSTRY_WEIGHTS = {24, 12, 10, 10, 10, 10, 7, 6, 6, 5};

    /** Region, its weight, UTC offset of its business hours, and its countries (ISO 3166 alpha-2). */
    static final String[] REGIONS = {"NA", "EMEA", "APAC", "LATAM"};
    static final double[] REGION_WEIGHTS = {45, 33, 14, 8};
    static final int[] REGION_UTC_OFFSET = {-5, 1, 8, -3};
    static final String[][] COUNTRIES = {
            {"US", "US", "US", "US", "CA"},
            {"GB", "DE", "FR", "NL", "ES", "SE", "IE"},
            {"AU", "SG", "JP", "IN"},
            {"BR", "MX", "AR"}};

    static final String[] TECHNOLOGIES = {"Salesforce", "HubSpot", "Marketo", "Pardot", "Snowflake", "BigQuery",
            "Segment", "Google Analytics", "Slack", "Microsoft Teams", "Okta", "AWS", "Azure", "Google Cloud",
            "Zendesk", "Intercom", "Outreach", "Salesloft", "Gong", "Zoom", "Jira", "dbt", "Looker", "Tableau"};
    static final String[] COMPETITORS = {"ScoreWell", "LeadRank", "PipelineIQ", "IntentHub"};
    static final String[] HIRING_ROLES = {"sales operations", "revenue operations", "marketing operations",
            "account executive", "sdr", "data engineer", "software engineer", "customer success", "finance",
            "product manager"};
    static final Set<String> REVENUE_ROLES = Set.of("sales operations", "revenue operations", "marketing operations");

    static final String[] TOPICS = {"lead scoring", "predictive analytics", "sales intelligence", "revenue operations",
            "marketing automation", "crm data quality"};

    static final String[] NAME_WORDS_A = {"North", "Blue", "Bright", "Silver", "Iron", "Green", "Red", "Clear",
            "Swift", "Summit", "Harbor", "Cedar", "Atlas", "Nova", "Polar", "Vector", "Granite", "Lumen", "Echo",
            "Pioneer", "Crest", "Quantum", "Prairie", "Copper", "Orbit", "Maple", "Falcon", "Delta", "Sable", "Aurora"};
    static final String[] NAME_WORDS_B = {"wind", "stone", "field", "bridge", "works", "line", "path", "point",
            "grid", "loop", "forge", "mark", "gate", "wave", "leaf", "peak", "lake", "yard", "labs", "base"};
    static final String[] NAME_SUFFIX = {"", "", "", " Inc", " Inc.", " LLC", " Ltd", " GmbH", " Group", " Systems",
            " Technologies", " Health", " Logistics", " Partners", " Media", " Analytics"};

    static final String[][] FIRST_NAMES = {
            {"James", "Mary", "Robert", "Jennifer", "Michael", "Linda", "David", "Sarah", "Chris", "Jessica", "Kevin",
                    "Emily", "Brian", "Ashley", "Jason", "Megan", "Tyler", "Lauren", "Daniel", "Priya"},
            {"Oliver", "Charlotte", "Lukas", "Sophie", "Jan", "Emma", "Louis", "Chloé", "Erik", "Anna", "Pablo",
                    "Lucía", "Thomas", "Hannah", "Søren", "Élodie", "Finn", "Maja", "Jürgen", "Niamh"},
            {"Wei", "Mei", "Hiroshi", "Yuki", "Arjun", "Ananya", "Jack", "Olivia", "Rahul", "Sakura", "Ethan",
                    "Aisha", "Kenji", "Ling", "Vikram", "Chloe", "Ryan", "Nisha", "Tomoko", "Liam"},
            {"João", "Maria", "Carlos", "Ana", "Diego", "Camila", "Lucas", "Valentina", "Mateo", "Sofía", "Pedro",
                    "Fernanda", "Rafael", "Isabela", "Andrés", "Gabriela", "Miguel", "Juliana", "Bruno", "Paula"}};
    static final String[][] LAST_NAMES = {
            {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
                    "Thomas", "Moore", "Martin", "Lee", "Clark", "Walker", "Hall", "Young", "Patel", "O'Brien"},
            {"Müller", "Schmidt", "Dubois", "Martin", "de Vries", "Jansen", "García", "Fernández", "Andersson",
                    "Johansson", "Murphy", "Kelly", "Wright", "Evans", "Fischer", "Weber", "Lefèvre", "Bakker",
                    "Nilsson", "Smith"},
            {"Wang", "Li", "Tanaka", "Suzuki", "Sharma", "Gupta", "Nguyen", "Chen", "Kim", "Sato", "Iyer", "Tan",
                    "Lim", "Singh", "Watanabe", "Brown", "Wilson", "Ng", "Reddy", "Zhang"},
            {"Silva", "Santos", "Oliveira", "Souza", "Rodríguez", "González", "Hernández", "López", "Pérez",
                    "Costa", "Ferreira", "Gómez", "Díaz", "Martínez", "Alves", "Ramírez", "Torres", "Lima", "Rocha",
                    "Cruz"}};

    static final String[] LOST_REASONS = {"went with a competitor", "no budget", "no decision", "timing: revisit next year",
            "price too high", "missing SSO", "chose ScoreWell", "champion left the company", "built it in house"};
}
