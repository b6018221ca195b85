package ru.portal500.documents.domain;

/**
 * What a document can do beyond being read: a PDF that runs a script, starts a program or carries a file.
 * Such a file is still the school's document and is stored; the curator sees the flag and it is only ever
 * downloaded, never shown in the browser. Each kind has a Russian text in the bundle under
 * {@code ActiveContent.<NAME>}.
 */
public enum ActiveContent {
    /** JavaScript: a document-level script, an action run on opening, or one behind a link, a field or a page. */
    JAVASCRIPT,
    /** A launch action: opening a program or a file of the reader's computer. */
    LAUNCH_ACTION,
    /** An attached (embedded) file, which a reader can open or save: possibly a program. */
    EMBEDDED_FILE,
    /** The file could not be looked into (it is encrypted): whether it has active content is not known. */
    NOT_INSPECTED;

    /** The bundle key of its Russian (and English) name. */
    public String messageKey() {
        return "ActiveContent." + name();
    }
}
