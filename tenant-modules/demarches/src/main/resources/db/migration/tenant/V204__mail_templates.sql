-- The e-mails about requests as the commune words them: one row per kind of e-mail the commune changed
-- (the others use the platform's French defaults). Placeholders such as {numero} are filled at sending.
CREATE TABLE mail_template (
    kind       varchar(20)  PRIMARY KEY CHECK (kind IN ('RECEIPT', 'STATUS', 'MESSAGE', 'DOCUMENT', 'CONFIRM_EMAIL')),
    subject    varchar(200) NOT NULL CHECK (length(trim(subject)) > 0),
    body       text         NOT NULL CHECK (length(trim(body)) > 0),
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL
);
