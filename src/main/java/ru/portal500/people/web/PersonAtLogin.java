package ru.portal500.people.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.application.LoggedIn;
import ru.portal500.people.application.PersonRecords;
import ru.portal500.shared.domain.BusinessException;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.web.LanguageChosen;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At login the person record is made or refreshed from the token, and the session takes up the language the
 * person chose before; a language switched in the header is kept on the record for the next login.
 */
@ApplicationScoped
public class PersonAtLogin {

    private static final Logger LOG = Logger.getLogger(PersonAtLogin.class.getName());

    @Inject
    PersonRecords records;

    @Inject
    LanguageBacking language;

    @Inject
    CurrentCaller currentCaller;

    void loggedIn(@Observes LoggedIn event) {
        try {
            language.use(Locale.forLanguageTag(records.noticeLogin()));
        } catch (RuntimeException e) {
            // The login itself stands: the record is refreshed again when the person opens their profile.
            LOG.log(Level.WARNING, "Person record of " + event.caller().getUsername() + " not refreshed", e);
        }
    }

    void languageChosen(@Observes LanguageChosen event) {
        if (!currentCaller.get().isAuthenticated()) {
            return; // a visitor has no record: the choice lasts for the session only
        }
        try {
            records.chooseLanguage(event.locale().getLanguage());
        } catch (BusinessException e) {
            LOG.fine(() -> "Language choice not kept: " + e.getMessage());
        }
    }
}
