package ru.portal500.shared.pdf;

import ru.portal500.shared.i18n.Numbers;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rendered document's words from the portal's bundle, and its numbers and dates as the bundle's language writes
 * them. It keeps what it formatted: a long document writes the same patterns and numbers thousands of times.
 */
public final class DocumentTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final Map<BigDecimal, String> decimals = new ConcurrentHashMap<>();
    private final Map<BigDecimal, String> percents = new ConcurrentHashMap<>();

    public DocumentTexts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.forLanguageTag("ru") : bundle.getLocale();
    }

    /** The text of a key; arguments are inserted as given (format numbers with {@link #number} first). */
    public String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return bundle.getString(key);
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        synchronized (format) { // a MessageFormat is not safe for two threads at once
            return format.format(arguments);
        }
    }

    /** 1.5 → "1,5" in Russian; at most two decimals. */
    public String number(BigDecimal value) {
        return decimals.computeIfAbsent(value, v -> Numbers.decimal(locale, v, 2));
    }

    /** A percentage or percentage points as people read them: 22.91666666666667 → "22,9" in Russian. */
    public String percent(BigDecimal value) {
        return percents.computeIfAbsent(value, v -> Numbers.decimal(locale, v, 1));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
