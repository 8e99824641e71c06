package dev.leadscope.rest.rep;

import dev.leadscope.domain.lead.RepId;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which reps may take the lead; without {@code reps}, the configured reps or every rep who owns a lead. */
@Serdeable
public record AssignRequest(@Nullable @Size(min = 1, max = 1000) List<@Valid Rep> reps) {

    /** A rep and their capacity relative to the others (1 when absent); their open load is counted from the stores. */
    @Serdeable
    public record Rep(@NotBlank String id, @Nullable @DecimalMin(value = "0", inclusive = false) @Schema(description = "Relative capacity (1)") Double capacity) {
    }

    /** The reps by id with their capacities, in the order given; null without reps. */
    Map<RepId, Double> capacities() {
        if (reps == null) {
            return null;
        }
        Map<RepId, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < reps.size(); i++) {
            Rep r = reps.get(i);
            RepId id = Fields.named("reps[" + i + "].id", () -> new RepId(r.id()));
            out.put(id, r.capacity() == null ? 1.0 : r.capacity());
        }
        return out;
    }
}
