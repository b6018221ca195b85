-- Issue 18, item 7: reminders sent once (before a due date, after it, and to the coordinator after N days), and the
-- daily digest that gathers a person's reminders into one mail. A notification's mail may now wait for the digest.
CREATE TABLE reminder_sent (
    reminder_key VARCHAR(190) NOT NULL,
    sent_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (reminder_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE notification DROP CONSTRAINT ck_notification_mail_state;
ALTER TABLE notification ADD CONSTRAINT ck_notification_mail_state
    CHECK (mail_state IN ('PENDING', 'SENT', 'FAILED', 'NONE', 'DIGEST'));
