package ru.portal500.registry.application;

import jakarta.json.bind.annotation.JsonbTransient;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.IdentificationFinding;
import ru.portal500.registry.domain.SchoolFlags;
import ru.portal500.tenancy.domain.School;

/**
 * A row of a campaign's identification worksheet: a school the rule proposes, a human flagged, or the
 * operator decided about — with whichever of the three applies (the others are null).
 */
public record Candidate(School school, IdentificationFinding finding, SchoolFlags flags, CampaignSchool decision) {

    @JsonbTransient
    public School getSchool() {
        return school;
    }

    @JsonbTransient
    public IdentificationFinding getFinding() {
        return finding;
    }

    @JsonbTransient
    public SchoolFlags getFlags() {
        return flags;
    }

    @JsonbTransient
    public CampaignSchool getDecision() {
        return decision;
    }

    public boolean isProposed() {
        return finding != null;
    }

    /** Proposed by the rule and not yet decided: what "confirm the proposal" would make ШНОР. */
    public boolean isAwaitingDecision() {
        return decision == null && finding != null;
    }

    Candidate withFlags(SchoolFlags f) {
        return new Candidate(school, finding, f, decision);
    }

    Candidate withDecision(CampaignSchool d) {
        return new Candidate(school, finding, flags, d);
    }
}
