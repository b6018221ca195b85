package ru.portal500.monitoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The indicators the seeds ask for, built into every region's monitoring (reference data: titles as the orders word
 * them, each citing its seed). Targets are the seeds' where they give one (≥ 80 % conforming, 100 % participation,
 * ≥ 5 entries), otherwise a default the region's operator is expected to set.
 */
public final class BuiltInIndicators {

    /** One built-in indicator: computed when it has a formula, entered per school otherwise. */
    public record Definition(String code, int position, String title, Unit unit, Formula formula, Target target,
                             String source) {
    }

    private static Target higher(int target, int warning) {
        return new Target(BigDecimal.valueOf(target), BigDecimal.valueOf(warning), Target.Direction.HIGHER_IS_BETTER);
    }

    private static Definition computed(Formula formula, int position, String title, Target target, String source) {
        return new Definition(formula.name(), position, title, formula.unit(), formula, target, source);
    }

    private static Definition entered(String code, int position, String title, Unit unit, Target target,
                                      String source) {
        return new Definition(code, position, title, unit, null, target, source);
    }

    public static final List<Definition> ALL = List.of(
            computed(Formula.APPROVED_DOCUMENTS, 1, "Доля ШНОР с согласованными концептуальными документами",
                    higher(100, 80), "Приказ УО Аткарского МР № 8 от 20.01.2021: программы разработаны в 100 % ШНОР"),
            computed(Formula.CONFORMING_AT_EXPERTISE, 2, "Доля документов, признанных соответствующими на экспертизе",
                    higher(80, 60), "Приказ МОН Пермского края: не менее 80 % документов соответствуют требованиям"),
            computed(Formula.MUTUAL_EXPERTISE_PARTICIPATION, 3, "Участие ШНОР во взаимоэкспертизе",
                    higher(100, 90), "Приказ МОН Пермского края, п. 13: взаимоэкспертиза документов школами-участниками"),
            computed(Formula.MEASURES_ON_TIME, 4, "Доля мероприятий дорожных карт, выполненных в срок",
                    higher(100, 80), "Дорожная карта проекта 500+ Саратовской области: мониторинг в ИС МЭДК"),
            computed(Formula.SCHOOLS_REPORTED, 5, "Доля ШНОР, отчитавшихся к дате мониторинга",
                    higher(100, 90), "Приказ ДО Сургутского района, раздел 7: сроки 31.05, 31.10, 29.12"),
            computed(Formula.MUNICIPALITIES_REPORTED, 6, "Доля муниципалитетов, предоставивших отчёт",
                    higher(100, 90), "Приказ МОН Пермского края: мониторинг реализации муниципальных дорожных карт"),
            computed(Formula.PAIRS_WITH_AGREEMENT, 7, "Доля пар «ШНОР — школа-куратор» с договором о сотрудничестве",
                    higher(100, 80), "Приказ УО Аткарского МР № 8: заключены партнёрские договоры между школами"),
            computed(Formula.CONTEST_ENTRIES, 8, "Заявки на конкурс «Панорама методических кейсов»",
                    higher(5, 3), "Приказ МОН Пермского края, п. 16: не менее 5 заявок на конкурс"),
            computed(Formula.UNSATISFACTORY_RESULTS, 9, "Доля неудовлетворительных результатов оценочных процедур",
                    new Target(BigDecimal.valueOf(15), BigDecimal.valueOf(25), Target.Direction.LOWER_IS_BETTER),
                    "Методика идентификации ШНОР: результаты ВПР, ОГЭ, ЕГЭ за два года"),
            entered("KNOWLEDGE_QUALITY", 10, "Качество знаний", Unit.PERCENT, higher(50, 40),
                    "Приказ ДО Сургутского района, раздел 7: промежуточная аттестация, ГИА, ВПР"),
            entered("SUCCESS_RATE", 11, "Успеваемость", Unit.PERCENT, higher(100, 95),
                    "Приказ ДО Сургутского района, раздел 7: промежуточная аттестация, ГИА, ВПР"),
            entered("FUNCTIONAL_LITERACY", 12, "Уровень функциональной грамотности обучающихся", Unit.PERCENT,
                    higher(50, 40), "Приказ ДО Сургутского района, раздел 7: выгрузка с платформы «РЭШ»"),
            entered("MODERN_TECHNOLOGIES", 13, "Доля педагогов, внедривших современные образовательные технологии",
                    Unit.PERCENT, higher(80, 60), "Приказ ДО Сургутского района, раздел 7: по итогам ВСОКО"),
            entered("MENTORS_INVOLVED", 14, "Педагоги-наставники, привлечённые к работе со школой", Unit.COUNT,
                    higher(2, 1), "Приказ УО Абинского района № 194: наставники и тьюторы по математике и русскому языку"));

    private BuiltInIndicators() {
    }
}
