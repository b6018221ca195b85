package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.List;

/** A small checklist whose maximum weighted score is 10, so shares read as tenths. */
final class SampleChecklists {

    static final Criterion A1 = Criterion.scale("A1", "Цель программы соответствует выбранному фактору риска", 0, 2)
            .withWeight(2).asRequired().withGuidance("0 — нет, 1 — частично, 2 — полностью");
    static final Criterion A2 = Criterion.yesNo("A2", "Проведён самоанализ текущего состояния школы").asRequired();
    static final Criterion B1 = Criterion.choice("B1", "Для мер указаны сроки и ответственные",
            ChoiceOption.of("FULL", "Для всех мер", 2), ChoiceOption.of("PARTIAL", "Для части мер", 1),
            ChoiceOption.of("NONE", "Не указаны", 0));
    static final Criterion B2 = Criterion.scale("B2", "Служебная оценка согласованности с концепцией", 0, 3)
            .hiddenFromSchool();
    static final Criterion C1 = Criterion.comment("C1", "Замечания для координатора").hiddenFromSchool();

    private SampleChecklists() {
    }

    static Checklist sample() {
        return withCriteria(List.of(ChecklistSection.of("Обоснование", A1, A2), ChecklistSection.of("Меры", B1, B2),
                ChecklistSection.untitled(List.of(C1))));
    }

    static Checklist withCriteria(List<ChecklistSection> sections) {
        return new Checklist("Экспертиза программы антирисковых мер", "ANTIRISK_PROGRAMME", 1, sections,
                VerdictRules.DEFAULT, DivergenceRules.DEFAULT);
    }

    static Checklist withRules(VerdictRules rules) {
        Checklist sample = sample();
        return new Checklist(sample.title(), sample.appliesTo(), sample.version(), sample.sections(), rules,
                sample.divergenceRules());
    }

    static Checklist withDivergence(DivergenceRules rules) {
        Checklist sample = sample();
        return new Checklist(sample.title(), sample.appliesTo(), sample.version(), sample.sections(),
                sample.verdictRules(), rules);
    }

    static Checklist single(Criterion criterion) {
        return withCriteria(List.of(ChecklistSection.untitled(List.of(Criterion.scale("X", "Основной", 0, 10),
                criterion))));
    }

    static BigDecimal number(String value) {
        return new BigDecimal(value);
    }
}
