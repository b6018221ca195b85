package ru.portal500.expertise.web;

import org.junit.jupiter.api.Test;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistJsonReader;
import ru.portal500.expertise.checklist.ChecklistJsonWriter;
import ru.portal500.expertise.checklist.ChecklistProblem;
import ru.portal500.expertise.checklist.ChecklistSection;
import ru.portal500.expertise.checklist.ChoiceOption;
import ru.portal500.expertise.checklist.CriterionType;
import ru.portal500.expertise.checklist.DefaultChecklists;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.expertise.checklist.RequiredCriterionRule;
import ru.portal500.expertise.checklist.Threshold;
import ru.portal500.expertise.checklist.VerdictRules;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The builder's form: a faithful copy of a checklist, rows edited, added, moved and removed, its own problems. */
class ChecklistFormTest {

    private static final ChecklistJsonReader READER = new ChecklistJsonReader();

    private static ChecklistForm roadmap() {
        return ChecklistForm.of(DefaultChecklists.forType("ROADMAP").orElseThrow());
    }

    private static List<String> codes(Checklist checklist) {
        return checklist.criteria().stream().map(c -> c.code()).toList();
    }

    private static List<String> russian(ChecklistForm.Built built) {
        return ChecklistProblemTexts.of(Texts.RUSSIAN, built.problems(), built.checklist().problems());
    }

    @Test
    void everyDefaultChecklistComesBackUnchanged() {
        for (Checklist checklist : DefaultChecklists.all()) {
            ChecklistForm.Built built = ChecklistForm.of(checklist).build();
            assertEquals(List.of(), built.problems());
            assertEquals(checklist, built.checklist(), checklist.title());
        }
    }

    @Test
    void whatTheBuilderDoesNotShowIsKept() {
        Checklist source = DefaultChecklists.forType("CONCEPT").orElseThrow();
        Checklist unusual = new Checklist(source.title(), "NOMINATION-7", 4, source.sections(),
                new VerdictRules(Threshold.points(20), null, RequiredCriterionRule.NO_EFFECT),
                new DivergenceRules(BigDecimal.TEN, BigDecimal.valueOf(30)));
        Checklist built = ChecklistForm.of(unusual).build().checklist();
        assertEquals(unusual.verdictRules(), built.verdictRules());
        assertEquals(unusual.divergenceRules(), built.divergenceRules());
        assertEquals("NOMINATION-7", built.appliesTo());
        assertEquals(1, built.version(), "the library numbers the version");
    }

    @Test
    void editsBecomeTheChecklistAndItsJsonReadsBack() {
        ChecklistForm form = roadmap();
        form.setTitle("Экспертиза дорожной карты (2027)");
        form.setPass(BigDecimal.valueOf(75));
        form.getRows().get(0).setWeight(BigDecimal.valueOf(3));
        Checklist built = form.build().checklist();
        assertEquals("Экспертиза дорожной карты (2027)", built.title());
        assertEquals(Threshold.percent(75), built.verdictRules().passThreshold());
        assertEquals(BigDecimal.valueOf(3), built.criteria().get(0).weight());
        assertEquals(built, READER.read(new ChecklistJsonWriter().write(built)).validChecklist());
    }

    @Test
    void neighbouringRowsOfOneSectionMakeOneSectionAndMovingARowMovesItOut() {
        ChecklistForm form = roadmap();
        List<String> before = form.build().checklist().sections().stream().map(ChecklistSection::title).toList();
        assertEquals(3, before.size());
        form.moveDown(3);
        form.moveUp(0);
        form.moveDown(5);
        Checklist moved = form.build().checklist();
        assertEquals(List.of("D1", "D2", "D3", "D5", "D4", "D6"), codes(moved));
        assertEquals(List.of("Содержание", "Мониторинг", "Содержание",
                        "Служебные отметки эксперта (школе не показываются)"), moved.sections().stream().map(ChecklistSection::title).toList());
        form.remove(5);
        form.remove(9);
        form.add();
        CriterionRow added = form.getRows().get(5);
        assertEquals("Содержание", added.getSection(), "a new row continues the last row's section");
        assertEquals(CriterionType.SCALE, added.getType());
    }

