-- The shared GIS (module gis, shared migrations numbered from 100): the layer catalogue and the features of
-- the shared layers, stored in Lambert-93 (EPSG:2154). A layer's attributes are the properties of its features.
CREATE TABLE layer (
    id            varchar(63)  PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    title         varchar(200) NOT NULL,
    description   text,
    geometry_type varchar(30)  NOT NULL,
    owner_tenant  varchar(40)  NOT NULL REFERENCES tenant (slug),
    audience      varchar(20)  NOT NULL CHECK (audience IN ('PUBLIC', 'AGENTS', 'TERRITORY_AGENTS')),
    attribution   text,
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

INSERT INTO layer (id, title, description, geometry_type, owner_tenant, audience, attribution) VALUES
    ('communes', 'Communes d''Est Ensemble',
     'Les neuf communes du territoire (contours simplifiés, suffisants pour situer, pas pour le cadastre).',
     'MultiPolygon', 'est-ensemble', 'PUBLIC',
     'IGN / INSEE (jeu « france-geojson », contours simplifiés), Licence Ouverte Etalab');
