-- The commune's own settings and branding: one row per tenant schema.
CREATE TABLE commune_settings (
    id            smallint     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    display_name  varchar(120) NOT NULL,
    primary_color varchar(7)   NOT NULL DEFAULT '#1d4e89' CHECK (primary_color ~ '^#[0-9a-f]{6}$'),
    accent_color  varchar(7)   NOT NULL DEFAULT '#c8102e' CHECK (accent_color ~ '^#[0-9a-f]{6}$'),
    logo_url      varchar(500),
    contact_email varchar(254),
    contact_phone varchar(30),
    postal_address varchar(300),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);
