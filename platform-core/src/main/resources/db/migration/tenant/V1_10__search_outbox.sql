-- Documents to (re)index in Elasticsearch, written in the same transaction as the change: a stopped
-- Elasticsearch delays the search, never loses a change. SearchDispatcher reads the document as it is in
-- PostgreSQL when it delivers, then deletes the row; a failed delivery stays with its attempts and error.
-- document_type '*' and document_id '*' ask for a whole reindex of the tenant (infra/tenant reindex).
CREATE TABLE search_outbox (
    id              bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_type   varchar(40)   NOT NULL,
    document_id     varchar(100)  NOT NULL,
    queued_at       timestamptz   NOT NULL DEFAULT now(),
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL DEFAULT now(),
    last_error      varchar(1000)
);
CREATE INDEX search_outbox_due ON search_outbox (next_attempt_at);

-- What existed before search did is indexed too.
INSERT INTO search_outbox (document_type, document_id) VALUES ('*', '*');
