package ru.portal500.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.AssessmentEntry;
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

    /** What a save did: results stored for the first time, and results that replaced one stored before. */
    public record Saved(int created, int replaced) {
    }

    /**
     * Creates each result, replacing one already stored for the same school, year, procedure and subject;
     * all in this transaction. Works in chunks (flushed and detached) so that 100,000 lines and a region's
     * millions of stored results never sit in memory at once.
     */
    public Saved save(String regionCode, List<AssessmentEntry> lines) {
        Map<String, Long> schoolIds = new HashMap<>();
        em.createQuery("select m.code, s.code, s.id from School s join s.municipality m join m.region r"
                        + " where r.code = :region", Object[].class).setParameter("region", regionCode)
                .getResultStream().forEach(row -> schoolIds.put(row[0] + "/" + row[1], (Long) row[2]));
        List<Long> inFile = lines.stream().map(l -> schoolIds.get(l.municipalityCode() + "/" + l.schoolCode()))
                .distinct().toList();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (AssessmentEntry line : lines) {
            wanted.add(key(schoolIds.get(line.municipalityCode() + "/" + line.schoolCode()), line.year(),
                    line.procedure(), line.subject()));
        }
        List<Long> replaced = new java.util.ArrayList<>();
        for (List<Long> chunk : chunks(inFile)) {
            em.createQuery("select r.id, s.id, r.year, r.procedure, r.subject from RecordedResult r join r.school s"
                            + " where s.id in :schools", Object[].class).setParameter("schools", chunk)
                    .getResultStream()
                    .filter(row -> wanted.contains(key((Long) row[1], (Integer) row[2], (AssessmentProcedure) row[3],
                            (String) row[4])))
                    .forEach(row -> replaced.add((Long) row[0]));
        }
        for (List<Long> chunk : chunks(replaced)) {
            em.createQuery("delete from RecordedResult r where r.id in :ids").setParameter("ids", chunk).executeUpdate();
        }
        int written = 0;
        for (AssessmentEntry line : lines) {
            School school = em.getReference(School.class, schoolIds.get(line.municipalityCode() + "/" + line.schoolCode()));
            em.persist(new RecordedResult(school, line.year(), line.procedure(), line.subject(), line.failShare()));
            if (++written % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        return new Saved(lines.size() - replaced.size(), replaced.size());
    }

    private static String key(Long school, int year, AssessmentProcedure procedure, String subject) {
        return school + "/" + year + "/" + procedure + "/" + subject.toLowerCase(Locale.ROOT);
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i += FLUSH_EVERY) {
            chunks.add(values.subList(i, Math.min(values.size(), i + FLUSH_EVERY)));
        }
        return chunks;
    }

    /** The results of the region's schools in scope for the given school years. */
    public List<AssessmentResult> resultsOf(String regionCode, int fromYear, int toYear) {
        return results("g.code = :region", "region", regionCode, fromYear, toYear);
    }

    /** One school's results (if in scope) for the given school years. */
    public List<AssessmentResult> resultsOfSchool(long schoolId, int fromYear, int toYear) {
        return results("s.id = :school", "school", schoolId, fromYear, toYear);
    }

    private List<AssessmentResult> results(String where, String parameter, Object value, int fromYear, int toYear) {
        return em.createQuery("select s.id, r.year, r.procedure, r.subject, r.failShare from RecordedResult r"
                        + " join r.school s join s.municipality m join m.region g"
                        + " where " + where + " and r.year between :from and :to", Object[].class)
                .setParameter(parameter, value).setParameter("from", fromYear).setParameter("to", toYear)
                .getResultStream()
                .map(row -> new AssessmentResult(((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                        (AssessmentProcedure) row[2], (String) row[3], ((java.math.BigDecimal) row[4]).doubleValue()))
                .toList();
    }
}
