-- Consultations: a questionnaire (single choice, multiple choice, free text, 1-5 scale, ranking) answered once per
-- resident, or once per browser when the campaign takes anonymous answers. A response keeps no account: only a
-- hash of who answered, to refuse a second response, and the day.
ALTER TABLE campaign ADD COLUMN anonymous_responses boolean NOT NULL DEFAULT false;

CREATE TABLE consultation_question (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id bigint      NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position    integer     NOT NULL,
    kind        varchar(20) NOT NULL CHECK (kind IN ('SINGLE', 'MULTIPLE', 'TEXT', 'SCALE', 'RANKING')),
    label       text        NOT NULL,
    choices     text[]      NOT NULL DEFAULT '{}',
    required    boolean     NOT NULL DEFAULT true,
    UNIQUE (campaign_id, position)
);

CREATE TABLE consultation_response (
    id             uuid        PRIMARY KEY,
    campaign_id    bigint      NOT NULL REFERENCES campaign (id),
    respondent     char(64)    NOT NULL,
    answers        jsonb       NOT NULL,
    answered_on    date        NOT NULL,
    UNIQUE (campaign_id, respondent)
);
