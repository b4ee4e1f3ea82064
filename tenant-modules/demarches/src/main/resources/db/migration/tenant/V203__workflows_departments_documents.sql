-- Instruction as a commune configures it: a workflow per procedure (its statuses, which ones the resident
-- sees, which ones close the request, the moves allowed to which roles, with a comment or a document
-- required), the commune's departments (services) with the rules that route a new request to one of them,
-- the agent a request is assigned to, and the documents agents attach to a request.

-- NULL: the default workflow (received, in progress, waiting for the resident, accepted, refused, closed).
ALTER TABLE procedure ADD COLUMN workflow jsonb;

CREATE TABLE department (
    id   bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(120) NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

-- Rules are tried by position; the first whose procedure (if any) and field value (if any) match routes
-- the request. A request no rule matches waits in the inbox without a department.
CREATE TABLE routing_rule (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position      integer      NOT NULL,
    procedure_id  bigint       REFERENCES procedure (id) ON DELETE CASCADE,
    field_id      varchar(80),
    field_value   varchar(200),
    department_id bigint       NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    CHECK ((field_id IS NULL) = (field_value IS NULL)),
    CHECK (procedure_id IS NOT NULL OR field_id IS NOT NULL)
);
CREATE INDEX routing_rule_order ON routing_rule (position, id);

-- Status codes now come from the procedure's workflow; resident_status is the label the resident was last
-- given (an internal status leaves it as it was); closed_at is set when the request enters a closing status.
ALTER TABLE request DROP CONSTRAINT request_status_check;
ALTER TABLE request ALTER COLUMN status TYPE varchar(40);
ALTER TABLE request ADD CHECK (status ~ '^[A-Z][A-Z0-9_]*$');
ALTER TABLE request ADD COLUMN resident_status varchar(120);
ALTER TABLE request ADD COLUMN closed_at timestamptz;
ALTER TABLE request ADD COLUMN department_id bigint REFERENCES department (id) ON DELETE SET NULL;
ALTER TABLE request ADD COLUMN assignee varchar(200);
ALTER TABLE request ADD COLUMN version integer NOT NULL DEFAULT 0;
UPDATE request SET resident_status = CASE status
        WHEN 'RECUE' THEN 'Reçue' WHEN 'EN_COURS' THEN 'En cours d''instruction'
        WHEN 'EN_ATTENTE' THEN 'En attente d''un complément de votre part' WHEN 'ACCEPTEE' THEN 'Acceptée'
        WHEN 'REFUSEE' THEN 'Refusée' ELSE 'Close' END,
    closed_at = CASE WHEN status IN ('REFUSEE', 'CLOSE') THEN updated_at END;
ALTER TABLE request ALTER COLUMN resident_status SET NOT NULL;

DROP INDEX request_due_for_purge;
CREATE INDEX request_due_for_purge ON request (closed_at) WHERE purged_at IS NULL AND closed_at IS NOT NULL;
CREATE INDEX request_by_department ON request (department_id, submitted_at DESC);
CREATE INDEX request_by_assignee ON request (assignee, submitted_at DESC);

-- The history tells every action: filing, status moves, assignment, department changes, documents.
ALTER TABLE request_event ALTER COLUMN status TYPE varchar(40);
ALTER TABLE request_event ADD COLUMN action varchar(20) NOT NULL DEFAULT 'STATUS'
    CHECK (action IN ('FILED', 'STATUS', 'ASSIGNED', 'DEPARTMENT', 'DOCUMENT'));
UPDATE request_event e SET action = 'FILED'
    WHERE e.id = (SELECT min(id) FROM request_event f WHERE f.request_id = e.request_id);
ALTER TABLE request_event ALTER COLUMN action DROP DEFAULT;

-- Documents attached by agents (a decision, a certificate...), kept like the residents' files.
CREATE TABLE request_document (
    id                  bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id          bigint       NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    added_at            timestamptz  NOT NULL,
    author              varchar(200) NOT NULL,
    file_name           varchar(255) NOT NULL,
    content_type        varchar(100) NOT NULL,
    size_bytes          bigint       NOT NULL CHECK (size_bytes > 0),
    storage_key         uuid         NOT NULL UNIQUE,
    visible_to_resident boolean      NOT NULL
);
CREATE INDEX request_document_request ON request_document (request_id, added_at);
