package ru.portal500.devenv;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> link = messages().stream().filter(m -> isTo(m, recipient))
                    .map(m -> firstLink(GreenMailUtil.getBody(m))).flatMap(Optional::stream).findFirst();
            if (link.isPresent()) {
                return link.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No mail to " + recipient + " within " + timeout);
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
