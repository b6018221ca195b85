package ru.portal500.people.application;

import ru.portal500.people.domain.NotificationKind;
import ru.portal500.people.domain.PersonChange;
import ru.portal500.people.domain.PersonField;
import ru.portal500.people.domain.PersonRecord;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A person record as its reader sees it: who, their home organisation (its path and name), language, the kinds
 * of notification that come only in the portal, the consent and its date, and the history, newest first.
 */
public record PersonView(String subject, String username, String fullName, String email, String home,
                         String homeName, String homeSource, String language, List<NotificationKind> onlyInPortal,
                         boolean consented, Instant consentAt, Instant lastLoginAt, List<Change> history,
                         boolean mailDigest) {

    /** One line of the history. */
    public record Change(Instant at, String by, PersonField field, String before, String after) {
        static Change of(PersonChange change, UnaryOperator<String> placeNames) {
            boolean place = change.getField() == PersonField.HOME;
            return new Change(change.getChangedAt(), change.getChangedBy(), change.getField(),
                    place && change.getOldValue() != null ? placeNames.apply(change.getOldValue()) : change.getOldValue(),
                    place && change.getNewValue() != null ? placeNames.apply(change.getNewValue()) : change.getNewValue());
        }
    }

    static PersonView of(PersonRecord record, String homeName, UnaryOperator<String> placeNames) {
        return new PersonView(record.getSubject(), record.getUsername(), record.getFullName(), record.getEmail(),
                record.getHome().map(Object::toString).orElse(null), homeName,
                record.getHomeSource() == null ? null : record.getHomeSource().name(), record.getLanguage(),
                record.onlyInPortal().stream().sorted().toList(), record.hasConsented(), record.getConsentAt(),
                record.getLastLoginAt(), record.getHistory().stream().map(c -> Change.of(c, placeNames)).toList(),
                record.isMailDigest());
    }
}
