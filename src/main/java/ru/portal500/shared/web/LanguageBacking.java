package ru.portal500.shared.web;

import ru.portal500.shared.i18n.Texts;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import ru.portal500.shared.i18n.ReaderLanguage;

import java.io.Serializable;
import java.util.Locale;

/** The user's language for this session: Russian first, English on request. */
@Named("language")
@SessionScoped
public class LanguageBacking implements Serializable, ReaderLanguage {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.RUSSIAN;

    @Inject
    transient Event<LanguageChosen> chosen;

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.toLanguageTag();
    }

    /** Switches the language and shows the same page again; a logged-in person's choice is kept for next time. */
    public void switchTo(String languageTag) {
        locale = Texts.supported(Locale.forLanguageTag(languageTag));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        if (chosen != null) {
            chosen.fire(new LanguageChosen(locale));
        }
    }

    /** The language a person chose before, taken up at login (no page to refresh yet). */
    public void use(Locale chosenBefore) {
        locale = Texts.supported(chosenBefore);
    }
}
