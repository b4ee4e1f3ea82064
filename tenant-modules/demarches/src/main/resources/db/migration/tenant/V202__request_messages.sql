-- Messages about a request: between the instructing agents and the resident (each one e-mailed to the
-- resident when it comes from an agent), and internal notes that only the commune's agents read.
CREATE TABLE request_message (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id  bigint       NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    sent_at     timestamptz  NOT NULL,
    from_agent  boolean      NOT NULL,
    author      varchar(200) NOT NULL,
    body        text         NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    internal    boolean      NOT NULL,
    CHECK (from_agent OR NOT internal)
);
CREATE INDEX request_message_request ON request_message (request_id, sent_at);
