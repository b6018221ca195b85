package ru.portal500.documents.application;

import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.shared.i18n.Texts;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * A document's title in the reader's language. Titles are made from the type's name as the database keeps it
 * (reference data, seeded in Russian: «Концепция развития», «Программа антирисковых мер: …»); where the type is one of
 * the portal's own and still bears its seeded name, the bundle's name for the type takes that name's place. A name a
 * region gave its type, and what follows the name (a risk factor's title), stay as they are.
 */
public final class DocumentTitles {

    private DocumentTitles() {
    }

    public static String of(Document document, Locale reader) {
        return of(document.getType(), document.getTitle(), reader);
    }

    /** A title made from the type's name (a document's, or an owed one's). */
    public static String of(DocumentType type, String title, Locale reader) {
        if (type == null || title == null) {
            return title;
        }
        Optional<String> seeded = DocumentType.DEFAULTS.stream().filter(d -> d.code().equals(type.getCode()))
                .map(DocumentType.Default::title).findFirst();
        if (seeded.isEmpty() || !seeded.get().equals(type.getTitle()) || !title.startsWith(seeded.get())) {
            return title;
        }
        try {
            return Texts.get(reader, "DocumentType." + type.getCode()) + title.substring(seeded.get().length());
        } catch (MissingResourceException e) {
            return title;
        }
    }
}
