-- Residents' profiles, shared by every commune: one account for the whole territory.
-- Keyed by the Keycloak subject; names and e-mail are copied from the identity token at each login.
CREATE TABLE resident_profile (
    subject             varchar(64)  PRIMARY KEY,
    given_name          varchar(120),
    family_name         varchar(120),
    email               varchar(254),
    birth_date          date,
    street_address      varchar(300),
    postal_code         varchar(5)   CHECK (postal_code ~ '^[0-9]{5}$'),
    city                varchar(120),
    phone               varchar(30),
    residence_commune   varchar(40)  REFERENCES tenant (slug) ON DELETE SET NULL,
    residence_confirmed boolean      NOT NULL DEFAULT false,
    contact_by_email    boolean      NOT NULL DEFAULT true,
    contact_by_sms      boolean      NOT NULL DEFAULT false,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now()
);

-- Every consent given or withdrawn, with the wording shown at that moment: the latest row per purpose
-- is the current choice, the others are its proof.
CREATE TABLE resident_consent (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject     varchar(64)  NOT NULL REFERENCES resident_profile (subject) ON DELETE CASCADE,
    purpose     varchar(80)  NOT NULL,
    wording     text         NOT NULL,
    granted     boolean      NOT NULL,
    recorded_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX resident_consent_subject ON resident_consent (subject, purpose, recorded_at DESC);
