package ru.portal500.registry.domain;

import ru.portal500.tenancy.domain.SchoolDetails;

/**
 * One school as a directory file states it: the line it stands on, its municipality and code, name,
 * details, and the code of the main school if it is a branch.
 */
public record SchoolEntry(int line, String municipalityCode, String code, String name, SchoolDetails details,
                          String parentCode) {
}
