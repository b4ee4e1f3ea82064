-- Participatory budget: the projects residents submit, their moderation, feasibility study and selection for the
-- vote (a selected project becomes a ballot option), their images, and the follow-up of winning projects.
CREATE TABLE project (
    id                   bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id          bigint       NOT NULL REFERENCES campaign (id),
    title                varchar(200) NOT NULL,
    description          text         NOT NULL,
    category             varchar(40)  NOT NULL,
    estimated_cost_cents bigint       NOT NULL CHECK (estimated_cost_cents > 0),
    longitude            double precision,
    latitude             double precision,
    author_subject       varchar(64)  NOT NULL,
    author_name          varchar(250) NOT NULL,
    co_authors           varchar(500),
    status               varchar(20)  NOT NULL CHECK (status IN ('SUBMITTED', 'HIDDEN', 'FEASIBLE', 'NOT_FEASIBLE',
                                                                 'SELECTED')),
    status_reason        text,
    studied_cost_cents   bigint       CHECK (studied_cost_cents > 0),
    option_id            bigint       UNIQUE REFERENCES ballot_option (id),
    submitted_at         timestamptz  NOT NULL,
    CHECK ((longitude IS NULL) = (latitude IS NULL)),
    CHECK (status NOT IN ('HIDDEN', 'NOT_FEASIBLE') OR status_reason IS NOT NULL)
);
CREATE INDEX project_campaign ON project (campaign_id, submitted_at);

CREATE TABLE project_image (
    project_id   bigint      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position     integer     NOT NULL CHECK (position BETWEEN 1 AND 3),
    content_type varchar(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    data         bytea       NOT NULL,
    PRIMARY KEY (project_id, position)
);

-- Follow-up of a winning option: where it stands, with its committee and milestones, for everyone to see.
CREATE TABLE option_follow_up (
    option_id  bigint       PRIMARY KEY REFERENCES ballot_option (id) ON DELETE CASCADE,
    status     varchar(200) NOT NULL,
    progress   integer      NOT NULL CHECK (progress BETWEEN 0 AND 100),
    committee  varchar(1000),
    updated_at timestamptz  NOT NULL
);

CREATE TABLE option_milestone (
    id        bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    option_id bigint       NOT NULL REFERENCES ballot_option (id) ON DELETE CASCADE,
    title     varchar(200) NOT NULL,
    due_on    date         NOT NULL,
    done      boolean      NOT NULL DEFAULT false
);
CREATE INDEX option_milestone_option ON option_milestone (option_id, due_on);
