package ru.portal500.monitoring.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitoringValuesTest {

    private static final Region REGION = new Region("64", "Саратовская область");
    private static final School SCHOOL = new School(new Municipality(REGION, "atkarsky", "Аткарский район"), "atk-1",
            "МБОУ «СОШ № 1 г. Аткарска»");
    private static final Campaign CAMPAIGN = new Campaign(REGION, 2026, "500+ 2025/26", new CampaignSchedule(null,
            null, null, null, null, null, null, List.of(LocalDate.of(2026, 5, 31))));
    private static final LocalDate MAY31 = LocalDate.of(2026, 5, 31);

    private static ChangeStamp at(String who, int minute) {
        return new ChangeStamp(who, who, Instant.parse("2026-05-20T09:00:00Z").plusSeconds(60L * minute));
    }

    private static Indicator entered(String code) {
        return Indicator.builtIn("64", BuiltInIndicators.ALL.stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow());
    }

    @Test
    void aUnitRefusesWhatItCannotBe() {
        assertEquals("monitoring.error.percentRange", assertThrows(MonitoringRuleException.class,
                () -> Unit.PERCENT.checked(new BigDecimal("100.5"))).messageKey());
        assertEquals("monitoring.error.percentRange", assertThrows(MonitoringRuleException.class,
                () -> Unit.PERCENT.checked(new BigDecimal("-1"))).messageKey());
        assertEquals("monitoring.error.countRange", assertThrows(MonitoringRuleException.class,
                () -> Unit.COUNT.checked(new BigDecimal("2.5"))).messageKey());
        assertEquals("monitoring.error.decimals", assertThrows(MonitoringRuleException.class,
                () -> Unit.PERCENT.checked(new BigDecimal("42.125"))).messageKey());
        assertEquals(0, Unit.COUNT.checked(new BigDecimal("3.00")).compareTo(BigDecimal.valueOf(3)));
    }

    @Test
    void anEnteredValueKeepsWhoAndWhenAndEveryChange() {
        IndicatorValue value = new IndicatorValue(entered("KNOWLEDGE_QUALITY"), CAMPAIGN, SCHOOL, MAY31,
                new BigDecimal("42.5"), false, at("school", 0));
        assertFalse(value.change(new BigDecimal("42.50"), false, at("school", 1)), "the same value changes nothing");
        assertTrue(value.change(new BigDecimal("44"), true, at("deputy", 2)));
        assertEquals(2, value.getChanges().size());
        assertEquals(0, value.getChanges().get(1).getOldValue().compareTo(new BigDecimal("42.5")));
        assertEquals("deputy", value.getEnteredByName());
        assertTrue(value.isUnderException());
        assertEquals("monitoring.error.computed", assertThrows(MonitoringRuleException.class,
                () -> new IndicatorValue(entered("MEASURES_ON_TIME"), CAMPAIGN, SCHOOL, MAY31, BigDecimal.TEN, false,
                        at("school", 3))).messageKey(), "a computed indicator is not typed in");
    }

    @Test
    void anExceptionLastsFromAfterTheDateToADayNotPast() {
        ReportingExtension extension = new ReportingExtension(CAMPAIGN, SCHOOL, MAY31);
        LocalDate today = LocalDate.of(2026, 6, 3);
        assertEquals("monitoring.error.exceptionUntil", assertThrows(MonitoringRuleException.class,
                () -> extension.grant(MAY31, "Болезнь", today, at("coordinator", 0))).messageKey());
        assertEquals("monitoring.error.exceptionUntil", assertThrows(MonitoringRuleException.class,
                () -> extension.grant(LocalDate.of(2026, 6, 2), "Болезнь", today, at("coordinator", 0))).messageKey(),
                "not a day already past");
        assertEquals("monitoring.error.exceptionReason", assertThrows(MonitoringRuleException.class,
                () -> extension.grant(LocalDate.of(2026, 6, 10), "  ", today, at("coordinator", 0))).messageKey());
        extension.request(LocalDate.of(2026, 6, 8), "Директор на больничном", today, at("school", 0));
        assertTrue(extension.isAskedFor());
        assertTrue(extension.asException().isEmpty(), "asked for is not granted");
        assertThrows(MonitoringRuleException.class, () -> new ReportingWindow(MAY31, 14)
                .requireOpen(today, extension.asException()));
        extension.grant(LocalDate.of(2026, 6, 10), "Директор на больничном", today, at("coordinator", 1));
        assertFalse(extension.isAskedFor());
        new ReportingWindow(MAY31, 14).requireOpen(LocalDate.of(2026, 6, 10), extension.asException());
        assertEquals("monitoring.error.alreadyExcepted", assertThrows(MonitoringRuleException.class,
                () -> extension.request(LocalDate.of(2026, 6, 20), "Ещё", today, at("school", 2))).messageKey(),
                "nothing to ask while the grant lasts");
    }

    @Test
    void valuesAddUpAsTheirKindDoes() {
        assertEquals(Optional.of(new BigDecimal("41.3")), Aggregate.mean(Arrays.asList(new BigDecimal("40"),
                null, new BigDecimal("42.5"), new BigDecimal("41.5"))));
        assertEquals(Optional.empty(), Aggregate.mean(Arrays.asList(null, null)), "nobody gave a value: no value");
        Target half = Target.atLeast(BigDecimal.valueOf(50));
        assertEquals(new Share(1, 2), Aggregate.reached(Arrays.asList(new BigDecimal("50"), null,
                new BigDecimal("49.9")), half));
        assertEquals(14, BuiltInIndicators.ALL.stream().map(BuiltInIndicators.Definition::code).distinct().count());
        assertTrue(BuiltInIndicators.ALL.stream().allMatch(d -> d.source() != null && !d.source().isBlank()),
                "every built-in indicator cites the seed that asks for it");
    }
}
