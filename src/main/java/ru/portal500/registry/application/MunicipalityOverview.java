package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.CampaignSchoolRepository;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.application.Territories;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The municipal coordinator's view of a municipality in a campaign: how many schools it has, which
 * take part and with what status.
 */
@ApplicationScoped
public class MunicipalityOverview {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR);

    @Inject
    AccessGuard guard;

    @Inject
    Territories territories;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignSchoolRepository campaignSchools;

    /** The overview; {@code campaign} is empty when the region has none yet (or none for that year). */
    public record Overview(Municipality municipality, int schools, List<Campaign> campaigns,
                           Optional<Campaign> campaign, List<CampaignSchool> statuses, List<Municipality> managed) {

        /** Every municipality the caller manages, for the choice (a coordinator of two sees both). */
        @JsonbTransient
        public List<Municipality> getManaged() {
            return managed;
        }

        public Map<SchoolStatus, Long> getCounts() {
            Map<SchoolStatus, Long> counts = new EnumMap<>(SchoolStatus.class);
            statuses.forEach(s -> counts.merge(s.getStatus(), 1L, Long::sum));
            return counts;
        }

        @JsonbTransient
        public Municipality getMunicipality() {
            return municipality;
        }

        @JsonbTransient
        public int getSchools() {
            return schools;
        }

        @JsonbTransient
        public List<CampaignSchool> getStatuses() {
            return statuses;
        }
    }

    /** Of a municipality in the caller's scope (its id, or their first when none is given) and a campaign year. */
    @Transactional
    public Overview of(Long municipalityId, Integer schoolYear) {
        guard.requireAnyRole(MANAGERS, "municipality.overview");
        List<Municipality> managed = territories.municipalities().stream().filter(this::managed).toList();
        Municipality municipality = guard.requireFound(municipalityId == null ? managed.stream().findFirst()
                : territories.findMunicipality(municipalityId), "municipality");
        guard.require(managed(municipality), scopeOf(municipality), "municipality.overview");
        List<Campaign> all = campaigns.of(municipality.getRegion().getCode());
        Optional<Campaign> campaign = all.stream()
                .filter(c -> schoolYear == null || c.getSchoolYear() == schoolYear).findFirst();
        return new Overview(municipality, territories.schoolsOf(municipality).size(), all, campaign,
                campaign.map(c -> campaignSchools.statuses(c, municipality.getId())).orElse(List.of()), managed);
    }

    private boolean managed(Municipality municipality) {
        return guard.caller().holdsAny(MANAGERS, scopeOf(municipality));
    }

    private static Scope scopeOf(Municipality municipality) {
        return Scope.ofMunicipality(municipality.getRegion().getCode(), municipality.getCode());
    }
}
