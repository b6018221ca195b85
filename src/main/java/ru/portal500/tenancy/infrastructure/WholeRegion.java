package ru.portal500.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
