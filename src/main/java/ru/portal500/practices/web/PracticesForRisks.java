package ru.portal500.practices.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.Practice;
import ru.portal500.registry.application.RiskProfileView;

import java.util.List;
import java.util.Objects;

/** On a school's card: {@code #{practicesForRisks.of(profile)}}, bank entries for the risk factors it chose. */
@Named
@RequestScoped
public class PracticesForRisks {

    private static final int SHOWN = 5;

    @Inject
    PracticeBank bank;

    public List<Practice> of(RiskProfileView profile) {
        if (profile == null) {
            return List.of();
        }
        return bank.addressing(profile.factors().stream().filter(RiskProfileView.Factor::chosen)
                .map(RiskProfileView.Factor::federalNumber).filter(Objects::nonNull).toList(), SHOWN);
    }
}