    @Test
    void optionLinesBecomeOptionsAndTheOtherTypesFieldsAreLeftOut() {
        ChecklistForm form = ChecklistForm.empty();
        form.setTitle("Конкурс");
        form.setAppliesTo("ROADMAP");
        CriterionRow row = form.getRows().get(0);
        row.setCode("C1");
        row.setText("Сроки и ответственные");
        row.setType(CriterionType.CHOICE);
        row.setOptions("FULL=Для всех мер=2\n\nPART = Для части мер (a=b) = 1,5\r\nNONE=Нет=0");
        ChecklistForm.Built built = form.build();
        assertEquals(List.of(), built.problems());
        assertEquals(List.of(), built.checklist().problems());
        assertEquals(List.of(ChoiceOption.of("FULL", "Для всех мер", 2),
                        new ChoiceOption("PART", "Для части мер (a=b)", new BigDecimal("1.5")),
                        ChoiceOption.of("NONE", "Нет", 0)),
                built.checklist().criteria().get(0).options());
        assertNull(built.checklist().criteria().get(0).min(), "the scale's range of a choice is left out");

        row.setType(CriterionType.SCALE);
        assertEquals(List.of(), form.build().checklist().criteria().get(0).options(), "and a scale's options");
        assertEquals("FULL=Для всех мер=2\nPART=Для части мер (a=b)=1.5\nNONE=Нет=0",
                CriterionRow.of(null, built.checklist().criteria().get(0)).getOptions());
    }

    @Test
    void theFormsOwnProblemsAndTheChecklistsAreListedTogetherInRussian() {
        ChecklistForm form = ChecklistForm.empty();
        form.setTitle("Новый");
        form.setAppliesTo("CONCEPT");
        form.setPass(null);
        CriterionRow row = form.getRows().get(0);
        row.setCode("N1");
        row.setText("Вариант");
        row.setType(CriterionType.CHOICE);
        row.setWeight(null);
        row.setOptions("A=Да=много\nбез знаков равенства");
        List<String> problems = russian(form.build());
        assertEquals(List.of(
                "Не указан порог «соответствует».",
                "Критерий N1 (№ 1): Не указан вес.",
                "Критерий N1 (№ 1): В строке вариантов «A=Да=много» баллы «много» — не число.",
                "Критерий N1 (№ 1): Строка вариантов «без знаков равенства» не по образцу «код=текст=баллы».",
                "Критерий N1 (№ 1): У критерия с выбором нет вариантов."), problems);
    }

    @Test
    void aChecklistWithoutCriteriaOrWithAThresholdAboveTheMaximumIsRefusedInPlainRussian() {
        ChecklistForm form = roadmap();
        while (!form.getRows().isEmpty()) {
            form.remove(0);
        }
        ChecklistForm.Built empty = form.build();
        assertEquals(List.of(), empty.problems(), "nothing wrong with the form itself");
        assertEquals(List.of("В чек-листе нет ни одного критерия."), russian(empty));

        ChecklistForm high = roadmap();
        high.setPass(BigDecimal.valueOf(120));
        high.getRows().get(1).setCode("");
        List<String> problems = russian(high.build());
        assertEquals(List.of("Порог соответствия (12 баллов) выше максимально возможного итога (10).",
                "Критерий № 2: У критерия нет кода."), problems);
    }

    @Test
    void aSyntaxErrorIsPlacedByLineAndColumn() {
        List<ChecklistProblem> problems = READER.read("{\n  \"format\": \"portal500-checklist/1\",\n  \"title\": }")
                .problems();
        String text = ChecklistProblemTexts.of(Texts.RUSSIAN, problems).get(0);
        assertTrue(text.startsWith("Строка 3, позиция "), text);
        assertTrue(text.contains("Файл не является корректным JSON"), text);
        String field = ChecklistProblemTexts.of(Texts.RUSSIAN, READER.read("{\"format\": \"portal500-checklist/1\","
                + "\"title\": 5}").problems()).get(0);
        assertEquals("Поле $.title: Поле должно иметь тип string.", field);
    }
}
