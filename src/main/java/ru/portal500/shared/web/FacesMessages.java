package ru.portal500.shared.web;

import ru.portal500.shared.i18n.Texts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import ru.portal500.shared.domain.BusinessException;
import ru.portal500.shared.domain.InvalidRequestException;

/**
 * Runs a page's action and tells the user how it went, in their language: the success text, or the
 * reason an expected failure gives. Unexpected failures go on to the error page.
 */
@RequestScoped
public class FacesMessages {

    @Inject
    LanguageBacking language;

    /** True when the action succeeded. */
    public boolean run(Runnable action, String successKey, Object... arguments) {
        return runReporting(() -> {
            action.run();
            return arguments;
        }, successKey);
    }

    /** Like {@link #run}, for an action whose result goes into the success text (a count…). */
    public boolean runReporting(java.util.function.Supplier<Object[]> action, String successKey) {
        try {
            Object[] arguments = action.get();
            add(FacesMessage.SEVERITY_INFO, Texts.get(language.getLocale(), successKey, arguments));
            return true;
        } catch (BusinessException e) {
            tell(e);
            return false;
        }
    }

    /**
     * Loads what a page shows: a request that cannot be met is told as a message; a refusal or an unknown
     * thing still goes to the 403/404 page. True when it succeeded.
     */
    public boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidRequestException e) {
            tell(e);
            return false;
        }
    }

    /** Tells that something went well, in the user's language. */
    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, Texts.get(language.getLocale(), key, arguments));
    }

    /** Tells why something was not done, when the page found it itself rather than catching an exception. */
    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, Texts.get(language.getLocale(), key, arguments));
    }

    private void tell(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, Texts.get(language.getLocale(), e.messageKey(), e.arguments()));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** The messages of this request survive a redirect (an action that leads to another page). */
    public void keepForRedirect() {
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
