package ru.portal500.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.registry.application.PairView;
import ru.portal500.registry.application.PairsOverview;

/** For pages showing one school (its card): {@code #{schoolPairs.of(school.id, year)}}, the include's "pair". */
@Named
@RequestScoped
public class SchoolPairs {

    @Inject
    PairsOverview overview;

    /** The school's pair in the region's campaign of {@code year}; null without one. */
    public PairView of(long schoolId, int year) {
        return overview.ofSchool(schoolId, year).orElse(null);
    }
}
