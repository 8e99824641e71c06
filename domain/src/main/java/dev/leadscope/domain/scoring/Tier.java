package dev.leadscope.domain.scoring;

/** A coarse band of conversion probability that sales acts on. */
public enum Tier {
    LOW, MEDIUM, HIGH, TOP
}
