package ru.portal500.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.people.domain.PersonRecord;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;
import ru.portal500.tenancy.infrastructure.WholeRegion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Person records as the caller may see them: their own, and those of the region or municipality they manage. */
@ApplicationScoped
@ScopedToCaller
@Transactional(Transactional.TxType.MANDATORY)
public class PersonRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    WholeRegion wholeRegion;

    public Optional<PersonRecord> bySubject(String subject) {
        return em.createQuery("select p from PersonRecord p where p.subject = :subject", PersonRecord.class)
                .setParameter("subject", subject).getResultList().stream().findFirst();
    }

    /** By login, or by e-mail address when no login is that. */
    public Optional<PersonRecord> byUsername(String username) {
        Optional<PersonRecord> byLogin = em.createQuery("select p from PersonRecord p where p.username = :username",
                PersonRecord.class).setParameter("username", username).getResultList().stream().findFirst();
        return byLogin.isPresent() || !username.contains("@") ? byLogin : em.createQuery(
                        "select p from PersonRecord p where p.email = :email", PersonRecord.class)
                .setParameter("email", username.toLowerCase(java.util.Locale.ROOT)).getResultList().stream().findFirst();
    }

    /** The records of these logins that the caller sees. */
    public List<PersonRecord> byUsernames(Collection<String> usernames) {
        return usernames.isEmpty() ? List.of() : em.createQuery(
                        "select p from PersonRecord p where p.username in :usernames", PersonRecord.class)
                .setParameter("usernames", usernames).getResultList();
    }

    /**
     * The records of these logins within a whole region, whoever asks: for the portal's own work in a record the
     * caller was already let into (an expertise round's conflicts of interest), never to be shown as is.
     */
    public List<PersonRecord> byUsernamesInRegion(String regionCode, Collection<String> usernames) {
        wholeRegion.enter(regionCode);
        return byUsernames(usernames);
    }

    /**
     * The people whose home organisation is this school, by name, whoever asks: for the portal's own choice of
     * colleagues (an entry's authors are people of the entering school), never to be shown beyond names.
     */
    public List<PersonRecord> homedAt(ru.portal500.tenancy.domain.Scope school) {
        wholeRegion.enter(school.region());
        return em.createQuery("select p from PersonRecord p where p.homeScope = :home order by p.fullName, p.username",
                PersonRecord.class).setParameter("home", school.groupPath()).setMaxResults(2000).getResultList();
    }

    /** The records the caller sees besides their own, by name. */
    public List<PersonRecord> visible() {
        return em.createQuery("select p from PersonRecord p order by p.fullName, p.username", PersonRecord.class)
                .setMaxResults(5000).getResultList();
    }

    public void add(PersonRecord record) {
        em.persist(record);
        em.flush();
    }
}
