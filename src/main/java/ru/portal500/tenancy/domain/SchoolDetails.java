package ru.portal500.tenancy.domain;

import java.util.Objects;

/** What the directory knows of a school besides its code and name. */
public record SchoolDetails(String shortName, SchoolKind kind, Locality locality, String settlement,
                            String address, String phone, String email, String headName) {

    public SchoolDetails {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locality, "locality");
    }

    public static SchoolDetails minimal() {
        return new SchoolDetails(null, SchoolKind.SECONDARY, Locality.URBAN, null, null, null, null, null);
    }
}
