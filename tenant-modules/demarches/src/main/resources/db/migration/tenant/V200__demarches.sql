-- Mes Démarches (module demarches, tenant migrations numbered from 200): the commune's procedures, the
-- versions of their forms (a published version is never changed), the requests filed with one version,
-- the history of each request, and the counter behind the tracking numbers.
CREATE TABLE procedure (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug               varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    title              varchar(200) NOT NULL,
    category           varchar(30)  NOT NULL CHECK (category IN ('ETAT_CIVIL', 'FAMILLE_ECOLE', 'JEUNESSE',
                                        'URBANISME_CADRE_DE_VIE', 'VIE_ASSOCIATIVE', 'ELUS_CITOYENNETE', 'SERVICES')),
    summary            text         NOT NULL,
    required_documents text,
    expected_delay     varchar(120),
    channel            varchar(10)  NOT NULL CHECK (channel IN ('ONLINE', 'DESK', 'BOTH')),
    anonymous_allowed  boolean      NOT NULL DEFAULT false,
    published          boolean      NOT NULL DEFAULT true,
    requests_filed     bigint       NOT NULL DEFAULT 0
);

CREATE TABLE procedure_form (
    procedure_id bigint      NOT NULL REFERENCES procedure (id),
    number       integer     NOT NULL CHECK (number > 0),
    definition   jsonb       NOT NULL,
    published_at timestamptz,
    PRIMARY KEY (procedure_id, number)
);

-- A published version is immutable: the database refuses what the application should never try.
CREATE FUNCTION procedure_form_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.published_at IS NOT NULL THEN
        RAISE EXCEPTION 'a published form version is immutable (procedure %, version %)', OLD.procedure_id, OLD.number;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER procedure_form_immutable BEFORE UPDATE OR DELETE ON procedure_form
    FOR EACH ROW EXECUTE FUNCTION procedure_form_immutable();

CREATE TABLE request (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tracking_number  varchar(60)  NOT NULL UNIQUE,
    procedure_id     bigint       NOT NULL,
    form_number      integer      NOT NULL,
    resident_subject varchar(64),
    contact_email    varchar(254) NOT NULL,
    status           varchar(20)  NOT NULL CHECK (status IN ('RECUE', 'EN_COURS', 'EN_ATTENTE', 'ACCEPTEE', 'REFUSEE', 'CLOSE')),
    answers          jsonb        NOT NULL,
    idempotency_key  varchar(100) UNIQUE,
    submitted_at     timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    FOREIGN KEY (procedure_id, form_number) REFERENCES procedure_form (procedure_id, number)
);
CREATE INDEX request_inbox ON request (submitted_at DESC);
CREATE INDEX request_by_status ON request (status, submitted_at DESC);
CREATE INDEX request_by_resident ON request (resident_subject, submitted_at DESC);

CREATE TABLE request_event (
    id                  bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id          bigint       NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    occurred_at         timestamptz  NOT NULL,
    actor               varchar(200) NOT NULL,
    status              varchar(20)  NOT NULL,
    comment             text,
    visible_to_resident boolean      NOT NULL
);
CREATE INDEX request_event_request ON request_event (request_id, occurred_at);

-- One row per year: the next tracking number is taken with an atomic upsert.
CREATE TABLE tracking_counter (
    year       integer PRIMARY KEY,
    last_value integer NOT NULL
);
