-- The tenant registry: the nine communes of Est Ensemble and the territory (EPT) itself.
-- A tenant's slug names its schema (t_<slug>) and its database role (tenant_<slug>), '-' read as '_'.
CREATE TABLE tenant (
    slug       varchar(40)  PRIMARY KEY CHECK (slug ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    name       varchar(120) NOT NULL,
    insee_code varchar(5)   UNIQUE CHECK (insee_code ~ '^[0-9]{5}$'),
    kind       varchar(16)  NOT NULL CHECK (kind IN ('COMMUNE', 'TERRITORY')),
    -- PROVISIONING until its role, schema and migrations are in place; only ACTIVE tenants are served.
    status     varchar(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('PROVISIONING', 'ACTIVE')),
    created_at timestamptz  NOT NULL DEFAULT now(),
    CHECK ((kind = 'COMMUNE') = (insee_code IS NOT NULL))
);

INSERT INTO tenant (slug, name, insee_code, kind) VALUES
    ('bagnolet',             'Bagnolet',             '93006', 'COMMUNE'),
    ('bobigny',              'Bobigny',              '93008', 'COMMUNE'),
    ('bondy',                'Bondy',                '93010', 'COMMUNE'),
    ('les-lilas',            'Les Lilas',            '93045', 'COMMUNE'),
    ('montreuil',            'Montreuil',            '93048', 'COMMUNE'),
    ('noisy-le-sec',         'Noisy-le-Sec',         '93053', 'COMMUNE'),
    ('pantin',               'Pantin',               '93055', 'COMMUNE'),
    ('le-pre-saint-gervais', 'Le Pré-Saint-Gervais', '93061', 'COMMUNE'),
    ('romainville',          'Romainville',          '93063', 'COMMUNE'),
    ('est-ensemble',         'Est Ensemble',         NULL,    'TERRITORY');
