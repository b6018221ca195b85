package ru.portal500.search.application;

import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.ContestGrant;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of the search index's permission filter. Practices carry {@link #PUBLIC}; a school's document
 * carries the keys of its school, municipality and region; a caller holds {@link #PUBLIC} and, for each
 * grant of a role that reads schools' documents (see the documents' rights), the key of its place. A contest's case
 * (an admitted entry, from the opening of judging on) carries the keys of its organisers and of its jurors free of a
 * conflict with it ({@link #ofCase}); a caller holds those of their contest grants and their region's contests.
 */
public final class AccessKeys {

    public static final String PUBLIC = "public";

    /** Roles whose grants open schools' documents at their place (a teacher's grant opens none). */
    static final Set<Role> DOCUMENT_READERS = EnumSet.of(Role.SCHOOL_TEAM, Role.CURATOR, Role.MUNICIPAL_COORDINATOR,
            Role.REGIONAL_OPERATOR, Role.EXPERT);

    private AccessKeys() {
    }

    public static Set<String> of(Caller caller) {
        Set<String> keys = new TreeSet<>();
        keys.add(PUBLIC);
        for (Grant grant : caller.getGrants()) {
            if (DOCUMENT_READERS.contains(grant.role())) {
                keys.add(key(grant.scope()));
            }
            if (grant.role() == Role.CONTEST_ORGANISER) {
                keys.add(contestsOf(grant.scope().region()));
            }
        }
        for (ContestGrant grant : caller.getContestGrants()) {
            keys.add(grant.role() == Role.JURY_MEMBER ? juror(grant.contestId(), caller.getUsername())
                    : organiser(grant.contestId()));
        }
        return keys;
    }

    /**
     * The keys of a contest's case during its judging and after: the region's contest organisers, the contest's own
     * organisers and each juror named (those free of a conflict of interest with it), by login.
     */
    public static Set<String> ofCase(String region, long contestId, Collection<String> jurors) {
        Set<String> keys = new TreeSet<>();
        keys.add(contestsOf(region));
        keys.add(organiser(contestId));
        jurors.forEach(juror -> keys.add(juror(contestId, juror)));
        return keys;
    }

    private static String contestsOf(String region) {
        return "contests:" + region;
    }

    private static String organiser(long contestId) {
        return "contest:" + contestId + ":organiser";
    }

    private static String juror(long contestId, String username) {
        return "contest:" + contestId + ":juror:" + username;
    }

    /** The keys of a school's document: whoever reads at the school, its municipality or its region. */
    public static Set<String> ofSchool(String region, String municipality, String school) {
        return Set.of(key(Scope.ofSchool(region, municipality, school)), key(Scope.ofMunicipality(region, municipality)),
                key(Scope.ofRegion(region)));
    }

    static String key(Scope scope) {
        return switch (scope.level()) {
            case REGION -> "region:" + scope.region();
            case MUNICIPALITY -> "municipality:" + scope.region() + "/" + scope.municipality();
            case SCHOOL -> "school:" + scope.region() + "/" + scope.municipality() + "/" + scope.school();
        };
    }
}
