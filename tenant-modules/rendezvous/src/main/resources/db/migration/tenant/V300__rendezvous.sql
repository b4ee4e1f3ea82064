-- Rendez-vous (module rendezvous, tenant migrations numbered from 300): the commune's places and their desks,
-- the appointment types each desk serves, weekly hours and exceptions per desk, and the appointments.
CREATE TABLE place (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug          varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    name          varchar(200) NOT NULL,
    address       varchar(300) NOT NULL,
    postal_code   varchar(5)   NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
    city          varchar(100) NOT NULL,
    longitude     double precision CHECK (longitude BETWEEN -180 AND 180),
    latitude      double precision CHECK (latitude BETWEEN -90 AND 90),
    accessibility text,
    phone         varchar(40),
    -- Published to the ANTS booking hub (getManagedMeetingPoints) when true.
    ants_published boolean     NOT NULL DEFAULT false
);

CREATE TABLE desk (
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    place_id   bigint       NOT NULL REFERENCES place (id),
    name       varchar(100) NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    -- The secret of the desk's private iCalendar feed: whoever holds the link reads the desk's planning.
    feed_token varchar(64)  NOT NULL UNIQUE,
    UNIQUE (place_id, name)
);

CREATE TABLE appointment_type (
    id                     bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                   varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    label                  varchar(200) NOT NULL,
    kind                   varchar(20)  NOT NULL CHECK (kind IN ('PASSEPORT_CNI', 'SANTE', 'AIDE_NUMERIQUE', 'AUTRE')),
    first_person_minutes   integer      NOT NULL CHECK (first_person_minutes BETWEEN 5 AND 240),
    extra_person_minutes   integer      NOT NULL CHECK (extra_person_minutes BETWEEN 0 AND 120),
    max_people             integer      NOT NULL CHECK (max_people BETWEEN 1 AND 5),
    minimum_notice_minutes integer      NOT NULL CHECK (minimum_notice_minutes >= 0),
    maximum_advance_days   integer      NOT NULL CHECK (maximum_advance_days BETWEEN 1 AND 366),
    documents              text,
    active                 boolean      NOT NULL DEFAULT true
);

CREATE TABLE desk_type (
    desk_id bigint NOT NULL REFERENCES desk (id) ON DELETE CASCADE,
    type_id bigint NOT NULL REFERENCES appointment_type (id) ON DELETE CASCADE,
    PRIMARY KEY (desk_id, type_id)
);

-- Weekly hours in the commune's local time (ISO day: 1 = Monday).
CREATE TABLE desk_hours (
    id          bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    desk_id     bigint   NOT NULL REFERENCES desk (id) ON DELETE CASCADE,
    day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    opens_at    time     NOT NULL,
    closes_at   time     NOT NULL,
    CHECK (opens_at < closes_at)
);
CREATE INDEX desk_hours_desk ON desk_hours (desk_id);

-- Closures and extra openings of one desk, in local time; two of one desk never overlap.
CREATE TABLE agenda_change (
    id        bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    desk_id   bigint       NOT NULL REFERENCES desk (id) ON DELETE CASCADE,
    starts_at timestamp    NOT NULL,
    ends_at   timestamp    NOT NULL,
    kind      varchar(10)  NOT NULL CHECK (kind IN ('CLOSURE', 'OPENING')),
    label     varchar(200) NOT NULL,
    CHECK (starts_at < ends_at),
    EXCLUDE USING gist (desk_id WITH =, tsrange(starts_at, ends_at) WITH &&)
);

-- An appointment, or a span an agent blocked. The exclusion constraint is what makes a double booking
-- impossible, whatever the number of people racing for a slot: two live rows of one desk never overlap.
CREATE TABLE appointment (
    id                      bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference               varchar(40)  NOT NULL UNIQUE,
    desk_id                 bigint       NOT NULL REFERENCES desk (id),
    type_id                 bigint       REFERENCES appointment_type (id),
    kind                    varchar(10)  NOT NULL CHECK (kind IN ('RDV', 'BLOCAGE')),
    starts_at               timestamptz  NOT NULL,
    ends_at                 timestamptz  NOT NULL,
    people                  smallint     CHECK (people BETWEEN 1 AND 5),
    status                  varchar(10)  NOT NULL CHECK (status IN ('RESERVE', 'ANNULE', 'HONORE', 'ABSENT')),
    resident_subject        varchar(64),
    contact_name            varchar(200),
    contact_email           varchar(254),
    contact_phone           varchar(40),
    pre_application_numbers varchar(10)[] NOT NULL DEFAULT '{}',
    note                    text,
    booked_by               varchar(200) NOT NULL,
    booked_at               timestamptz  NOT NULL,
    cancelled_at            timestamptz,
    cancelled_by            varchar(200),
    cancel_reason           text,
    reminded_at             timestamptz,
    CHECK (starts_at < ends_at),
    CHECK (kind = 'BLOCAGE' OR (type_id IS NOT NULL AND people IS NOT NULL AND contact_name IS NOT NULL
                                AND contact_email IS NOT NULL)),
    CONSTRAINT appointment_no_double_booking
        EXCLUDE USING gist (desk_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status <> 'ANNULE')
);
CREATE INDEX appointment_by_resident ON appointment (resident_subject, starts_at DESC);
CREATE INDEX appointment_by_start ON appointment (starts_at);
CREATE INDEX appointment_by_application_id ON appointment USING gin (pre_application_numbers);
