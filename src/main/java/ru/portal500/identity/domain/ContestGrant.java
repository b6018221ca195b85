package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role in one contest: "member of the jury of contest № 17". In Keycloak it is membership of the group
 * {@code /<region>/_contests/<contest id>/<role>}, e.g. {@code /64/_contests/17/jury-member}, listed in the token's
 * {@code portal_scopes} claim beside the place grants. The container's name {@value #CONTAINER} is not a place code
 * (codes start with a letter or a digit, see {@link Scope#isCode}), so no reader of place paths can take it for a
 * municipality: a contest grant gives no right in any place. Only the contest roles are held this way.
 */
public record ContestGrant(String region, long contestId, Role role) {

    /** The group under a region's group that holds its contests' groups. */
    public static final String CONTAINER = "_contests";

    /** The roles a contest grants: its own organisers and its jury. */
    public static final Set<Role> ROLES = Set.of(Role.CONTEST_ORGANISER, Role.JURY_MEMBER);

    /** The attributes of the container, of a contest's group and of its role subgroups. */
    public static final Map<String, List<String>> CONTAINER_ATTRIBUTES = Map.of("kind", List.of("contests"));
    public static final Map<String, List<String>> ROLE_ATTRIBUTES = Map.of("kind", List.of("contest-role"));

    private static final Pattern PATH = Pattern.compile("/([^/]+)/" + CONTAINER + "/([1-9][0-9]{0,17})/([^/]+)");

    public ContestGrant {
        if (!Scope.isCode(region)) {
            throw new IllegalArgumentException("Not a region code: " + region);
        }
        if (contestId <= 0) {
            throw new IllegalArgumentException("Not a contest id: " + contestId);
        }
        Objects.requireNonNull(role, "role");
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException(role + " is not a contest role");
        }
    }

    /** The group of the region's contests: {@code /64/_contests}. */
    public static String containerPath(String region) {
        return Scope.ofRegion(region).groupPath() + "/" + CONTAINER;
    }

    /** The group of one contest, parent of its role groups: {@code /64/_contests/17}. */
    public static String contestPath(String region, long contestId) {
        return containerPath(region) + "/" + contestId;
    }

    /** The attributes of a contest's own group. */
    public static Map<String, List<String>> contestAttributes(long contestId) {
        return Map.of("kind", List.of("contest"), "contest", List.of(Long.toString(contestId)));
    }

    public String groupPath() {
        return contestPath(region, contestId) + "/" + role.keycloakName();
    }

    /** The contest grant a group path stands for; place grants and anything else stand for none. */
    public static Optional<ContestGrant> fromGroupPath(String path) {
        Matcher matcher = PATH.matcher(path == null ? "" : path);
        if (!matcher.matches() || !Scope.isCode(matcher.group(1))) {
            return Optional.empty();
        }
        return Role.fromKeycloakName(matcher.group(3)).filter(ROLES::contains)
                .map(role -> new ContestGrant(matcher.group(1), Long.parseLong(matcher.group(2)), role));
    }

    /** A contest as its group names it: {@code /64/_contests/17} is contest 17 of region 64. */
    public record Contest(String region, long contestId) {

        private static final Pattern CONTEST_PATH = Pattern.compile("/([^/]+)/" + CONTAINER + "/([1-9][0-9]{0,17})");

        /** The contest of a contest's group path; anything else (a place's path…) is none. */
        public static Optional<Contest> fromGroupPath(String path) {
            Matcher matcher = CONTEST_PATH.matcher(path == null ? "" : path.strip());
            return matcher.matches() && Scope.isCode(matcher.group(1))
                    ? Optional.of(new Contest(matcher.group(1), Long.parseLong(matcher.group(2)))) : Optional.empty();
        }

        public String groupPath() {
            return contestPath(region, contestId);
        }
    }

    @Override
    public String toString() {
        return groupPath();
    }
}
