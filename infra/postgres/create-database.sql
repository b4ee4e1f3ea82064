-- The application's login role owns the database; PostGIS is created once by the superuser.
-- Idempotent: run at every start of the local stack, and by docker-compose at first start.
SELECT 'CREATE ROLE ensemble LOGIN CREATEROLE PASSWORD ''ensemble'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ensemble') \gexec
SELECT 'CREATE DATABASE ensemble OWNER ensemble'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ensemble') \gexec
\connect ensemble
CREATE EXTENSION IF NOT EXISTS postgis;
