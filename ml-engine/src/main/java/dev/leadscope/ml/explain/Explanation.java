package dev.leadscope.ml.explain;

import dev.leadscope.domain.scoring.Reason;
import java.util.List;

/** Why one row scored as it did: the strongest reasons up and down, strongest first. */
public record Explanation(List<Reason> positive, List<Reason> negative) {
    public Explanation {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
    }
}
