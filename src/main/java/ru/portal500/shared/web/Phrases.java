package ru.portal500.shared.web;

import ru.portal500.shared.i18n.Texts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A text of the bundles with its parameters filled in, for page attributes where {@code h:outputFormat} cannot
 * go (a confirmation's question): {@code #{phrases.format('documents.approve.confirm', d.title)}}.
 */
@Named
@RequestScoped
public class Phrases {

    @Inject
    LanguageBacking language;

    public String format(String key, Object first) {
        return Texts.get(language.getLocale(), key, first);
    }

    public String format(String key, Object first, Object second) {
        return Texts.get(language.getLocale(), key, first, second);
    }

    public String format(String key, Object first, Object second, Object third) {
        return Texts.get(language.getLocale(), key, first, second, third);
    }
}
