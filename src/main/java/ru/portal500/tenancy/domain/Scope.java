package ru.portal500.tenancy.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a right holds: a whole region, one municipality of it, or one school of that municipality.
 * Codes are the portal's (and Keycloak's group names): lower-case letters, digits and hyphens.
 */
public record Scope(String region, String municipality, String school) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /** How far down the tree a scope reaches. */
    public enum Level { REGION, MUNICIPALITY, SCHOOL }

    public Scope {
        requireCode(region, "region");
        if (municipality != null) {
            requireCode(municipality, "municipality");
        }
        if (school != null) {
            if (municipality == null) {
                throw new IllegalArgumentException("A school scope needs its municipality");
            }
            requireCode(school, "school");
        }
    }

    public static Scope ofRegion(String region) {
        return new Scope(region, null, null);
    }

    public static Scope ofMunicipality(String region, String municipality) {
        return new Scope(region, Objects.requireNonNull(municipality, "municipality"), null);
    }

    public static Scope ofSchool(String region, String municipality, String school) {
        return new Scope(region, municipality, Objects.requireNonNull(school, "school"));
    }

    /** The scope of a group path such as {@code /64/atkarsky/atk-1}. */
    public static Scope parse(String path) {
        String[] parts = path == null ? new String[0] : path.replaceFirst("^/", "").split("/", -1);
        return switch (parts.length) {
            case 1 -> ofRegion(parts[0]);
            case 2 -> ofMunicipality(parts[0], parts[1]);
            case 3 -> ofSchool(parts[0], parts[1], parts[2]);
            default -> throw new IllegalArgumentException("Not a scope: " + path);
        };
    }

    public static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    private static void requireCode(String value, String what) {
        if (!isCode(value)) {
            throw new IllegalArgumentException("Not a " + what + " code: " + value);
        }
    }

    public Level level() {
        return school != null ? Level.SCHOOL : municipality != null ? Level.MUNICIPALITY : Level.REGION;
    }

    /** True when this scope is the other one or one of its ancestors (a region contains its schools). */
    public boolean contains(Scope other) {
        return region.equals(other.region)
                && (municipality == null || (municipality.equals(other.municipality)
                && (school == null || school.equals(other.school))));
    }

    /** The scope one level up, if any. */
    public Optional<Scope> parent() {
        return switch (level()) {
            case REGION -> Optional.empty();
            case MUNICIPALITY -> Optional.of(ofRegion(region));
            case SCHOOL -> Optional.of(ofMunicipality(region, municipality));
        };
    }

    /** The Keycloak group path of this scope: {@code /64/atkarsky/atk-1}. */
    public String groupPath() {
        StringBuilder path = new StringBuilder("/").append(region);
        if (municipality != null) {
            path.append('/').append(municipality);
        }
        if (school != null) {
            path.append('/').append(school);
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return groupPath();
    }
}
