package ru.portal500.documents.extraction;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the characters Tika reports, up to a limit and a deadline: past either it stops the parse by
 * throwing {@link Stop}, which carries what was collected so far.
 */
final class CappedText extends DefaultHandler {

    /** Why collecting stopped. */
    enum Cause { LIMIT, DEADLINE }

    /** Thrown through the parser to end the parse early. */
    static final class Stop extends SAXException {
        private final transient Cause cause;

        Stop(Cause cause) {
            super("Extraction stopped: " + cause);
            this.cause = cause;
        }

        Cause stopCause() {
            return cause;
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private final long deadlineNanos;
    private volatile boolean cancelled;
    private int calls;

    CappedText(int maxChars, long deadlineNanos) {
        this.maxChars = maxChars;
        this.deadlineNanos = deadlineNanos;
    }

    /** Stops the parse at the next characters it reports (the caller gave up waiting). */
    void cancel() {
        cancelled = true;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        // PDFs report text a few characters at a time: the clock is read every 64th time only.
        if (cancelled || (++calls & 63) == 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new Stop(Cause.DEADLINE);
        }
        int room = maxChars - text.length();
        if (length > room) {
            text.append(ch, start, room);
            if (room > 0 && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                text.setLength(text.length() - 1);
            }
            throw new Stop(Cause.LIMIT);
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    String text() {
        return text.toString().strip();
    }
}
