package ru.portal500.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shares that roll up by their counts, and the traffic light against a target (the seeds' 80 % and 100 %). */
class TargetTest {

    @Test
    void aRegionsShareIsItsCountsAddedNotAMeanOfShares() {
        Share small = new Share(1, 1);
        Share large = new Share(30, 60);
        assertEquals(Optional.of(new BigDecimal("50.8")), Share.sum(List.of(small, large)).percent(),
                "31 of 61, where the mean of 100 % and 50 % would say 75 %");
        assertEquals(Optional.empty(), Share.NONE.percent(), "nothing counted is no value");
        assertEquals(Optional.of(new BigDecimal("66.7")), new Share(2, 3).percent());
        assertThrows(IllegalArgumentException.class, () -> new Share(4, 3));
    }

    @Test
    void theLightFollowsTheTargetAndTheWarning() {
        Target conforming = new Target(new BigDecimal("80"), new BigDecimal("60"), Target.Direction.HIGHER_IS_BETTER);
        assertEquals(Target.Light.GREEN, conforming.light(Optional.of(new BigDecimal("80.0"))));
        assertEquals(Target.Light.AMBER, conforming.light(Optional.of(new BigDecimal("79.9"))));
        assertEquals(Target.Light.AMBER, conforming.light(Optional.of(new BigDecimal("60"))));
        assertEquals(Target.Light.RED, conforming.light(Optional.of(new BigDecimal("59.9"))));
        assertEquals(Target.Light.NO_VALUE, conforming.light(Optional.empty()), "no value is not red");

        Target everyone = Target.atLeast(new BigDecimal("100"));
        assertEquals(Target.Light.RED, everyone.light(Optional.of(new BigDecimal("99.9"))));
        assertEquals(Target.Light.GREEN, everyone.light(new Share(12, 12).percent()));

        Target fewerFailures = new Target(new BigDecimal("15"), new BigDecimal("25"), Target.Direction.LOWER_IS_BETTER);
        assertEquals(Target.Light.GREEN, fewerFailures.light(Optional.of(new BigDecimal("15"))));
        assertEquals(Target.Light.AMBER, fewerFailures.light(Optional.of(new BigDecimal("20"))));
        assertEquals(Target.Light.RED, fewerFailures.light(Optional.of(new BigDecimal("25.1"))));

        MonitoringRuleException wrongWay = assertThrows(MonitoringRuleException.class, () -> new Target(
                new BigDecimal("80"), new BigDecimal("90"), Target.Direction.HIGHER_IS_BETTER));
        assertEquals("monitoring.error.warningBeyondTarget", wrongWay.messageKey());
    }
}
