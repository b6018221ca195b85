package ru.portal500.contests.web;

import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.domain.TieBreakSteps;
import ru.portal500.expertise.checklist.ChecklistJsonReader;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.shared.i18n.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The steps an organiser may choose for the tie-break chain after the total, in words: each scored criterion of the
 * checklists the contest's nominations are judged with («балл по критерию K3: Новизна…»), then the earlier
 * submission. A step the chain holds already and no checklist offers any more is kept, by its code, so that what is
 * stored is what the form shows. Public, with its record: the page's EL calls {@code code()} and {@code label()}, and
 * EL calls no method of a class it cannot see (a package-private record broke the contest page).
 */
public final class TieBreakChoices {

    /** One step: its stored code and what the organiser reads. */
    public record Choice(String code, String label) implements Serializable {
    }

    private TieBreakChoices() {
    }

    static List<Choice> of(Contest contest, Collection<String> chosen, Locale reader) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Nomination nomination : contest.getOpenNominations()) {
            if (nomination.getChecklist() == null) {
                continue;
            }
            var read = new ChecklistJsonReader().read(nomination.getChecklist().getBody());
            if (!read.isValid()) {
                continue;
            }
            for (Criterion criterion : read.validChecklist().criteria()) {
                if (criterion.isScored()) {
                    choices.putIfAbsent(TieBreakSteps.CRITERION + criterion.code(),
                            Texts.get(reader, "contests.tieBreak.step.CRITERION", criterion.code()) + ": "
                                    + criterion.text());
                }
            }
        }
        choices.put(TieBreakSteps.EARLIER_SUBMISSION,
                Texts.get(reader, "contests.tieBreak.step." + TieBreakSteps.EARLIER_SUBMISSION));
        for (String code : chosen) {
            if (code != null && !code.isBlank() && !code.equals(TieBreakSteps.TOTAL)) {
                choices.putIfAbsent(code, code.startsWith(TieBreakSteps.CRITERION)
                        ? Texts.get(reader, "contests.tieBreak.step.CRITERION",
                        code.substring(TieBreakSteps.CRITERION.length()))
                        : code);
            }
        }
        List<Choice> list = new ArrayList<>();
        choices.forEach((code, label) -> list.add(new Choice(code, label)));
        return list;
    }
}
