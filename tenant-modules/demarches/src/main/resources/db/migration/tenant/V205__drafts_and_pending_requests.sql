-- A resident's unsent answers, saved as they type and resumed on their next visit (one draft per procedure),
-- and the requests filed without an account, waiting for their author to confirm their e-mail address.
CREATE TABLE request_draft (
    resident_subject varchar(64) NOT NULL,
    procedure_id     bigint      NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    form_number      integer     NOT NULL,
    answers          jsonb       NOT NULL,
    saved_at         timestamptz NOT NULL,
    PRIMARY KEY (resident_subject, procedure_id)
);
CREATE INDEX request_draft_age ON request_draft (saved_at);

-- Only the SHA-256 of the token sent by e-mail is kept: the table alone does not let anyone confirm.
CREATE TABLE pending_request (
    token_hash    char(64)     PRIMARY KEY,
    procedure_id  bigint       NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    contact_email varchar(254) NOT NULL,
    answers       jsonb        NOT NULL,
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    request_id    bigint       REFERENCES request (id) ON DELETE SET NULL
);
CREATE INDEX pending_request_expiry ON pending_request (expires_at) WHERE request_id IS NULL;
