-- Participation (module participation, tenant migrations numbered from 400): campaigns with their phases and
-- the options put to the vote; the participation register (who took part) and the ballots (what was chosen),
-- kept apart: no shared key, no sequence, no timestamp finer than the day (see the README, "Secret du vote").
CREATE TABLE campaign (
    id                       bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                     varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    kind                     varchar(20)  NOT NULL CHECK (kind IN ('BUDGET', 'VOTE', 'QUESTIONS', 'CONSULTATION',
                                                                   'CONCERTATION')),
    title                    varchar(200) NOT NULL,
    description              text         NOT NULL,
    ballot_rule              varchar(20)  CHECK (ballot_rule IN ('APPROVAL', 'BUDGET', 'SINGLE')),
    max_choices              integer      CHECK (max_choices > 0),
    envelope_cents           bigint       CHECK (envelope_cents > 0),
    minimum_age              integer      NOT NULL DEFAULT 0 CHECK (minimum_age BETWEEN 0 AND 120),
    confirmed_residence_only boolean      NOT NULL DEFAULT false,
    published                boolean      NOT NULL DEFAULT false,
    created_by               varchar(200) NOT NULL,
    created_at               timestamptz  NOT NULL,
    CHECK (ballot_rule <> 'APPROVAL' OR max_choices IS NOT NULL),
    CHECK (ballot_rule <> 'BUDGET' OR envelope_cents IS NOT NULL)
);

-- Phases by calendar day in Paris time, both ends included.
CREATE TABLE campaign_phase (
    campaign_id bigint      NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    phase       varchar(20) NOT NULL CHECK (phase IN ('SUBMISSION', 'FEASIBILITY', 'VOTE', 'RESULTS', 'FOLLOW_UP')),
    starts_on   date        NOT NULL,
    ends_on     date        NOT NULL CHECK (ends_on >= starts_on),
    PRIMARY KEY (campaign_id, phase)
);

CREATE TABLE ballot_option (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id bigint       NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    title       varchar(200) NOT NULL,
    description text,
    cost_cents  bigint       CHECK (cost_cents > 0),
    image_url   varchar(500),
    UNIQUE (campaign_id, position)
);

-- Who took part: one row per voter and campaign, enforced here whatever the application does. The voter is the
-- account's subject, or "papier:<identity>" for a paper voter without an account; identity_hash (names and birth
-- date) keeps one person from voting both online and on paper.
CREATE TABLE participation (
    campaign_id      bigint       NOT NULL REFERENCES campaign (id),
    voter            varchar(100) NOT NULL,
    identity_hash    char(64),
    channel          varchar(10)  NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
    voted_on         date         NOT NULL,
    idempotency_hash char(64),
    PRIMARY KEY (campaign_id, voter),
    UNIQUE (campaign_id, identity_hash)
);

-- What was chosen: a random id, the day only, the choices, and the hash of the receipt code that lets its
-- holder check the ballot is counted. Nothing here names or orders the voter.
CREATE TABLE ballot (
    id           uuid        PRIMARY KEY,
    campaign_id  bigint      NOT NULL REFERENCES campaign (id),
    channel      varchar(10) NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
    cast_on      date        NOT NULL,
    receipt_hash char(64)    NOT NULL UNIQUE,
    choices      bigint[]    NOT NULL CHECK (cardinality(choices) > 0)
);
CREATE INDEX ballot_campaign ON ballot (campaign_id);
