package ru.portal500.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's texts outside Faces (servlets, filters, the REST API): the same UTF-8 bundle the pages
 * use, Russian unless English is asked for, never the server's own default locale.
 */
public final class Texts {

    public static final String BUNDLE = "ru.portal500.i18n.messages";
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> SUPPORTED = List.of(RUSSIAN, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        Locale supported = supported(locale);
        String pattern = bundle(supported).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] worded = java.util.Arrays.stream(arguments)
                .map(a -> a instanceof Phrase phrase ? get(supported, phrase.key(), phrase.arguments()) : a).toArray();
        return new MessageFormat(Plurals.apply(pattern, supported, worded), supported).format(worded);
    }

    /**
     * An argument told in the reader's language too (a role's name, say): a service that throws a keyed exception
     * names it by its key, and the page or API says it in words.
     */
    public record Phrase(String key, Object... arguments) implements java.io.Serializable {

        @Override
        public boolean equals(Object o) {
            return o instanceof Phrase p && key.equals(p.key) && java.util.Arrays.equals(arguments, p.arguments);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + java.util.Arrays.hashCode(arguments);
        }

        @Override
        public String toString() {
            return key + java.util.Arrays.toString(arguments);
        }
    }

    /** The whole bundle in a supported language (for a writer that looks texts up itself, e.g. a PDF). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader(), NO_FALLBACK);
    }

    /** The language of a request: English only when the browser or client asks for it. */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        // Without Accept-Language the container reports its own default locale; that is not a wish.
        return request.getHeader("Accept-Language") == null ? RUSSIAN : supported(request.getLocale());
    }

    /** English when asked for, Russian otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())
                ? Locale.ENGLISH : RUSSIAN;
    }
}
