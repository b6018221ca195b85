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

    /**
     * For one run of reminders: each place's holders asked of the directory once, and whom a school's overdue work
     * escalates to — its municipality's coordinators, else its region's operators.
     */
    public Run run() {
        return new Run(this);
    }

    /** The holders of the roles at the places one run has asked about. */
    public static final class Run {
        private final Recipients recipients;
        private final java.util.Map<String, List<Recipient>> asked = new java.util.HashMap<>();

        private Run(Recipients recipients) {
            this.recipients = recipients;
        }

        public List<Recipient> holding(Role role, Scope scope) {
            return asked.computeIfAbsent(role + "@" + scope, k -> recipients.holding(role, scope));
        }

        /** The person with this login, asked once per run; none when there is no such person. */
        public List<Recipient> named(String username) {
            return asked.computeIfAbsent("person:" + username, k -> recipients.named(List.of(username)));
        }

        /** The coordinators of the school's municipality, else the operators of its region. */
        public List<Recipient> escalation(Scope school) {
            Scope municipality = school.parent().orElseThrow();
            List<Recipient> coordinators = holding(Role.MUNICIPAL_COORDINATOR, municipality);
            return coordinators.isEmpty() ? holding(Role.REGIONAL_OPERATOR, Scope.ofRegion(municipality.region()))
                    : coordinators;
        }
    }

    private static Recipient recipient(Contact contact) {
        return new Recipient(contact.username(), contact.email(), contact.fullName());
    }
}
