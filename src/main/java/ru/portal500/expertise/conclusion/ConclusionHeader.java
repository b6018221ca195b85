package ru.portal500.expertise.conclusion;

import java.time.LocalDate;

/**
 * What the caller knows and the scoring engine does not: the school, the document and its version, the round of
 * expertise, the expert (or experts), and the date of the conclusion. Blank fields are left out of the PDF.
 */
public record ConclusionHeader(String school, String document, String documentVersion, String round, String expert,
                               LocalDate date) {

    public ConclusionHeader {
        school = blankless(school);
        document = blankless(document);
        documentVersion = blankless(documentVersion);
        round = blankless(round);
        expert = blankless(expert);
    }

    private static String blankless(String value) {
        return value == null ? "" : value.strip();
    }
}
