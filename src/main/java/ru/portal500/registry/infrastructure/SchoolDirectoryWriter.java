package ru.portal500.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.SchoolEntry;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a checked directory file in one transaction: new schools are created, known ones updated,
 * branches linked to their main school. When a branch's main school is nowhere (neither in the directory nor
 * in the file), nothing at all is written.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class SchoolDirectoryWriter {

    private static final int FLUSH_EVERY = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * What applying the entries did, or with a dry run would do: how many schools are created and updated; or
     * the branches whose main school is nowhere, and then nothing was written.
     */
    public record Applied(int created, int updated, List<SchoolEntry> branchesWithoutMain) {
    }

    public List<Municipality> municipalitiesOf(String regionCode) {
        return em.createQuery("select m from Municipality m join fetch m.region r where r.code = :region",
                Municipality.class).setParameter("region", regionCode).getResultList();
    }

    /** Writes the entries, or with {@code dryRun} only says what it would do; all or nothing. */
    public Applied apply(List<SchoolEntry> entries, Collection<Municipality> municipalities, boolean dryRun) {
        Map<String, Municipality> byCode = new HashMap<>();
        municipalities.forEach(m -> byCode.put(m.getCode(), m));
        Map<String, School> schools = new HashMap<>();
        em.createQuery("select s from School s join fetch s.municipality m where m in :municipalities", School.class)
                .setParameter("municipalities", municipalities).getResultStream()
                .forEach(s -> schools.put(key(s.getMunicipality().getCode(), s.getCode()), s));

        java.util.Set<String> inFile = new java.util.HashSet<>();
        entries.forEach(e -> inFile.add(key(e.municipalityCode(), e.code())));
        List<SchoolEntry> withoutMain = new ArrayList<>();
        for (SchoolEntry entry : entries) {
            String parent = entry.parentCode() == null ? null : key(entry.municipalityCode(), entry.parentCode());
            if (parent != null && !schools.containsKey(parent) && !inFile.contains(parent)) {
                withoutMain.add(entry);
            }
        }
        if (!withoutMain.isEmpty()) {
            return new Applied(0, 0, List.copyOf(withoutMain));
        }
        int created = 0;
        int updated = 0;
        int written = 0;
        for (SchoolEntry entry : entries) {
            School school = schools.get(key(entry.municipalityCode(), entry.code()));
            if (school == null) {
                created++;
                if (!dryRun) {
                    school = new School(byCode.get(entry.municipalityCode()), entry.code(), entry.name());
                    school.describe(entry.name(), entry.details(), null);
                    em.persist(school);
                    schools.put(key(entry.municipalityCode(), entry.code()), school);
                }
            } else {
                updated++;
                if (!dryRun) {
                    school.describe(entry.name(), entry.details(), school.getParent());
                }
            }
            if (!dryRun && ++written % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        if (dryRun) {
            return new Applied(created, updated, List.of());
        }
        for (SchoolEntry entry : entries) {
            School parent = entry.parentCode() == null ? null : schools.get(key(entry.municipalityCode(), entry.parentCode()));
            School school = schools.get(key(entry.municipalityCode(), entry.code()));
            school.describe(entry.name(), entry.details(), parent);
        }
        return new Applied(created, updated, List.of());
    }

    private static String key(String municipality, String code) {
        return municipality + "/" + code;
    }
}
