package dev.leadscope.rest.account;

import dev.leadscope.domain.account.Technographics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/** The technology a company runs, including competitors' products. */
@Serdeable
public record TechnographicsDto(@Nullable Set<String> technologies, @Nullable Set<String> competitorProducts) {

    public static TechnographicsDto from(Technographics t) {
        return new TechnographicsDto(t.technologies(), t.competitorProducts());
    }

    public Technographics toDomain() {
        return new Technographics(technologies, competitorProducts);
    }
}
