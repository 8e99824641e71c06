package dev.leadscope.domain.archfixture;

import io.micronaut.context.annotation.Value;

/** A deliberately wrong class in a domain package that uses Micronaut, to show the architecture rule catches it. */
public class LeakyDomainClass {
    @Value("${x:1}")
    int x;
}
