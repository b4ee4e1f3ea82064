-- Droit d'interpellation: residents ask a question for a council session (a campaign of kind QUESTIONS whose
-- submission phase ends at the deadline); agents select the one(s) asked live and publish an answer to the others.
CREATE TABLE council_question (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id    bigint       NOT NULL REFERENCES campaign (id),
    author_subject varchar(64)  NOT NULL,
    author_name    varchar(250) NOT NULL,
    question       text         NOT NULL CHECK (length(question) BETWEEN 10 AND 3000),
    status         varchar(20)  NOT NULL CHECK (status IN ('SUBMITTED', 'SELECTED', 'ANSWERED')),
    answer         text,
    submitted_at   timestamptz  NOT NULL,
    answered_at    timestamptz,
    CHECK (status <> 'ANSWERED' OR answer IS NOT NULL)
);
CREATE INDEX council_question_campaign ON council_question (campaign_id, submitted_at);
