-- Extensions and helper functions the schema builds on.
--
-- Conventions for every table of this schema:
--   * ids are bigint identities; every timestamp is timestamptz (stored as UTC, the writers run in UTC);
--   * enumerated columns are lower-case text codes guarded by CHECK constraints rather than PostgreSQL
--     enum types: adding a value is then one ALTER ... CHECK in a migration instead of ALTER TYPE, which
--     cannot run inside a transaction on older servers;
--   * country codes are ISO 3166-1 alpha-2, upper case ("GB", never "UK").

-- pg_trgm (fuzzy / substring search) and unaccent (accent-insensitive search) are "trusted" extensions
-- since PostgreSQL 13: the database owner may create them without superuser rights, on managed
-- services too. Both ship with the embedded PostgreSQL used by the tests.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ${flyway:defaultSchema};
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA ${flyway:defaultSchema};

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index or a
-- generated column. This wrapper pins the dictionary and is declared IMMUTABLE, the usual practice;
-- rebuild the search indexes if the unaccent rules are ever edited. Fully qualified names keep it
-- independent of the caller's search_path.
CREATE FUNCTION search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT lower(${flyway:defaultSchema}.unaccent('${flyway:defaultSchema}.unaccent'::regdictionary, input))
$$;

COMMENT ON FUNCTION search_fold(text) IS
  'Lower-cases and strips accents for search: search_fold(''Galgo Español'') = ''galgo espanol''.';
