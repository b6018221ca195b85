package ru.portal500.expertise.application;

import ru.portal500.expertise.checklist.Verdict;
import ru.portal500.expertise.domain.RoundChange;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.domain.RoundState;
import ru.portal500.shared.i18n.HistoryLine;
import ru.portal500.shared.i18n.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** An expertise round's history as lines a person reads: kinds, verdicts, settings and their values in words. */
public final class RoundHistories {

    private RoundHistories() {
    }

    public static List<HistoryLine> lines(List<RoundChange> changes, Locale reader) {
        return changes.stream().map(c -> new HistoryLine(c.getAt(), c.getByName(), c.getBy(), subject(c, reader),
                Texts.get(reader, "RoundChangeKind." + c.getKind().name()), before(c, reader),
                value(c, c.getTo(), reader), c.getReason() == null ? "" : c.getReason())).toList();
    }

    /** The file's name (without ".csv") in the reader's language. */
    public static String fileName(long roundId, Locale reader) {
        return Texts.get(reader, "expertise.round.history.fileName", String.valueOf(roundId));
    }

    private static String subject(RoundChange change, Locale reader) {
        String subject = change.getSubject() == null ? "" : change.getSubject();
        return change.getKind() == RoundChange.Kind.SETTING_CHANGED
                ? Texts.get(reader, "RoundSetting." + RoundChange.Setting.valueOf(subject).name()) : subject;
    }

    /** Before: a reviewer's name, or a setting's or the round's state's code. */
    private static String before(RoundChange change, Locale reader) {
        return switch (change.getKind()) {
            case SETTING_CHANGED, CLOSED -> value(change, change.getFrom(), reader);
            default -> change.getFrom() == null ? "" : change.getFrom();
        };
    }

    /** After: a code of the kind's own in words (the round's kind, a version, a verdict, a state, a setting). */
    private static String value(RoundChange change, String value, Locale reader) {
        if (value == null) {
            return "";
        }
        return switch (change.getKind()) {
            case CREATED -> Texts.get(reader, "RoundKind." + RoundKind.valueOf(value).name());
            case CHECKLIST_CHOSEN -> Texts.get(reader, "expertise.history.checklistVersion", value);
            case SUBMITTED -> Texts.get(reader, "Verdict." + Verdict.valueOf(value).name());
            case CLOSED -> Texts.get(reader, "RoundState." + RoundState.valueOf(value).name());
            case SETTING_CHANGED -> setting(RoundChange.Setting.valueOf(change.getSubject()), value, reader);
            default -> value;
        };
    }

    private static String setting(RoundChange.Setting setting, String value, Locale reader) {
        return switch (setting) {
            case OTHER_MUNICIPALITY, BLIND -> Texts.get(reader, Boolean.parseBoolean(value)
                    ? "expertise.history.yes" : "expertise.history.no");
            case DUE -> LocalDate.parse(value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(reader));
            case REVIEWS_PER_SCHOOL -> "0".equals(value) ? Texts.get(reader, "expertise.history.asBalanced") : value;
            default -> value;
        };
    }
}
