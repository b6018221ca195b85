package ru.portal500.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.PeopleDirectory;
import ru.portal500.identity.application.PeopleDirectory.Contact;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.notifications.domain.Recipient;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whom to notify, found in Keycloak (no access check: the portal tells people what concerns them,
 * whoever caused it): the holders of a role at a place, or people by login.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    PeopleDirectory directory;

    /** The people holding the role at exactly this place, e.g. the curators of one school. */
    public List<Recipient> holding(Role role, Scope scope) {
        return directory.holding(role, scope).stream().map(Recipients::recipient).toList();
    }

    /** The people with these logins; a login nobody has is left out. */
    public List<Recipient> named(Collection<String> usernames) {
        return usernames.stream().distinct().map(directory::person).flatMap(Optional::stream)
                .map(Recipients::recipient).toList();
    }

    private static Recipient recipient(Contact contact) {
        return new Recipient(contact.username(), contact.email(), contact.fullName());
    }
}
