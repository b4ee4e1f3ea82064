-- Every tenant role is a member of ensemble_tenants, which holds what all tenants may do on the
-- shared schema: read the tenant registry, nothing more until a module needs it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ensemble_tenants') THEN
        CREATE ROLE ensemble_tenants NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA territoire TO ensemble_tenants;
GRANT SELECT ON tenant TO ensemble_tenants;
