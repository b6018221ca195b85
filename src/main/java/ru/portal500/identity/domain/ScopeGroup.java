package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Keycloak group of a place, laid out as the realm file lays out its places (see
 * {@code /64/atkarsky/atk-1} in {@code realm-config/portal500-realm.json}): named by the place's code,
 * attributes {@code kind} (region, municipality, school) and {@code name} (the place's name), and one
 * subgroup per role held at that level, named as the role, with attribute {@code kind = role} and
 * carrying the realm role of the same name.
 */
public record ScopeGroup(Scope scope, String placeName) {

    /** The attributes of every role subgroup. */
    public static final Map<String, List<String>> ROLE_ATTRIBUTES = Map.of("kind", List.of("role"));

    public ScopeGroup {
        Objects.requireNonNull(scope, "scope");
        if (placeName == null || placeName.isBlank()) {
            throw new IllegalArgumentException("A place's group needs the place's name");
        }
    }

    /** The group's own name: the last code of the scope's path. */
    public String name() {
        return switch (scope.level()) {
            case REGION -> scope.region();
            case MUNICIPALITY -> scope.municipality();
            case SCHOOL -> scope.school();
        };
    }

    public Map<String, List<String>> attributes() {
        return Map.of("kind", List.of(scope.level().name().toLowerCase(Locale.ROOT)), "name", List.of(placeName));
    }

    /** The roles held at this level: one subgroup each, in the enum's order. */
    public List<Role> roles() {
        return rolesAt(scope.level());
    }

    public static List<Role> rolesAt(Scope.Level level) {
        return Arrays.stream(Role.values()).filter(r -> r.isGrantableAt(level)).toList();
    }
}
