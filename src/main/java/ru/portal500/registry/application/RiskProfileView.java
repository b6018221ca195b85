package ru.portal500.registry.application;

import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.FactorMark;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskProfile;
import ru.portal500.registry.domain.RiskProfileChange;
import ru.portal500.registry.domain.RiskProfileRights;
import ru.portal500.registry.domain.RiskProfileState;
import ru.portal500.registry.domain.Significance;
import ru.portal500.tenancy.domain.School;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A school's risk profile in a campaign as pages and the API show it: each offered factor with its
 * significance and choice, the state, the verification, the story, and what the caller may do.
 * A school without a stored profile yet shows an empty draft.
 */
public record RiskProfileView(String regionCode, String municipalityCode, String schoolCode, long schoolId,
                              String schoolName, int campaignYear, String campaignName, RiskProfileState state,
                              String verifiedBy, Instant verifiedAt, List<Factor> factors, List<Change> changes,
                              RiskProfileRights rights) implements Serializable {

    /** An offered factor and the profile's mark on it (no significance: null). */
    public record Factor(int position, Integer federalNumber, String title, Significance significance, boolean chosen)
            implements Serializable {
    }

    /** A line of the profile's story. */
    public record Change(Instant at, String by, RiskProfileChange.Kind kind, Integer factorPosition, String factorTitle,
                         Significance from, Significance to, String login) implements Serializable {
        static Change of(RiskProfileChange c) {
            return new Change(c.getAt(), c.getByName(), c.getKind(), c.getFactorPosition(), c.getFactorTitle(),
                    c.getFrom(), c.getTo(), c.getBy());
        }
    }

    static RiskProfileView of(Campaign campaign, School school, List<RiskFactor> offered, Optional<RiskProfile> profile,
                              List<RiskProfileChange> story, RiskProfileRights rights) {
        List<Factor> factors = offered.stream().map(f -> {
            Optional<FactorMark> mark = profile.flatMap(p -> p.markOf(f));
            return new Factor(f.getPosition(), f.getFederalNumber(), f.getTitle(),
                    mark.map(FactorMark::getSignificance).orElse(null), mark.map(FactorMark::isChosen).orElse(false));
        }).toList();
        return new RiskProfileView(school.getMunicipality().getRegion().getCode(), school.getMunicipality().getCode(),
                school.getCode(), school.getId(), school.getName(), campaign.getSchoolYear(), campaign.getName(),
                profile.map(RiskProfile::getState).orElse(RiskProfileState.DRAFT),
                profile.map(RiskProfile::getVerifiedByName).orElse(null),
                profile.map(RiskProfile::getVerifiedAt).orElse(null), factors,
                story.stream().map(Change::of).toList(), rights);
    }
}
