package ru.portal500.notifications.domain;

/** What became of a notification's e-mail. */
public enum MailState {
    /** To be sent once the transaction that wrote it has committed (or by the retry, if that was missed). */
    PENDING,
    SENT,
    /** The mail server refused or could not be reached; the reason is on the row. Not retried. */
    FAILED,
    /** The recipient has no e-mail address: the notification is in the portal only. */
    NONE,
    /** Held for the recipient's daily digest: one mail a day for every reminder of the day, not one each. */
    DIGEST
}
