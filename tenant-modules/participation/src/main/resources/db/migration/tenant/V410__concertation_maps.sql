-- Concertation maps: a campaign of kind CONCERTATION shows a map of the project area (west, south, east, north in
-- degrees; the commune's extent when absent) on which eligible residents drop comments (a point, one of the
-- categories the animateur defined, a text). Comments are published at once; an animateur may hide one afterwards
-- with a reason shown to its author.
ALTER TABLE campaign ADD COLUMN map_bounds double precision[]
    CHECK (map_bounds IS NULL OR (cardinality(map_bounds) = 4 AND map_bounds[1] < map_bounds[3]
                                  AND map_bounds[2] < map_bounds[4]));
ALTER TABLE campaign ADD COLUMN comment_categories text[] NOT NULL DEFAULT '{}';

CREATE TABLE map_comment (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id    bigint       NOT NULL REFERENCES campaign (id),
    author_subject varchar(64)  NOT NULL,
    author_name    varchar(250) NOT NULL,
    category       varchar(80)  NOT NULL,
    body           text         NOT NULL CHECK (length(body) BETWEEN 10 AND 1000),
    longitude      double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    latitude       double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    hidden_reason  text,
    created_at     timestamptz  NOT NULL
);
CREATE INDEX map_comment_campaign ON map_comment (campaign_id, created_at);
