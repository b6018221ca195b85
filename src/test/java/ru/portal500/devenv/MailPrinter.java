package ru.portal500.devenv;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
        Unseen unseen = new Unseen();
        while (!isInterrupted()) {
            for (MimeMessage message : unseen.take(mail.messages())) {
                print(message);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A mail as the console shows it: to whom (names decoded, not MIME words), the subject, the first link. */
    static String line(MimeMessage message) throws MessagingException {
        String to = Arrays.stream(message.getAllRecipients())
                .map(a -> a instanceof InternetAddress internet && internet.getPersonal() != null
                        ? internet.getPersonal() + " <" + internet.getAddress() + ">" : a.toString())
                .collect(Collectors.joining(", "));
        return "✉ Письмо для " + to + ": «" + message.getSubject() + "»\n   ссылка: "
                + MailCatcher.firstLink(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)).orElse("—");
    }

    /**
     * The messages not taken yet, from the catcher's list of all messages. The catcher lists them mailbox by mailbox,
     * not in the order they came: a new mail to someone who had mail before sits among the old ones, so a count of
     * those printed would print an old one again and never the new one. Each message is known by its identity.
     */
    static final class Unseen {
        private final java.util.Set<MimeMessage> taken =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        List<MimeMessage> take(List<MimeMessage> all) {
            return all.stream().filter(taken::add).toList();
        }
    }

    private static void print(MimeMessage message) {
        try {
            System.out.println(line(message));
        } catch (MessagingException e) {
            System.out.println("✉ Письмо не прочитано: " + e.getMessage());
        }
    }
}
