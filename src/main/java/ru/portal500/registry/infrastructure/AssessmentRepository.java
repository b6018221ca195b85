package ru.portal500.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.registry.application.AssessmentResultsFile;
import ru.portal500.registry.application.ImportOutcome;
import ru.portal500.registry.domain.AssessmentProcedure;
import ru.portal500.registry.domain.AssessmentResult;
import ru.portal500.registry.domain.RecordedResult;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Assessment results of a region: written from a checked file in one transaction, read for identification. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class AssessmentRepository {

    private static final int FLUSH_EVERY = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The region's schools in scope by "municipality/code". */
    public Map<String, School> schoolsOf(String regionCode) {
        Map<String, School> schools = new HashMap<>();
        em.createQuery("select s from School s join fetch s.municipality m join m.region r where r.code = :region",
                        School.class).setParameter("region", regionCode).getResultStream()
                .forEach(s -> schools.put(s.getMunicipality().getCode() + "/" + s.getCode(), s));
        return schools;
    }

    /** Creates or corrects each result; all in this transaction. */
    public ImportOutcome save(String regionCode, List<AssessmentResultsFile.Line> lines) {
        Map<String, School> schools = schoolsOf(regionCode);
        Map<String, RecordedResult> existing = new HashMap<>();
        em.createQuery("select r from RecordedResult r join r.school s join s.municipality m join m.region g"
                        + " where g.code = :region", RecordedResult.class)
                .setParameter("region", regionCode).getResultStream().forEach(r -> existing.put(r.key(), r));
        int created = 0;
        int updated = 0;
        for (AssessmentResultsFile.Line line : lines) {
            School school = schools.get(line.municipalityCode() + "/" + line.schoolCode());
            String key = school.getId() + "/" + line.year() + "/" + line.procedure() + "/"
                    + line.subject().toLowerCase(Locale.ROOT);
            RecordedResult known = existing.get(key);
            if (known == null) {
                RecordedResult result = new RecordedResult(school, line.year(), line.procedure(), line.subject(),
                        line.failShare());
                em.persist(result);
                existing.put(key, result);
                created++;
            } else {
                known.correct(line.failShare());
                updated++;
            }
            if ((created + updated) % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        return ImportOutcome.done(created, updated);
    }

    /** The results of the region's schools in scope for the given school years. */
    public List<AssessmentResult> resultsOf(String regionCode, int fromYear, int toYear) {
        return em.createQuery("select s.id, r.year, r.procedure, r.subject, r.failShare from RecordedResult r"
                        + " join r.school s join s.municipality m join m.region g"
                        + " where g.code = :region and r.year between :from and :to", Object[].class)
                .setParameter("region", regionCode).setParameter("from", fromYear).setParameter("to", toYear)
                .getResultStream()
                .map(row -> new AssessmentResult(((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                        (AssessmentProcedure) row[2], (String) row[3], ((java.math.BigDecimal) row[4]).doubleValue()))
                .toList();
    }
}
