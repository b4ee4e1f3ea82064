-- A layer's style (what the maps draw), its attribute schema (name, type and French label of each property,
-- in display order) and the log of every import into a shared layer.
ALTER TABLE layer
    ADD COLUMN colour      varchar(7)  NOT NULL DEFAULT '#1d4f91' CHECK (colour ~ '^#[0-9a-f]{6}$'),
    ADD COLUMN icon        varchar(40),
    ADD COLUMN label_field varchar(63),
    ADD COLUMN attributes  jsonb       NOT NULL DEFAULT '[]';

UPDATE layer SET colour = '#5a6b7d', label_field = 'nom',
                 attributes = '[{"name": "nom", "type": "texte", "label": "Commune"},
                                {"name": "insee", "type": "texte", "label": "Code INSEE"}]'
WHERE id = 'communes';
UPDATE layer SET colour = '#c0392b', icon = 'mairie', label_field = 'nom',
                 attributes = '[{"name": "nom", "type": "texte", "label": "Nom"},
                                {"name": "type", "type": "texte", "label": "Type"},
                                {"name": "commune", "type": "texte", "label": "Commune"},
                                {"name": "insee", "type": "texte", "label": "Code INSEE"},
                                {"name": "exemple", "type": "booléen", "label": "Donnée d''exemple"}]'
WHERE id = 'equipements';

CREATE TABLE layer_import (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    layer_id     varchar(63)  NOT NULL REFERENCES layer (id) ON DELETE CASCADE,
    imported_by  varchar(200) NOT NULL,
    imported_at  timestamptz  NOT NULL DEFAULT now(),
    source_name  varchar(255) NOT NULL,
    format       varchar(20)  NOT NULL,
    mode         varchar(10)  NOT NULL CHECK (mode IN ('REPLACE', 'APPEND')),
    added        integer      NOT NULL,
    removed      integer      NOT NULL,
    repaired     integer      NOT NULL,
    skipped      integer      NOT NULL
);
CREATE INDEX layer_import_layer ON layer_import (layer_id, imported_at DESC);
