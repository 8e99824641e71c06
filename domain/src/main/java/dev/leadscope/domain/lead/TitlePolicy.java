package dev.leadscope.domain.lead;

import dev.leadscope.domain.lead.TitleLexicon.Area;
import dev.leadscope.domain.lead.TitleLexicon.Kind;
import dev.leadscope.domain.lead.TitleLexicon.Term;
import java.util.List;

/**
 * Derives seniority and buying-committee role from a free-text job title, in English, German, French, Spanish,
 * Portuguese, Dutch and Italian, whatever its casing, spacing, accents and abbreviations.
 *
 * <p>The title is split into words (never searched for substrings: "Director" does not hold "CTO"), known words
 * and phrases are read as ranks, job nouns and business areas, and these rules decide:
 * <ul>
 *   <li><b>Economic buyer</b>: whoever runs the company or owns the money. CEO, founder, owner, president,
 *       managing director, Geschäftsführer, PDG, directeur général, chair and partners are C-level economic buyers;
 *       CFO and everyone in finance, accounting, control or procurement is an economic buyer at any level
 *       ("Director of Finance", "Procurement Manager", "Financial Controller", "Buyer").</li>
 *   <li><b>Technical evaluator</b>: everyone in engineering, IT, security, data, architecture, DevOps and QA, at
 *       any level: the CTO, CIO, CISO and chief data officer, "VP Engineering", "Head of IT" and
 *       "Senior Software Engineer" alike. Technology leaders decide whether the product passes technical and
 *       security review, which is evaluation, not budget ownership.</li>
 *   <li><b>Executive sponsor</b>: business leaders at director level and above: COO (runs operations and backs a purchase, but the
 *       budget sits with the CEO and CFO), CMO, CRO, CHRO, CPO (read as
 *       chief product officer), CCO and CSO (read as commercial and strategy officers), "VP Sales", SVP and EVP,
 *       general manager, general counsel, chief of staff, "Director of Marketing", and board members.</li>
 *   <li><b>Champion</b>: business people below director level: marketing, sales, customer success and HR
 *       managers, specialists, analysts, coordinators, SDRs, BDRs and account executives. Revenue, sales and
 *       marketing operations (RevOps, marketing automation, CRM, enablement) run the product day to day, so they
 *       stay champions up to director level and become sponsors from VP up; plain "Operations" is one of them
 *       only next to a business word ("Sales Operations"), otherwise an ordinary business function.</li>
 *   <li><b>Unknown</b>: blank, junk, e-mail addresses, numbers, students, retired and former people.</li>
 * </ul>
 *
 * <p>When a title mixes areas, the area of the job noun wins ("Sales Engineer" is technical, "Technical
 * Recruiter" a champion); otherwise finance beats technology, which beats operations, which beats other
 * business words ("Director of Finance &amp; IT" is an economic buyer). A title that only names an area
 * ("Marketing", "IT") is an individual contributor in it.
 *
 * <p>Rank words: "Head of" and "Leiter" are director level; "Lead" is a manager unless it qualifies a job noun
 * ("Lead Engineer" is an individual contributor), as are "Principal" and "Staff"; "Senior", "Junior", "Interim",
 * "Acting" change nothing. "Partner" is an owner when it leads the title ("Partner", "Senior Partner") and a job
 * when a function comes first ("HR Business Partner"). "Deputy", "Vice" (other than vice president or vice chair)
 * and "adjoint" bring a C-level title down to VP. "Assistant" or "Associate" directly before a rank lowers it one
 * level ("Assistant Vice President" and AVP are director level, "Associate Director" a manager, "Assistant
 * Manager" an individual contributor). An assistant, secretary, PA or EA is an individual contributor whoever they
 * assist: "Executive Assistant to the CEO" is not C-level. The title ends at "to", "at" and "@", so the person
 * assisted or the company named after them changes nothing.
 *
 * <p>Thread-safe and allocation-light: the vocabulary is built once per class load; at most a few thousand
 * characters of any title are read.
 */
