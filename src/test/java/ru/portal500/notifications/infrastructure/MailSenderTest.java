package ru.portal500.notifications.infrastructure;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.portal500.devenv.MailCatcher;
import ru.portal500.notifications.infrastructure.MailSender.Mail;

import java.net.ServerSocket;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mail sender against a real SMTP server on loopback (GreenMail), and against none. */
class MailSenderTest {

    private static final Mail MAIL = new Mail("director@demo.portal500.ru", "Пётр Завучев",
            "Портал 500+: Вас назначили куратором школы «СОШ № 1» в кампании 2025/26",
            "Здравствуйте, Пётр Завучев!\n\nОткрыть в портале: http://localhost:8080/app/school.xhtml?id=12\n");

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private static MailSender sender(String host, int port) {
        MailSettings settings = new MailSettings();
        settings.host = Optional.ofNullable(host);
        settings.port = port;
        settings.user = Optional.empty();
        settings.password = Optional.empty();
        settings.from = "portal500@localhost";
        MailSender sender = new MailSender();
        sender.settings = settings;
        return sender;
    }

    @Test
    void aMailArrivesInRussianWithItsLinkReadable() throws Exception {
        sender("127.0.0.1", smtp.getSmtp().getPort()).send(MAIL);
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals(MAIL.subject(), received.getSubject());
        InternetAddress to = (InternetAddress) received.getAllRecipients()[0];
        assertEquals("director@demo.portal500.ru", to.getAddress());
        assertEquals("Пётр Завучев", to.getPersonal());
        assertEquals(MAIL.body().strip(), MailCatcher.text(received).replace("\r\n", "\n").strip());
        assertEquals(Optional.of("http://localhost:8080/app/school.xhtml?id=12"),
                MailCatcher.firstLink(GreenMailUtil.getBody(received)), "quoted-printable, not base64");
    }

    @Test
    void anUnreachableServerIsAFailureWithItsReason() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        MailSender sender = sender("127.0.0.1", closed);
        MessagingException failure = assertThrows(MessagingException.class, () -> sender.send(MAIL));
        assertTrue(failure.getMessage().contains("connect"), failure.getMessage());
        assertThrows(MessagingException.class, () -> sender("127.0.0.1", smtp.getSmtp().getPort())
                .send(new Mail("not an address", "X", "s", "b")));
    }

    @Test
    void withoutAServerTheMailGoesToTheLog() {
        assertDoesNotThrow(() -> sender("  ", 25).send(MAIL));
        assertEquals(0, smtp.getReceivedMessages().length);
    }
}
