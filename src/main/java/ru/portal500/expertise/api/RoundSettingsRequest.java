package ru.portal500.expertise.api;

import ru.portal500.expertise.domain.RoundSettings;
import ru.portal500.shared.domain.InvalidRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A round's settings as JSON: {@code {"reviewsPerDocument", "reviewsPerSchool", "otherMunicipality", "blind", "divergencePoints", "due"}}. */
public class RoundSettingsRequest {
    public Integer reviewsPerDocument;
    public Integer reviewsPerSchool;
    public boolean otherMunicipality;
    public boolean blind;
    public Integer divergencePoints;
    public String due;

    static <T extends RoundSettingsRequest> T required(T request) {
        if (request == null) {
            throw new InvalidRequestException("expertise.error.due");
        }
        return request;
    }

    RoundSettings settings() {
        LocalDate date;
        try {
            date = due == null ? null : LocalDate.parse(due);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("expertise.error.due");
        }
        return new RoundSettings(reviewsPerDocument == null ? RoundSettings.DEFAULT_REVIEWS : reviewsPerDocument,
                reviewsPerSchool == null ? 0 : reviewsPerSchool, otherMunicipality, blind,
                divergencePoints == null ? RoundSettings.DEFAULT_DIVERGENCE_POINTS : divergencePoints, date);
    }
}