public final class TitlePolicy {
    /** The profile a title implies; blank or unreadable titles give {@link TitleProfile#UNKNOWN}. */
    public TitleProfile classify(String title) {
        if (title == null) {
            return TitleProfile.UNKNOWN;
        }
        Reading reading = new Reading();
        for (Term term : TitleLexicon.read(TitleTokenizer.tokens(title))) {
            if (!reading.take(term)) {
                break;
            }
        }
        return reading.profile();
    }

    /** What has been read of one title so far. */
    private static final class Reading {
        private boolean anything;
        private boolean retired;
        private boolean student;
        private boolean deputy;
        private boolean loweredTop;
        private boolean owner;
        private boolean partner;
        private boolean board;
        private boolean chief;
        private boolean job;
        private boolean officer;
        private boolean assistant;
        private CommitteeRole executiveRole;
        private Seniority rank;
        private int strongAreas;
        private int weakAreas;
        private Term pendingLowering;
        private boolean pendingLead;

        /** Takes one term; false when the title proper has ended. */
        boolean take(Term term) {
            switch (term.kind()) {
                case STOP -> {
                    return !anything;
                }
                case RETIRED -> retired = true;
                case STUDENT -> student = true;
                case DEPUTY -> deputy = true;
                case FUNCTION -> {
                    anything = true;
                    weakAreas |= bit(term.area());
                }
                default -> {
                    boolean lowered = settlePending(term.kind());
                    anything = true;
                    takeMain(term, lowered);
                }
            }
            return true;
        }

        private void takeMain(Term term, boolean lowered) {
            switch (term.kind()) {
                case CXO -> {
                    executiveRole = moreSenior(executiveRole, roleOfChief(term.area()));
                    loweredTop |= lowered;
                }
                case OWNER -> {
                    owner = true;
                    loweredTop |= lowered;
                }
                case PARTNER -> {
                    if (weakAreas == 0) {
                        partner = true;
                        loweredTop |= lowered;
                    } else {
                        job = true;
                    }
                }
                case BOARD -> board = true;
                case CHIEF -> chief = true;
                case RANK -> {
                    raise(lowered ? below(term.level()) : term.level());
                    strongAreas |= bit(term.area());
                }
                case LEAD -> pendingLead = true;
                case JOB -> {
                    job = true;
                    strongAreas |= bit(term.area());
                }
                case OFFICER -> officer = true;
                case ASSISTANT, ASSOCIATE -> pendingLowering = term;
                case SECRETARY -> assistant = true;
                default -> throw new IllegalStateException("unexpected title term " + term);
            }
        }

        /** Resolves a pending "assistant"/"associate" and "lead" against the next term; true if it is lowered. */
        private boolean settlePending(Kind next) {
            boolean lowered = false;
            if (pendingLowering != null) {
                lowered = next == Kind.RANK || next == Kind.CXO || next == Kind.OWNER || next == Kind.PARTNER;
                if (!lowered) {
                    settleLowering();
                }
                pendingLowering = null;
            }
            if (pendingLead) {
                boolean qualifiesJob = switch (next) {
                    case JOB, OFFICER, ASSISTANT, ASSOCIATE, SECRETARY, RANK, LEAD -> true;
                    default -> false;
                };
                if (!qualifiesJob) {
                    raise(Seniority.MANAGER);
                }
                pendingLead = false;
            }
            return lowered;
        }

        private void settleLowering() {
            if (pendingLowering.kind() == Kind.ASSISTANT) {
                assistant = true;
            } else {
                job = true;
            }
        }

