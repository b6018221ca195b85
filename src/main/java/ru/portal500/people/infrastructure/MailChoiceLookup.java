package ru.portal500.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The notification kinds a person takes only in the portal, by login, with no caller: whoever causes a
 * notification, only its recipient's own choice decides whether it is mailed. Reads that one column only.
 */
@ApplicationScoped
public class MailChoiceLookup {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The language the person chose (ru, en), or empty when they have no record yet. */
    public Optional<String> language(String username) {
        List<?> rows = em.createNativeQuery("SELECT language FROM person WHERE username = ?")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /** The stored list (names joined by commas), or empty when the person has no record yet. */
    public Optional<String> portalOnly(String username) {
        List<?> rows = em.createNativeQuery("SELECT portal_only FROM person WHERE username = ?")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /** Whether the person takes every mail in the daily digest; false when they have no record yet. */
    public boolean digest(String username) {
        List<?> rows = em.createNativeQuery("SELECT mail_digest FROM person WHERE username = ?")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(v -> v instanceof Boolean b ? b : v instanceof Number n
                ? n.intValue() != 0 : Boolean.parseBoolean(String.valueOf(v))).orElse(false);
    }
}
