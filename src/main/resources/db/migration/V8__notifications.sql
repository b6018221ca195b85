-- Notifications: what the portal tells a person (in the portal, and by e-mail when they have an address).
-- The text is not stored: a message key and its arguments (a JSON array of strings) are, so that each
-- reader sees it in their language. The link is a path inside the portal. The e-mail's fate is kept
-- on the row: PENDING until sent after the commit, SENT, FAILED with the reason, or NONE (no address).
CREATE TABLE notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    recipient      VARCHAR(255)  NOT NULL,
    recipient_name VARCHAR(255)  NOT NULL,
    created_at     TIMESTAMP(3)  NOT NULL,
    message_key    VARCHAR(128)  NOT NULL,
    arguments      TEXT          NOT NULL,
    link           VARCHAR(500)  NOT NULL,
    read_at        TIMESTAMP(3)  NULL,
    mail_to        VARCHAR(320)  NULL,
    mail_state     VARCHAR(8)    NOT NULL,
    mail_error     VARCHAR(1000) NULL,
    mailed_at      TIMESTAMP(3)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_notification_mail_state CHECK (mail_state IN ('PENDING', 'SENT', 'FAILED', 'NONE')),
    CONSTRAINT ck_notification_mail_to CHECK (mail_state = 'NONE' OR mail_to IS NOT NULL),
    INDEX ix_notification_recipient (recipient, created_at),
    INDEX ix_notification_unread (recipient, read_at),
    INDEX ix_notification_mail (mail_state, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
