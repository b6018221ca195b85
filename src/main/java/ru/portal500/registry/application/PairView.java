package ru.portal500.registry.application;

import ru.portal500.registry.domain.HelperFunction;
import ru.portal500.registry.domain.SchoolRef;

import java.time.Instant;
import java.util.List;

/** A pair as pages and the API show it. {@code agreementDocumentId}: its network agreement, once documents exist. */
public record PairView(long id, int campaignYear, SchoolRef school, SchoolRef curatorSchool, String formedBy,
                       Instant formedAt, Long agreementDocumentId, List<Helper> helpers) {

    /** A person named on the pair. */
    public record Helper(HelperFunction function, String username, String displayName) {
    }
}
