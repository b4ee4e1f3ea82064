-- The application's login role owns the database and the shared schema. It is NOINHERIT: it reads
-- a tenant's data only after SET ROLE to that tenant's role. PostGIS is created by the superuser.
-- Idempotent: run at every start of the local stack, and by docker-compose at first start.
SELECT 'CREATE ROLE ensemble LOGIN CREATEROLE NOINHERIT PASSWORD ''ensemble'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ensemble') \gexec
ALTER ROLE ensemble NOINHERIT;
SELECT 'CREATE DATABASE ensemble OWNER ensemble'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ensemble') \gexec
\connect ensemble
CREATE EXTENSION IF NOT EXISTS postgis;
-- Exclusion constraints that mix equality on a plain column with range overlap (no double booking of a desk).
CREATE EXTENSION IF NOT EXISTS btree_gist;
