package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.registry.application.SchoolCards;
import ru.portal500.registry.domain.SchoolYear;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.LanguageBacking;

import java.io.Serializable;
import java.text.NumberFormat;

/** Page {@code /app/school.xhtml?id=…}: the school's card. A forged or foreign id is a 404. */
@Named
@ViewScoped
public class SchoolCardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolCards cards;

    @Inject
    LanguageBacking language;

    private String id;
    private transient SchoolCards.Card card;

    public void load() {
        long schoolId;
        try {
            schoolId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        card = cards.of(schoolId);
    }

    public SchoolCards.Card getCard() {
        if (card == null) {
            load();
        }
        return card;
    }

    public String schoolYear(int year) {
        return SchoolYear.label(year);
    }

    public String share(double value) {
        return NumberFormat.getNumberInstance(language.getLocale()).format(value);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
