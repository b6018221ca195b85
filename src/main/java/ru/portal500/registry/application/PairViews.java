package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.SchoolRef;
import ru.portal500.registry.infrastructure.PairRepository;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Pairs loaded in the caller's scope, as views with both schools named (inside the loading transaction). */
@ApplicationScoped
class PairViews {

    @Inject
    PairRepository pairs;

    PairView of(CuratorPair pair) {
        return of(List.of(pair)).get(0);
    }

    List<PairView> of(List<CuratorPair> list) {
        Map<Long, SchoolRef> schools = pairs.schoolRefs(list.stream()
                .flatMap(p -> Stream.of(p.getSchool().getId(), p.getCuratorSchoolId())).distinct().toList());
        return list.stream().map(p -> new PairView(p.getId(), p.getCampaign().getSchoolYear(),
                schools.get(p.getSchool().getId()), schools.get(p.getCuratorSchoolId()), p.getFormedBy(),
                p.getFormedAt(), p.getAgreementDocumentId(), p.getHelpers().stream()
                .map(h -> new PairView.Helper(h.getFunction(), h.getUsername(), h.getDisplayName())).toList()))
                .toList();
    }
}
