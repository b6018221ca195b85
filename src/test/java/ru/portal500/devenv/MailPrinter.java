package ru.portal500.devenv;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** Prints every mail the catcher receives (recipient, subject, first link): the embedded run's "mailbox". */
final class MailPrinter extends Thread {

    private final MailCatcher mail;

    MailPrinter(MailCatcher mail) {
        super("mail-printer");
        setDaemon(true);
        this.mail = mail;
    }

    @Override
    public void run() {
        int printed = 0;
        while (!isInterrupted()) {
            List<MimeMessage> messages = mail.messages();
            for (MimeMessage message : messages.subList(printed, messages.size())) {
                print(message);
            }
            printed = messages.size();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void print(MimeMessage message) {
        try {
            System.out.println("✉ Письмо для " + Arrays.toString(message.getAllRecipients()) + ": «"
                    + message.getSubject() + "»\n   ссылка: "
                    + MailCatcher.firstLink(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)).orElse("—"));
        } catch (MessagingException e) {
            System.out.println("✉ Письмо не прочитано: " + e.getMessage());
        }
    }
}
