-- Retention (GDPR): a closed or refused request is kept as long as its procedure says, then purged by
-- RequestRetention. The purge removes the person (answers, contact, account, comments, attached files) but
-- keeps the row, its statuses and dates, so that the commune's statistics stay right.
ALTER TABLE procedure ADD COLUMN retention_days integer NOT NULL DEFAULT 365 CHECK (retention_days > 0);

-- Set once by the purge; a purged request is never purged again.
ALTER TABLE request ADD COLUMN purged_at timestamptz;
CREATE INDEX request_due_for_purge ON request (updated_at) WHERE purged_at IS NULL AND status IN ('CLOSE', 'REFUSEE');

-- The log of the purges: one row per run that removed something, with what it removed (counts only).
CREATE TABLE request_purge (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purged_at        timestamptz NOT NULL,
    requests         integer     NOT NULL CHECK (requests > 0),
    files            integer     NOT NULL CHECK (files >= 0),
    oldest_closed_at timestamptz NOT NULL
);
