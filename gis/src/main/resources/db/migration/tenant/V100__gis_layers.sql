-- A commune's own layers (module gis, tenant migrations numbered from 100): the same shape as the shared
-- layers of the territoire schema, administered by the commune's agents. Geometries in Lambert-93.
CREATE TABLE layer (
    id            varchar(63)  PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    title         varchar(200) NOT NULL,
    description   text,
    geometry_type varchar(30)  NOT NULL,
    audience      varchar(20)  NOT NULL CHECK (audience IN ('PUBLIC', 'AGENTS', 'TERRITORY_AGENTS')),
    attribution   text,
    colour        varchar(7)   NOT NULL DEFAULT '#1d4f91' CHECK (colour ~ '^#[0-9a-f]{6}$'),
    icon          varchar(40),
    label_field   varchar(63),
    attributes    jsonb        NOT NULL DEFAULT '[]',
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE feature (
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    layer_id   varchar(63)  NOT NULL REFERENCES layer (id) ON DELETE CASCADE,
    properties jsonb        NOT NULL DEFAULT '{}',
    geom       public.geometry(Geometry, 2154) NOT NULL CHECK (public.ST_IsValid(geom))
);
CREATE INDEX feature_layer ON feature (layer_id, id);
CREATE INDEX feature_geom ON feature USING gist (geom);

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
