-- A sample layer of municipal equipment, marked as such: each commune's town hall at its approximate
-- position, with a media library and a sports hall placed near it for demonstrations. Not authoritative data.
INSERT INTO layer (id, title, description, geometry_type, owner_tenant, audience, attribution) VALUES
    ('equipements', 'Équipements municipaux (exemple)',
     'Données d''exemple pour les démonstrations : mairies à leur position approximative, médiathèques et '
     || 'gymnases placés à proximité. À remplacer par les données des communes.',
     'Point', 'est-ensemble', 'PUBLIC', 'Ensemble — données d''exemple');

WITH town_hall (insee, commune, of_commune, lon, lat) AS (VALUES
    ('93006', 'Bagnolet', 'de Bagnolet', 2.4168, 48.8693),
    ('93008', 'Bobigny', 'de Bobigny', 2.4397, 48.9077),
    ('93010', 'Bondy', 'de Bondy', 2.4829, 48.9022),
    ('93045', 'Les Lilas', 'des Lilas', 2.4196, 48.8797),
    ('93048', 'Montreuil', 'de Montreuil', 2.4417, 48.8620),
    ('93053', 'Noisy-le-Sec', 'de Noisy-le-Sec', 2.4597, 48.8913),
    ('93055', 'Pantin', 'de Pantin', 2.4023, 48.8944),
    ('93061', 'Le Pré-Saint-Gervais', 'du Pré-Saint-Gervais', 2.4050, 48.8850),
    ('93063', 'Romainville', 'de Romainville', 2.4380, 48.8845)
), equipment (kind, name_prefix, dlon, dlat) AS (VALUES
    ('mairie', 'Hôtel de ville', 0.0, 0.0),
    ('mediatheque', 'Médiathèque', 0.0015, 0.0010),
    ('gymnase', 'Gymnase', -0.0008, 0.0012)
)
INSERT INTO feature (layer_id, properties, geom)
SELECT 'equipements',
       jsonb_build_object('nom', e.name_prefix || ' ' || t.of_commune, 'type', e.kind, 'commune', t.commune,
                          'insee', t.insee, 'exemple', true),
       public.ST_Transform(public.ST_SetSRID(public.ST_MakePoint(t.lon + e.dlon, t.lat + e.dlat), 4326), 2154)
FROM town_hall t CROSS JOIN equipment e;
