package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskProfile;
import ru.portal500.registry.domain.RiskProfileChange;
import ru.portal500.registry.domain.RiskProfileState;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.CampaignSchoolRepository;
import ru.portal500.registry.infrastructure.RiskFactorRepository;
import ru.portal500.registry.infrastructure.RiskProfileRepository;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.dashboard.application.WorkGroup;
import ru.portal500.dashboard.application.WorkItem;
import ru.portal500.dashboard.application.WorkSource;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The schools' and campaigns' part of the work list, in each region's newest campaign: risk profiles filled in
 * and waiting for their curator's verification; verified profiles whose school's team has not chosen the risks to
 * work on yet; and for the regional operator the schools the region's rule proposes that nobody has decided about.
 */
@ApplicationScoped
public class RegistryWork implements WorkSource {

    public static final String TO_VERIFY = "riskProfiles.toVerify";
    public static final String TO_CHOOSE = "riskProfiles.toChoose";
    public static final String TO_CONFIRM = "campaigns.toConfirm";

    @Inject
    Territories territories;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignSchoolRepository campaignSchools;

    @Inject
    RiskProfileRepository profiles;

    @Inject
    RiskFactorRepository factors;

    @Inject
    IdentificationService identification;

    @Override
    @Transactional
    public List<WorkGroup> work(Caller caller, Locale locale) {
        List<WorkGroup> groups = new ArrayList<>();
        if (caller.hasRole(Role.CURATOR)) {
            groups.add(WorkGroup.of(TO_VERIFY, profiles(caller, Role.CURATOR, RegistryWork::readyToVerify)));
        }
        if (caller.hasRole(Role.SCHOOL_TEAM)) {
            groups.add(WorkGroup.of(TO_CHOOSE, profiles(caller, Role.SCHOOL_TEAM, (p, active) -> waitsForChoice(p))));
        }
        if (caller.hasRole(Role.REGIONAL_OPERATOR)) {
            List<WorkItem> toConfirm = new ArrayList<>();
            for (Scope scope : caller.scopesOf(List.of(Role.REGIONAL_OPERATOR))) {
                campaigns.of(scope.region()).stream().findFirst().ifPresent(campaign -> {
                    long open = undecided(identification.propose(scope.region(), campaign.getSchoolYear()).stream()
                            .map(p -> p.school().getId()).toList(), campaignSchools.statuses(campaign).stream()
                            .map(c -> c.getSchool().getId()).toList());
                    if (open > 0) {
                        toConfirm.add(new WorkItem(campaign.getName(), Texts.get(locale, "work.campaigns.proposed", open),
                                "/app/identification.xhtml?campaign=" + campaign.getSchoolYear(), null,
                                campaign.schedule().identificationUntil()));
                    }
                });
            }
            groups.add(WorkGroup.of(TO_CONFIRM, toConfirm));
        }
        return groups;
    }

    /** The profile's rule a group lists it by, given the campaign's active factors. */
    private interface ProfileRule {
        boolean test(RiskProfile profile, List<RiskFactor> active);
    }

    /** The profiles, in their region's newest campaign, of the schools where the caller holds the role. */
    private List<WorkItem> profiles(Caller caller, Role role, ProfileRule rule) {
        List<WorkItem> items = new ArrayList<>();
        for (Scope scope : caller.scopesOf(List.of(role))) {
            if (scope.level() != Scope.Level.SCHOOL) {
                continue;
            }
            Optional<School> school = territories.findSchool(scope.region(), scope.municipality(), scope.school());
            Optional<Campaign> campaign = campaigns.of(scope.region()).stream().findFirst();
            if (school.isEmpty() || campaign.isEmpty()) {
                continue;
            }
            Optional<RiskProfile> profile = profiles.find(campaign.get(), school.get());
            if (profile.isEmpty() || !profiles.statusOf(campaign.get(), school.get()).map(SchoolStatus::isSupported)
                    .orElse(false) || !rule.test(profile.get(), factors.catalogue(campaign.get()).active())) {
                continue;
            }
            Instant since = profiles.changesOf(profile.get()).stream().map(RiskProfileChange::getAt)
                    .reduce((a, b) -> b).orElse(null);
            items.add(new WorkItem(school.get().getName(), school.get().getMunicipality().getName() + ", "
                    + campaign.get().getName(), "/app/risk-profile.xhtml?school=" + school.get().getId() + "&campaign="
                    + campaign.get().getSchoolYear(), since, campaign.get().schedule().diagnosticsUntil()));
        }
        return items;
    }

    /** Filled in and not verified: a draft that gives every active factor its significance. */
    static boolean readyToVerify(RiskProfile profile, List<RiskFactor> active) {
        return profile.getState() == RiskProfileState.DRAFT && !profile.getMarks().isEmpty()
                && active.stream().allMatch(f -> profile.markOf(f).isPresent());
    }

    /** Verified, and no risk chosen to work on yet. */
    static boolean waitsForChoice(RiskProfile profile) {
        return profile.getState() == RiskProfileState.VERIFIED && profile.chosen().isEmpty();
    }

    /** How many proposed schools have no decision yet (the operator confirms the proposal or decides each). */
    static long undecided(Collection<Long> proposed, Collection<Long> decided) {
        Set<Long> done = Set.copyOf(decided);
        return proposed.stream().distinct().filter(id -> !done.contains(id)).count();
    }
}
