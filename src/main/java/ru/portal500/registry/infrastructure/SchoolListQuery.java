package ru.portal500.registry.infrastructure;

import java.util.Set;

/**
 * One page of the school list: optional text (in name, short name, code or settlement), optional
 * municipality and locality, a sort field and direction, and the page.
 */
public record SchoolListQuery(String text, String municipalityCode, String locality, String sortField,
                              boolean ascending, int offset, int limit) {

    public static final Set<String> SORTABLE = Set.of("name", "code", "municipality", "settlement", "kind");

    public SchoolListQuery {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= 500");
        }
        if (sortField != null && !SORTABLE.contains(sortField)) {
            throw new IllegalArgumentException("Not a sortable field: " + sortField);
        }
        if (locality != null && !locality.isBlank() && !Set.of("URBAN", "RURAL").contains(locality)) {
            throw new IllegalArgumentException("Not a locality: " + locality);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        municipalityCode = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode;
        locality = locality == null || locality.isBlank() ? null : locality;
    }
}
