package ru.portal500.notifications.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Once the transaction that wrote notifications has committed — and only then — their e-mails are
 * handed to the server's managed executor, so that the request does not wait for the mail server.
 */
@ApplicationScoped
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailDelivery delivery;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsWritten written) {
        try {
            executor.execute(() -> written.ids().forEach(delivery::deliver));
        } catch (RejectedExecutionException e) {
            // The mails stay pending; the retry sends them.
            LOG.warning(() -> "Notification mails queued for the retry: " + e.getMessage());
        }
    }
}
