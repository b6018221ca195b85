package ru.portal500.devenv;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run's console prints every mail once, in the order it came, to whomever it went. */
class MailPrinterTest {

    @Test
    void aNewMailToSomeoneWhoHadMailIsPrintedOnceAndNothingOlderAgain() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (MailCatcher mail = MailCatcher.start(port)) {
            ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            MailPrinter.Unseen unseen = new MailPrinter.Unseen();
            List<String> printed = new ArrayList<>();

            GreenMailUtil.sendTextEmail("school@demo.portal500.ru", "portal@demo", "первое", "текст", smtp);
            GreenMailUtil.sendTextEmail("curator@demo.portal500.ru", "portal@demo", "второе", "текст", smtp);
            unseen.take(mail.messages()).forEach(m -> printed.add(MailCatcher.subject(m)));
            // The catcher lists mails mailbox by mailbox: this one comes before the curator's in its list.
            GreenMailUtil.sendTextEmail("school@demo.portal500.ru", "portal@demo", "третье", "текст", smtp);
            unseen.take(mail.messages()).forEach(m -> printed.add(MailCatcher.subject(m)));
            List<MimeMessage> none = unseen.take(mail.messages());

            assertEquals(List.of("первое", "второе", "третье"), printed);
            assertEquals(List.of(), none, "nothing is printed twice");
        }
    }

    @Test
    void aRecipientIsPrintedByName() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
        message.setRecipient(Message.RecipientType.TO,
                new InternetAddress("school@demo.portal500.ru", "Иван Директоров", "UTF-8"));
        message.setSubject("Документ возвращён", "UTF-8");
        message.setText("Откройте http://localhost:8080/app/document.xhtml?id=6", "UTF-8");
        message.saveChanges();

        String line = MailPrinter.line(message);

        assertTrue(line.startsWith("✉ Письмо для Иван Директоров <school@demo.portal500.ru>: «Документ возвращён»"),
                line);
    }
}
