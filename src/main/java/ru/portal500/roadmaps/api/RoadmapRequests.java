package ru.portal500.roadmaps.api;

import ru.portal500.roadmaps.application.MeasureInput;
import ru.portal500.roadmaps.domain.RoadmapRuleException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The roadmaps API's request bodies, as clients send them: dates as text, read here with the reason if they fail. */
public final class RoadmapRequests {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private RoadmapRequests() {
    }

    /** A measure: dates as 2026-04-30 or 30.04.2026; the risk factor by id. */
    public static class MeasureRequest {
        public String section;
        public String title;
        public String start;
        public String due;
        public String responsible;
        public Long riskFactorId;
        public String result;
        /** A person of the place who answers for it, by login (the roadmap's people); {@code responsible} may be empty. */
        public String responsiblePerson;

        MeasureInput input() {
            return new MeasureInput(section, title, date(start), date(due), responsible, riskFactorId, result,
                    responsiblePerson);
        }
    }

    /** New dates of a measure carried from last year. */
    public static class TermRequest {
        public String start;
        public String due;
    }

    /** A comment or a reason. */
    public static class TextRequest {
        public String text;
    }

    /** Evidence given as a link. */
    public static class LinkRequest {
        public String link;
    }

    /** A measure reported done: on which day, with a note. */
    public static class DoneRequest {
        public String doneOn;
        public String note;
    }

    static String text(TextRequest request) {
        return request == null ? null : request.text;
    }

    /** The day written, or null when nothing is; anything else is refused with the words that failed. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains(".") ? LocalDate.parse(value, RUSSIAN) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RoadmapRuleException("roadmaps.error.dateInvalid", value);
        }
    }
}
