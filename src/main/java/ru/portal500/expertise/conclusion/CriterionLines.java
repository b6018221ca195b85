package ru.portal500.expertise.conclusion;

import ru.portal500.expertise.checklist.ChoiceOption;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.CriterionScore;
import ru.portal500.expertise.checklist.CriterionSpread;
import ru.portal500.expertise.checklist.Mark;
import ru.portal500.expertise.checklist.Spread;
import ru.portal500.shared.pdf.DocumentTexts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** The lines under a criterion in the conclusion: its mark (or the experts' mean) and the comments. */
final class CriterionLines {

    private final DocumentTexts texts;

    CriterionLines(DocumentTexts texts) {
        this.texts = texts;
    }

    /** "K1. Text (обязательный)". */
    String heading(Criterion criterion) {
        String required = criterion.required() ? " (" + texts.text("conclusion.criterion.required") + ")" : "";
        return criterion.code() + ". " + criterion.text() + required;
    }

    /** One expert's mark of one criterion, or null for a comment criterion. */
    String mark(CriterionScore score) {
        Criterion criterion = score.criterion();
        if (!criterion.isScored()) {
            return null;
        }
        if (!score.isAnswered()) {
            return texts.text("conclusion.mark.none");
        }
        Mark mark = score.answer().mark();
        String line;
        if (mark instanceof Mark.YesNo yesNo) {
            line = texts.text(yesNo.yes() ? "conclusion.mark.yes" : "conclusion.mark.no");
        } else if (mark instanceof Mark.Choice) {
            ChoiceOption option = score.chosenOption();
            line = texts.text("conclusion.mark.choice", option.text(), texts.number(score.points()),
                    texts.number(criterion.highest()));
        } else {
            line = texts.text("conclusion.mark.scale", texts.number(score.points()),
                    texts.number(criterion.highest()));
        }
        return line + weight(criterion);
    }

    private String weight(Criterion criterion) {
        return criterion.weight().compareTo(BigDecimal.ONE) == 0 ? ""
                : "; " + texts.text("conclusion.mark.weight", texts.number(criterion.weight()));
    }

    /** The experts' mean of one criterion, with the spread in the full variant; null for a comment criterion. */
    List<String> mean(CriterionSpread spread, boolean full, List<String> experts) {
        Criterion criterion = spread.criterion();
        if (!criterion.isScored()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Spread marks = spread.marks();
        if (marks.count() == 0) {
            lines.add(texts.text("conclusion.mark.none"));
            return lines;
        }
        lines.add(texts.text("conclusion.mean", texts.number(marks.mean()), texts.number(criterion.highest()),
                marks.count()) + weight(criterion));
        if (full) {
            List<String> each = new ArrayList<>();
            for (int i = 0; i < spread.scores().size(); i++) {
                CriterionScore score = spread.scores().get(i);
                each.add(experts.get(i) + " — " + (score.isAnswered() ? texts.number(score.points())
                        : texts.text("conclusion.mark.empty")));
            }
            lines.add(texts.text("conclusion.marks", String.join("; ", each)));
            lines.add(texts.text("conclusion.spread", texts.number(marks.range()),
                    texts.number(marks.standardDeviation())));
            if (spread.divergent()) {
                lines.add(texts.text("conclusion.spread.divergent", texts.number(spread.limit())));
            }
        }
        return lines;
    }

    /** The experts' comments on one criterion, each with its expert's label. */
    List<String> comments(CriterionSpread spread, IntFunction<String> expert) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < spread.scores().size(); i++) {
            CriterionScore score = spread.scores().get(i);
            if (score.answer() != null && score.answer().hasComment()) {
                lines.add(expert.apply(i) + ": " + score.answer().comment());
            }
        }
        return lines;
    }
}
