package dev.leadscope.ml.simulation;

import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Seniority;

/** One person on an account's buying committee, with the title as a CRM would hold it and a hidden engagement level. */
record Member(int index, CommitteeRole role, Seniority seniority, String title, String firstName, String lastName,
              String email, double engagement) {
}
