package ru.portal500.contests.results;

import ru.portal500.contests.judging.ConflictReason;
import ru.portal500.contests.judging.NominationRanking.TieBreakApplied;
import ru.portal500.contests.judging.TieBreakChain;
import ru.portal500.contests.judging.TieBreakStep;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.CriterionScore;
import ru.portal500.shared.pdf.DocumentTexts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The sentences the results documents share: jurors, instants, steps of the chain, marks, conflicts. */
final class ResultsWords {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    /** Two submissions within a minute are told apart by the earlier-submission step: its figures show seconds. */
    private static final DateTimeFormatter TO_SECOND = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final DocumentTexts texts;
    private final ZoneId zone;
    private final Map<String, ResultsJuror> jurors;

    ResultsWords(DocumentTexts texts, ContestResults results) {
        this.texts = texts;
        this.zone = results.zone();
        this.jurors = results.jurorsById();
    }

    DocumentTexts texts() {
        return texts;
    }

    String text(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    String number(BigDecimal value) {
        return value == null ? "" : texts.number(value);
    }

    /** An instant in the region's time zone: "01.10.2026 12:00". */
    String instant(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** "Иванова Мария Петровна (Ж-07)", or the name alone without a code. */
    String juror(String id) {
        ResultsJuror juror = jurors.get(id);
        if (juror == null) {
            return id;
        }
        return juror.code().isEmpty() ? juror.name() : juror.name() + " (" + juror.code() + ")";
    }

    /** The juror's code ("Ж-07"), or their name when they have none. */
    String jurorCode(String id) {
        ResultsJuror juror = jurors.get(id);
        return juror == null ? id : juror.code().isEmpty() ? juror.name() : juror.code();
    }

    String jurorName(String id) {
        ResultsJuror juror = jurors.get(id);
        return juror == null ? id : juror.name();
    }

    /** "«Title» (№ 101)". */
    String entry(ResultsEntry entry) {
        return text("contests.protocol.entry", entry.title(), Long.toString(entry.id()));
    }

    String step(TieBreakStep step) {
        return text(step.messageKey(), step.criterionCode());
    }

    /** The chain in words: "общий балл → балл по критерию K3 → …". */
    String chain(TieBreakChain chain) {
        return chain.steps().stream().map(this::step).collect(Collectors.joining(" → "));
    }

    /** What a step compared, as a reader reads it: points, the instant of submission, the entry's number. */
    String figure(Comparable<?> figure) {
        if (figure instanceof BigDecimal decimal) {
            return number(decimal);
        }
        if (figure instanceof Instant instant) {
            return TO_SECOND.format(instant.atZone(zone));
        }
        if (figure instanceof Long id) {
            return text("contests.protocol.entryNumber", Long.toString(id));
        }
        return String.valueOf(figure);
    }

    /**
     * A tie-break in words: "Места 3 и 4: «A» (№ 1) и «B» (№ 2) равны по шагам: общий балл. Выше «A» по шагу 2
     * «балл по критерию K3»: 8 против 7."
     */
    String tieBreak(TieBreakApplied applied, TieBreakChain chain, ResultsEntry upper, ResultsEntry lower) {
        List<String> equal = new ArrayList<>();
        for (int s = 0; s < applied.stepNumber() - 1; s++) {
            equal.add(step(chain.steps().get(s)));
        }
        return text("contests.protocol.tieBreak", applied.upperPlace(), applied.upperPlace() + 1, entry(upper),
                entry(lower), String.join("; ", equal), applied.stepNumber(), step(applied.step()),
                figure(applied.upperFigure()), figure(applied.lowerFigure()));
    }

    /** One criterion's mark on one sheet: "4 из 5", "нет оценки", or empty for a comment-only criterion. */
    String mark(CriterionScore score) {
        if (!score.criterion().isScored()) {
            return "";
        }
        if (score.answer() == null || !score.answer().hasMark()) {
            return text("contests.protocol.mark.none");
        }
        String points = text("contests.protocol.mark", number(score.points()), number(score.criterion().highest()));
        return score.chosenOption() == null ? points : "«" + score.chosenOption().text() + "», " + points;
    }

    /** A criterion in the protocol's legend: "K1 — Актуальность проблемы (0–5)", a comment's "(комментарий)". */
    String criterion(Criterion criterion) {
        String range = criterion.isScored() ? number(criterion.lowest()) + "–" + number(criterion.highest())
                : text("contests.protocol.criterion.comment");
        if (criterion.isScored() && criterion.weight().compareTo(BigDecimal.ONE) != 0) {
            range += "; " + text("contests.protocol.criterion.weight", number(criterion.weight()));
        }
        return criterion.code() + " — " + criterion.text() + " (" + range + ")";
    }

    /** The reasons of a conflict, each in words, separated by semicolons. */
    String reasons(Set<ConflictReason> reasons) {
        return reasons.stream().map(r -> text(r.messageKey())).collect(Collectors.joining("; "));
    }

    String award(Award award) {
        return text(award.messageKey());
    }
}
