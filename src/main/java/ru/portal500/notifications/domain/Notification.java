package ru.portal500.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing the portal tells one person: a message key of the bundle with its arguments (rendered in
 * the reader's language), a link inside the portal, whether they have read it, and what became of its
 * e-mail. Only its recipient ever sees it.
 */
@Entity
@Table(name = "notification")
public class Notification {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,127}");
    /** A path of this portal: one leading slash, no scheme or host, nothing that could leave the site. */
    private static final Pattern INTERNAL_LINK = Pattern.compile("/(?![/\\\\])[^\\s\\\\]{0,499}");
    private static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "recipient_name", nullable = false, updatable = false)
    private String recipientName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Convert(converter = MessageArgumentsConverter.class)
    @Column(nullable = false, updatable = false)
    private List<String> arguments;

    @Column(nullable = false, updatable = false)
    private String link;

    @Convert(converter = InstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mail_to", updatable = false)
    private String mailTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false)
    private MailState mailState;

    @Column(name = "mail_error")
    private String mailError;

    @Convert(converter = InstantConverter.class)
    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Version
    private long version;

    protected Notification() {
    }

    /**
     * A new, unread notification; its mail is pending when the recipient has an address.
     * {@code link}: a path inside the portal such as {@code /app/school.xhtml?id=12}.
     */
    public Notification(Recipient recipient, String messageKey, List<String> arguments, String link,
                        Instant createdAt) {
        Objects.requireNonNull(recipient, "recipient");
        if (messageKey == null || !KEY.matcher(messageKey).matches()) {
            throw new IllegalArgumentException("Not a message key: " + messageKey);
        }
        if (link == null || !INTERNAL_LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("Not a path inside the portal: " + link);
        }
        Objects.requireNonNull(arguments, "arguments").forEach(a -> Objects.requireNonNull(a, "argument"));
        this.recipient = recipient.username();
        this.recipientName = recipient.fullName();
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
        this.link = link;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.mailTo = recipient.email();
        this.mailState = recipient.hasEmail() ? MailState.PENDING : MailState.NONE;
    }

    /** The recipient has opened it; the first time counts. True when it was unread until now. */
    public boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = Objects.requireNonNull(at, "at");
        return true;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Its mail waits for the recipient's daily digest instead of going out alone (a reminder). */
    public void holdForDigest() {
        if (mailState == MailState.PENDING) {
            mailState = MailState.DIGEST;
        }
    }

    /** The mail went out (to the SMTP server, or to the log where none is configured). */
    public void mailSent(Instant at) {
        requirePending();
        mailState = MailState.SENT;
        mailedAt = Objects.requireNonNull(at, "at");
        mailError = null;
    }

    /** The mail could not be sent; the reason is kept (clipped) for the operator. */
    public void mailFailed(String reason, Instant at) {
        requirePending();
        mailState = MailState.FAILED;
        mailedAt = Objects.requireNonNull(at, "at");
        String why = reason == null || reason.isBlank() ? "unknown" : reason.strip();
        mailError = why.length() > MAX_ERROR ? why.substring(0, MAX_ERROR) : why;
    }

    private void requirePending() {
        if (mailState != MailState.PENDING && mailState != MailState.DIGEST) {
            throw new IllegalStateException("The mail of notification " + id + " is " + mailState + ", not pending");
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments;
    }

    public String getLink() {
        return link;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getMailTo() {
        return mailTo;
    }

    public MailState getMailState() {
        return mailState;
    }

    public String getMailError() {
        return mailError;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }
}
