package ru.portal500.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import ru.portal500.shared.domain.BusinessException;

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
            add(FacesMessage.SEVERITY_ERROR, Texts.get(language.getLocale(), e.messageKey(), e.arguments()));
            return false;
        }
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
