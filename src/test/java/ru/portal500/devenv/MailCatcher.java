package ru.portal500.devenv;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SMTP server on loopback that keeps every mail (GreenMail): Keycloak's invitation and
 * password mails of the embedded run and the tests land here instead of in real mailboxes.
 */
public final class MailCatcher implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    private final GreenMail server;

    private MailCatcher(GreenMail server) {
        this.server = server;
    }

    public static MailCatcher start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new MailCatcher(server);
    }

    public List<MimeMessage> messages() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Waits for a mail to the address and returns the first link in it (e.g. Keycloak's action link). */
    public String awaitLink(String recipient, Duration timeout) {
        return await(recipient, timeout, m -> firstLink(GreenMailUtil.getBody(m)));
    }

    /** Waits for a mail to the address whose subject contains the words; returns it. */
    public MimeMessage awaitMessage(String recipient, String subjectWords, Duration timeout) {
        return await(recipient, timeout, m -> Optional.of(m).filter(found -> subject(found).contains(subjectWords)));
    }

    /** The subject, decoded (RFC 2047). */
    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a plain-text mail, decoded from its transfer encoding and charset. */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the mails caught (Awaitility, as the tests' {@code it.Await}) until one to the address is wanted. */
    private <T> T await(String recipient, Duration timeout, Function<MimeMessage, Optional<T>> wanted) {
        return Awaitility.await("a mail to " + recipient).atMost(timeout).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> messages().stream().filter(m -> isTo(m, recipient))
                        .map(wanted).flatMap(Optional::stream).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** The first link of a mail body, with quoted-printable soft line breaks and entities undone. */
    public static Optional<String> firstLink(String body) {
        String plain = body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=").replace("&amp;", "&");
        Matcher matcher = LINK.matcher(plain);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
