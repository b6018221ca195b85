package ru.portal500.notifications.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends one plain-text mail through the configured SMTP server (Jakarta Mail, Payara's Angus Mail), or,
 * with no server configured, writes it to the server log. Credentials, when set, go over STARTTLS only.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final String TIMEOUT_MS = "15000";

    @Inject
    MailSettings settings;

    /** A mail to one person: address, their name, subject and body (plain text). */
    public record Mail(String to, String toName, String subject, String body) {
    }

    /** Sends the mail; a refusal or an unreachable server is an exception with the reason. */
    public void send(Mail mail) throws MessagingException {
        if (settings.host().isEmpty()) {
            LOG.info(() -> "Mail (no SMTP server is configured, portal.smtp.host): to " + mail.to()
                    + "\nSubject: " + mail.subject() + "\n" + mail.body());
            return;
        }
        Session session = session();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, address(mail));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        // Readable in any mailbox and by the embedded run's mail printer (links stay links).
        message.setHeader("Content-Transfer-Encoding", "quoted-printable");
        message.setSentDate(Date.from(Instant.now()));
        Transport.send(message);
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        if (settings.user().isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        String user = settings.user().get();
        String password = settings.password();
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    private static InternetAddress address(Mail mail) throws MessagingException {
        try {
            InternetAddress address = new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name());
            address.validate();
            return address;
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 unsupported", e);
        }
    }
}