        TitleProfile profile() {
            if (pendingLowering != null) {
                settleLowering();
            }
            if (pendingLead) {
                raise(Seniority.MANAGER);
            }
            if (retired || !anything) {
                return TitleProfile.UNKNOWN;
            }
            Area area = area();
            if (assistant) {
                return of(Seniority.INDIVIDUAL_CONTRIBUTOR, roleOf(area, Seniority.INDIVIDUAL_CONTRIBUTOR));
            }
            Seniority top = deputy || loweredTop ? Seniority.VP : Seniority.C_LEVEL;
            if (executiveRole != null) {
                return of(top, executiveRole);
            }
            if (owner) {
                return of(top, CommitteeRole.ECONOMIC_BUYER);
            }
            if (board) {
                return of(Seniority.C_LEVEL, CommitteeRole.EXECUTIVE_SPONSOR);
            }
            if (chief && !job) {
                return of(top, roleOfChief(area));
            }
            if (chief) {
                raise(Seniority.DIRECTOR);
            }
            if (rank == null && partner && !job && !officer) {
                return of(top, CommitteeRole.ECONOMIC_BUYER);
            }
            if (rank == null && student && !job && !officer) {
                return TitleProfile.UNKNOWN;
            }
            Seniority level = rank == null ? Seniority.INDIVIDUAL_CONTRIBUTOR : rank;
            return of(level, roleOf(area, level));
        }

        private void raise(Seniority level) {
            if (rank == null || level.ordinal() < rank.ordinal()) {
                rank = level;
            }
        }

        /** The area that decides the role: a job noun's area first, then the areas the title names. */
        private Area area() {
            Area strong = pick(strongAreas, Area.TECH, Area.FINANCE, Area.EXEC, Area.OPS, Area.BUSINESS);
            if (strong != Area.NONE) {
                return strong;
            }
            int weak = weakAreas;
            if ((weak & bit(Area.OPERATIONS)) != 0) {
                weak |= (weak & bit(Area.BUSINESS)) != 0 ? bit(Area.OPS) : bit(Area.BUSINESS);
            }
            return pick(weak, Area.EXEC, Area.FINANCE, Area.TECH, Area.OPS, Area.BUSINESS);
        }
    }

    private static Area pick(int mask, Area... inOrder) {
        for (Area area : inOrder) {
            if ((mask & bit(area)) != 0) {
                return area;
            }
        }
        return Area.NONE;
    }

    private static int bit(Area area) {
        return area == Area.NONE ? 0 : 1 << area.ordinal();
    }

    private static CommitteeRole roleOfChief(Area area) {
        return switch (area) {
            case EXEC, FINANCE -> CommitteeRole.ECONOMIC_BUYER;
            case TECH -> CommitteeRole.TECHNICAL_EVALUATOR;
            default -> CommitteeRole.EXECUTIVE_SPONSOR;
        };
    }

    private static CommitteeRole roleOf(Area area, Seniority level) {
        return switch (area) {
            case EXEC, FINANCE -> CommitteeRole.ECONOMIC_BUYER;
            case TECH -> CommitteeRole.TECHNICAL_EVALUATOR;
            case OPS -> atLeast(level, Seniority.VP) ? CommitteeRole.EXECUTIVE_SPONSOR : CommitteeRole.CHAMPION;
            default -> atLeast(level, Seniority.DIRECTOR) ? CommitteeRole.EXECUTIVE_SPONSOR : CommitteeRole.CHAMPION;
        };
    }

    private static boolean atLeast(Seniority level, Seniority floor) {
        return level.ordinal() <= floor.ordinal();
    }

    private static Seniority below(Seniority level) {
        return switch (level) {
            case C_LEVEL -> Seniority.VP;
            case VP -> Seniority.DIRECTOR;
            case DIRECTOR -> Seniority.MANAGER;
            default -> Seniority.INDIVIDUAL_CONTRIBUTOR;
        };
    }

    /** Of two executive roles, the one closer to the money: economic buyer, then technical, then sponsor. */
    private static CommitteeRole moreSenior(CommitteeRole held, CommitteeRole next) {
        return held == null || next.ordinal() < held.ordinal() ? next : held;
    }

    private static TitleProfile of(Seniority seniority, CommitteeRole role) {
        return new TitleProfile(seniority, role);
    }
}
