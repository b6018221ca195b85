package ru.portal500.shared.pdf;

import ru.portal500.shared.i18n.Numbers;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A rendered document's words from the portal's bundle, and its numbers and dates as the bundle's language writes
 * them.
 */
public final class DocumentTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ResourceBundle bundle;
    private final Locale locale;

    public DocumentTexts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.forLanguageTag("ru") : bundle.getLocale();
    }

    /** The text of a key; arguments are inserted as given (format numbers with {@link #number} first). */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** 1.5 → "1,5" in Russian; at most two decimals. */
    public String number(BigDecimal value) {
        return Numbers.decimal(locale, value, 2);
    }

    /** A percentage or percentage points as people read them: 22.91666666666667 → "22,9" in Russian. */
    public String percent(BigDecimal value) {
        return Numbers.decimal(locale, value, 1);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
