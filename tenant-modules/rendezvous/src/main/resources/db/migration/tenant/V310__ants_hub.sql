-- The ANTS booking hub: which appointment types it may offer (the passport/ID-card deposit, not the collection
-- of a title), and the declarations to its anti-duplicate API waiting to be sent (written in the transaction of
-- the booking or the cancellation, sent after commit, retried until the API takes them).
ALTER TABLE appointment_type ADD COLUMN ants_published boolean NOT NULL DEFAULT false;
UPDATE appointment_type SET ants_published = true WHERE slug = 'passeport-cni';

CREATE TABLE ants_declaration (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action           varchar(10)  NOT NULL CHECK (action IN ('DECLARE', 'DELETE')),
    appointment_id   bigint       NOT NULL REFERENCES appointment (id),
    application_id   varchar(10)  NOT NULL,
    meeting_point    varchar(200) NOT NULL,
    meeting_point_id varchar(100) NOT NULL,
    -- Local time of the appointment as the API takes it: 'YYYY-MM-DD HH:MM:SS' in Europe/Paris.
    appointment_date varchar(19)  NOT NULL,
    management_url   varchar(500) NOT NULL,
    created_at       timestamptz  NOT NULL,
    next_attempt_at  timestamptz  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    last_error       text,
    sent_at          timestamptz
);
CREATE INDEX ants_declaration_due ON ants_declaration (next_attempt_at) WHERE sent_at IS NULL;
