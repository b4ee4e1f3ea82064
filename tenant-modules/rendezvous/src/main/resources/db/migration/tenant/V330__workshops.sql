-- Workshops (ateliers): collective sessions of a place with a number of seats, e.g. the monthly youth-health
-- workshop or a digital-help session. Residents register for one or more people; when the seats are gone they
-- wait in line, and a cancellation gives the freed seats to the first waiting people who fit.
CREATE TABLE workshop (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       varchar(200) NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('PASSEPORT_CNI', 'SANTE', 'AIDE_NUMERIQUE', 'AUTRE')),
    place_id    bigint       NOT NULL REFERENCES place (id),
    starts_at   timestamptz  NOT NULL,
    ends_at     timestamptz  NOT NULL,
    capacity    integer      NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    -- The seats of registered people, changed with the registrations under this row's lock; the CHECK below is
    -- the database's own guarantee that a workshop never holds more people than its capacity.
    seats_taken integer      NOT NULL DEFAULT 0,
    description text,
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    CHECK (starts_at < ends_at),
    CONSTRAINT workshop_within_capacity CHECK (seats_taken BETWEEN 0 AND capacity)
);
CREATE INDEX workshop_by_start ON workshop (starts_at);

CREATE TABLE workshop_registration (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference        varchar(40)  NOT NULL UNIQUE,
    workshop_id      bigint       NOT NULL REFERENCES workshop (id),
    people           smallint     NOT NULL CHECK (people BETWEEN 1 AND 5),
    status           varchar(10)  NOT NULL CHECK (status IN ('INSCRIT', 'ATTENTE', 'ANNULE')),
    resident_subject varchar(64),
    contact_name     varchar(200) NOT NULL,
    contact_email    varchar(254) NOT NULL,
    contact_phone    varchar(40),
    registered_at    timestamptz  NOT NULL,
    promoted_at      timestamptz,
    cancelled_at     timestamptz
);
-- One live registration per resident and workshop.
CREATE UNIQUE INDEX workshop_registration_once ON workshop_registration (workshop_id, resident_subject)
    WHERE status <> 'ANNULE';
CREATE INDEX workshop_registration_by_resident ON workshop_registration (resident_subject);
CREATE INDEX workshop_registration_waiting ON workshop_registration (workshop_id, registered_at, id)
    WHERE status = 'ATTENTE';
