package ru.portal500.expertise.web;

import ru.portal500.expertise.checklist.ChecklistProblem;
import ru.portal500.shared.i18n.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A checklist's problems as sentences in the user's language, each led by where it is: "Критерий D1 (№ 3): Вес
 * критерия должен быть больше нуля, указан 0.", "Строка 2, позиция 11: Файл не является корректным JSON: …".
 */
public final class ChecklistProblemTexts {

    private ChecklistProblemTexts() {
    }

    /** The problems of an import or a save, in their order. */
    public static List<String> of(Locale locale, List<ChecklistProblem> problems) {
        return problems.stream().map(p -> text(locale, p)).toList();
    }

    /** The builder's own problems and the checklist's, the checklist's heading first, then by criterion. */
    public static List<String> of(Locale locale, List<BuilderProblem> form, List<ChecklistProblem> checklist) {
        record Positioned(int position, String text) {
        }
        List<Positioned> all = new ArrayList<>();
        form.forEach(p -> all.add(new Positioned(p.position(),
                located(where(locale, p.criterionCode(), p.position()),
                        Texts.get(locale, p.messageKey(), p.arguments())))));
        checklist.forEach(p -> all.add(new Positioned(p.position(), text(locale, p))));
        return all.stream().sorted(Comparator.comparingInt(Positioned::position)).map(Positioned::text).toList();
    }

    public static String text(Locale locale, ChecklistProblem problem) {
        List<String> where = new ArrayList<>();
        String criterion = where(locale, problem.criterionCode(), problem.position());
        if (criterion != null) {
            where.add(criterion);
        }
        if (problem.path() != null) {
            where.add(Texts.get(locale, "ChecklistProblem.at.path", problem.path()));
        }
        if (problem.line() > 0) {
            where.add(Texts.get(locale, "ChecklistProblem.at.line", String.valueOf(problem.line()),
                    String.valueOf(problem.column())));
        }
        return located(where.isEmpty() ? null : String.join(", ", where),
                Texts.get(locale, problem.messageKey(), problem.arguments()));
    }

    private static String where(Locale locale, String code, int position) {
        if (position <= 0 && code == null) {
            return null;
        }
        return code == null ? Texts.get(locale, "ChecklistProblem.at.position", String.valueOf(position))
                : Texts.get(locale, "ChecklistProblem.at.criterion", code, String.valueOf(position));
    }

    private static String located(String where, String message) {
        return where == null ? message : where + ": " + message;
    }
}
