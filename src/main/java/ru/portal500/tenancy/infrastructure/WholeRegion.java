package ru.portal500.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way to read tenant data beyond the caller's scope: a whole region becomes the scope of the
 * transaction's EntityManager (the same additional criteria, bounded by that region) until the next
 * {@link ScopedToCaller} repository puts the caller's scope back. For work the system does without a caller
 * (reminders, text extraction, the search index), and for what a context reads of a record after it found the
 * record in the caller's scope and checked the caller's right to it (a reviewer reads the document given to
 * them, wherever its school is).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WholeRegion {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private static final ThreadLocal<String> READING_FOR = new ThreadLocal<>();

    /**
     * Runs the work with one region's whole data as the scope of every {@link ScopedToCaller} repository it calls,
     * whoever calls: for a service that has checked the caller may see what it makes of the region (a reader of
     * aggregates across regions, who holds no role in any of them), and shows only that. Undone after, also on failure;
     * nested, the inner region holds until its work ends.
     */
    public <T> T readFor(String regionCode, Supplier<T> work) {
        String before = READING_FOR.get();
        READING_FOR.set(regionCode);
        try {
            return work.get();
        } finally {
            if (before == null) {
                READING_FOR.remove();
            } else {
                READING_FOR.set(before);
            }
        }
    }

    /** The region the running work reads for, if it does. */
    static Optional<String> readingFor() {
        return Optional.ofNullable(READING_FOR.get());
    }

    /** Every region's code, whoever calls: for a service that visits them one by one ({@link #readFor}). */
    public List<String> regionCodes() {
        return em.createNativeQuery("select code from region order by code").getResultList().stream()
                .map(String::valueOf).toList();
    }

    /** The region's whole data becomes the scope of what the transaction reads next. */
    public void enter(String regionCode) {
        ScopeParameters.wholeRegion(regionCode).forEach(em::setProperty);
    }

    /** Every region at once: for system work that picks the regions to visit (no caller, no place). */
    public void enterEveryRegion() {
        List<String> codes = em.createNativeQuery("select code from region").getResultList().stream()
                .map(String::valueOf).toList();
        ScopeParameters.wholeRegions(codes).forEach(em::setProperty);
    }

    /**
     * A record by id wherever it lives, for system work; what is read of it next is read within its region
     * ({@code regionOf} tells the record's region).
     */
    public <T> Optional<T> find(Class<T> type, Object id, Function<T, String> regionOf) {
        enterEveryRegion();
        T found = em.find(type, id);
        if (found == null) {
            return Optional.empty();
        }
        enter(regionOf.apply(found));
        return Optional.of(found);
    }
}
