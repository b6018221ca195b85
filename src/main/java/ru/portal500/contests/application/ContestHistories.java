package ru.portal500.contests.application;

import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestStage;
import ru.portal500.contests.domain.ContestState;
import ru.portal500.contests.domain.EntryField;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.domain.TieBreakSteps;
import ru.portal500.shared.i18n.HistoryLine;
import ru.portal500.shared.i18n.Numbers;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A contest's history as lines a person reads: settings, stages, states and their values in words, totals as the
 * reader's language writes numbers (a decimal comma in Russian).
 */
public final class ContestHistories {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ContestHistories() {
    }

    public static List<HistoryLine> lines(List<ContestChange> changes, Locale reader) {
        return changes.stream().map(c -> new HistoryLine(c.getAt(), c.getByName(), c.getBy(), subject(c, reader),
                Texts.get(reader, "ContestChangeKind." + c.getKind().name()), value(c, c.getFrom(), reader),
                value(c, c.getTo(), reader),
                c.getReason() == null ? "" : c.getReason())).toList();
    }

    /** The file's name (without ".csv") in the reader's language. */
    public static String fileName(long contestId, Locale reader) {
        return Texts.get(reader, "contests.history.fileName", String.valueOf(contestId));
    }

    private static String subject(ContestChange change, Locale reader) {
        String subject = change.getSubject() == null ? "" : change.getSubject();
        return switch (change.getKind()) {
            case SETTING_CHANGED -> Texts.get(reader, "ContestSetting." + ContestChange.Setting.valueOf(subject).name());
            case STAGE_CHANGED -> Texts.get(reader, "ContestStage." + ContestStage.valueOf(subject).name());
            default -> subject;
        };
    }

    private static String value(ContestChange change, String value, Locale reader) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (change.getKind()) {
            case STAGE_CHANGED -> LocalDate.parse(value).format(DAY);
            case CALL_PUBLISHED -> Texts.get(reader, "ContestState." + ContestState.valueOf(value).name());
            case ENTRY_STATE -> Texts.get(reader, "EntryState." + EntryState.valueOf(value).name());
            case NOMINATION_ADDED, NOMINATION_CHECKLIST -> checklist(value, reader);
            case SETTING_CHANGED -> setting(ContestChange.Setting.valueOf(change.getSubject()), value, reader);
            case MODERATED -> points(value, reader);
            default -> value;
        };
    }

    /** A total kept in its plain dot form ("12.5"), written as the reader's language writes it ("12,5"). */
    private static String points(String value, Locale reader) {
        try {
            return Numbers.points(reader, new BigDecimal(value));
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static String checklist(String value, Locale reader) {
        int colon = value.indexOf(':');
        return colon < 0 ? value
                : Texts.get(reader, "contests.history.checklist", value.substring(colon + 1), value.substring(0, colon));
    }

    private static String setting(ContestChange.Setting setting, String value, Locale reader) {
        return switch (setting) {
            case OPEN_TO_CAMPAIGN, OPEN_TO_REGION, OPEN_TO_TEACHERS, BLIND, NORMALISED_RANKING -> Texts.get(reader,
                    Boolean.parseBoolean(value) ? "contests.history.yes" : "contests.history.no");
            case REQUIRED_FIELDS -> Arrays.stream(value.split(",")).filter(s -> !s.isBlank())
                    .map(f -> Texts.get(reader, "EntryField." + EntryField.valueOf(f).name()))
                    .collect(Collectors.joining(", "));
            case REQUIRED_FILES -> value.replace("\n", "; ");
            case TIE_BREAK -> tieBreak(TieBreakSteps.ofStored(value), reader);
            default -> value;
        };
    }

    /** A chain in words: «сумма баллов → критерий K3 → более ранняя подача». */
    public static String tieBreak(TieBreakSteps chain, Locale reader) {
        return chain.codes().stream().map(code -> code.startsWith(TieBreakSteps.CRITERION)
                        ? Texts.get(reader, "contests.tieBreak.CRITERION", code.substring(TieBreakSteps.CRITERION.length()))
                        : Texts.get(reader, "contests.tieBreak." + code))
                .collect(Collectors.joining(" \u2192 "));
    }
}
