package ru.portal500.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.people.application.PersonRecords;
import ru.portal500.people.application.PersonView;
import ru.portal500.people.domain.NotificationKind;
import ru.portal500.people.domain.PersonField;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Page {@code /app/profile.xhtml} «Мой профиль»: the person's own record — who they are, their home
 * organisation, language, which notifications come only in the portal, what the portal keeps about them and
 * why (152-ФЗ) with the date of their consent, and the record's history.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonRecords records;

    @Inject
    FacesMessages messages;

    @Inject
    Formats formats;

    @Inject
    LanguageBacking language;

    private PersonView profile;
    private String languageTag;
    private List<String> onlyInPortal = new ArrayList<>();
    private boolean mailDigest;

    @PostConstruct
    void load() {
        show(records.mine());
    }

    private void show(PersonView view) {
        profile = view;
        languageTag = view.language();
        onlyInPortal = view.onlyInPortal().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        mailDigest = view.mailDigest();
    }

    public void saveLanguage() {
        messages.run(() -> {
            show(records.chooseLanguage(languageTag));
            language.use(Locale.forLanguageTag(profile.language()));
        }, "profile.message.language");
    }

    public void saveNotifications() {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        onlyInPortal.forEach(name -> kinds.add(NotificationKind.valueOf(name)));
        messages.run(() -> {
            records.takeOnlyInPortal(kinds);
            show(records.takeMailInDigest(mailDigest));
        }, "profile.message.notifications");
    }

    public boolean isMailDigest() {
        return mailDigest;
    }

    public void setMailDigest(boolean mailDigest) {
        this.mailDigest = mailDigest;
    }

    public void consent() {
        messages.run(() -> show(records.consent()), "profile.message.consent");
    }

    public PersonView getProfile() {
        return profile;
    }

    public List<NotificationKind> getKinds() {
        return Arrays.asList(NotificationKind.values());
    }

    public String getLanguageTag() {
        return languageTag;
    }

    public void setLanguageTag(String languageTag) {
        this.languageTag = languageTag;
    }

    public List<String> getOnlyInPortal() {
        return onlyInPortal;
    }

    public void setOnlyInPortal(List<String> onlyInPortal) {
        this.onlyInPortal = onlyInPortal == null ? new ArrayList<>() : new ArrayList<>(onlyInPortal);
    }

    public String time(Instant at) {
        return at == null ? "" : formats.time(at);
    }

    /** A value of the history in words: a language's name, the kinds of notification, a consent's version. */
    public String value(PersonView.Change change, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        Locale locale = language.getLocale();
        return switch (change.field()) {
            case LANGUAGE -> Texts.get(locale, "profile.language." + value);
            case PORTAL_ONLY -> Arrays.stream(value.split(",")).map(k -> Texts.get(locale, "NotificationKind." + k))
                    .collect(Collectors.joining(", "));
            case CONSENT -> Texts.get(locale, "profile.consent.version", value);
            case MAIL_DIGEST -> Texts.get(locale, "profile.digest." + value);
            default -> value;
        };
    }

    public String field(PersonField field) {
        return Texts.get(language.getLocale(), "profile.field." + field.name());
    }
}
