-- E-mails waiting to be sent, written in the same transaction as what they announce: a mail server outage
-- delays them, never loses them. Sent mails are kept (proof of notification) with their sending time.
CREATE TABLE outgoing_mail (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient       varchar(254) NOT NULL,
    subject         varchar(300) NOT NULL,
    body            text         NOT NULL,
    queued_at       timestamptz  NOT NULL DEFAULT now(),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    last_error      varchar(1000),
    sent_at         timestamptz
);
CREATE INDEX outgoing_mail_due ON outgoing_mail (next_attempt_at) WHERE sent_at IS NULL;
