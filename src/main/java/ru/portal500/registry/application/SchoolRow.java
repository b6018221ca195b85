package ru.portal500.registry.application;

import ru.portal500.tenancy.domain.SchoolDetails;

/** One valid line of a school directory file: where it stands, what it states. */
record SchoolRow(int line, String municipalityCode, String code, String name, SchoolDetails details,
                 String parentCode) {
}
