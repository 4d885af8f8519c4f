-- What keeps the public catalog's facet counts and text search fast (functions/api).

-- Text search of the catalog: the API searches available, active dogs (the other statuses only when
-- asked, rarely). Partial indexes imply the catalog predicate, so a search is a bitmap OR of the two
-- indexes followed by a few heap rows, instead of AND-ing them with a whole catalog index to learn
-- which entries are available. They replace the whole-table indexes of V3 (only the API searches),
-- so writers maintain no more GIN entries than before, and fewer.
DROP INDEX dogs_search_document_idx;
DROP INDEX dogs_name_trgm_idx;
CREATE INDEX dogs_catalog_search_idx ON dogs USING gin (search_document)
  WHERE status = 'available' AND active;
CREATE INDEX dogs_catalog_name_trgm_idx ON dogs USING gin (search_fold(name) gin_trgm_ops)
  WHERE status = 'available' AND active;

-- Facet counts of the filter menus, summarized. Counting them from the dogs aggregates every
-- catalog entry (~40 ms for 32,000); the summary holds, per availability confidence, the count of
-- each facet value (facet, value) and of each pair of facet values (facet, value) x (by_facet,
-- by_value), which answers the default catalog and any single facet filter with a few hundred
-- rows. Only dogs of active organizations that are available and active are counted. Derived data,
-- so materialized views: not exported with the catalog, refreshed by refresh_catalog_facets().
--   facet, by_facet: size, age_category, sex, breed, breed_group, organization (id), location_country
--   (the effective country); by_facet '' = not conditioned; facet 'total' = every catalog dog.

-- Any statement that can change the counts takes a new catalog_version (statement-level triggers:
-- a sequence, so concurrent writers never wait on each other, and one call per statement, not per
-- row). The summary is current exactly when the version it was built at is still the last one
-- taken; readers that find it stale count from the dogs instead, so a summary that nobody
-- refreshes is slow, never wrong.
CREATE SEQUENCE catalog_version;

CREATE FUNCTION catalog_changed() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM nextval('catalog_version');
  RETURN NULL;
END
$$;

-- UPDATE OF the counted columns only: the weekly "seen again" updates leave the summary current.
CREATE TRIGGER dogs_catalog_changed
  AFTER INSERT OR DELETE OR UPDATE OF status, active, availability_confidence, organization_id,
    effective_country, location_country, standardized_size, age_category, sex, breed_slug,
    breed_group, primary_breed
  ON dogs FOR EACH STATEMENT EXECUTE FUNCTION catalog_changed();
CREATE TRIGGER dogs_catalog_truncated
  AFTER TRUNCATE ON dogs FOR EACH STATEMENT EXECUTE FUNCTION catalog_changed();
CREATE TRIGGER organizations_catalog_changed
  AFTER INSERT OR DELETE OR UPDATE OF active ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_changed();

-- Built below while no writer can interfere, so the version recorded covers these counts.
LOCK TABLE organizations, dogs IN SHARE MODE;

CREATE MATERIALIZED VIEW catalog_facet_counts AS
WITH grouped AS (
  SELECT d.availability_confidence AS confidence,
         GROUPING(d.standardized_size, d.age_category, d.sex, d.breed_slug, d.breed_group,
                  d.organization_id, d.effective_country) AS bits,
         ARRAY[d.standardized_size, d.age_category, d.sex, d.breed_slug, d.breed_group,
               d.organization_id::text, d.effective_country] AS vals,
         min(d.primary_breed) AS breed_label,
         count(*)::integer AS dogs
    FROM dogs d
    JOIN organizations o ON o.id = d.organization_id AND o.active
   WHERE d.status = 'available' AND d.active
   GROUP BY d.availability_confidence, GROUPING SETS (
     (),
     (d.standardized_size), (d.age_category), (d.sex), (d.breed_slug), (d.breed_group),
     (d.organization_id), (d.effective_country),
     (d.standardized_size, d.age_category), (d.standardized_size, d.sex),
     (d.standardized_size, d.breed_slug), (d.standardized_size, d.breed_group),
     (d.standardized_size, d.organization_id), (d.standardized_size, d.effective_country),
     (d.age_category, d.sex), (d.age_category, d.breed_slug), (d.age_category, d.breed_group),
     (d.age_category, d.organization_id), (d.age_category, d.effective_country),
     (d.sex, d.breed_slug), (d.sex, d.breed_group), (d.sex, d.organization_id),
     (d.sex, d.effective_country),
     (d.breed_slug, d.breed_group), (d.breed_slug, d.organization_id),
     (d.breed_slug, d.effective_country),
     (d.breed_group, d.organization_id), (d.breed_group, d.effective_country),
     (d.organization_id, d.effective_country))
),
names (position, facet) AS (
  VALUES (1, 'size'), (2, 'age_category'), (3, 'sex'), (4, 'breed'), (5, 'breed_group'),
         (6, 'organization'), (7, 'location_country')
),
-- GROUPING() has a clear bit for each column of the row's grouping set, the first column highest.
columns AS (
  SELECT g.*, n.position, n.facet
    FROM grouped g JOIN names n ON (g.bits >> (7 - n.position)) & 1 = 0
)
SELECT 'total' AS facet, '' AS value, '' AS by_facet, '' AS by_value,
       g.confidence AS availability_confidence, NULL::text AS label, g.dogs
  FROM grouped g
 WHERE g.bits = 127
UNION ALL
-- A value alone, and a pair seen from each side; NULL values match no filter and are no option.
-- label: the breed option's label, the smallest primary_breed of its dogs.
SELECT c.facet, c.vals[c.position], coalesce(other.facet, ''),
       coalesce(other.vals[other.position], ''), c.confidence,
       CASE WHEN c.facet = 'breed' THEN c.breed_label END, c.dogs
  FROM columns c
  LEFT JOIN columns other
    ON other.bits = c.bits AND other.confidence = c.confidence AND other.vals = c.vals
   AND other.position <> c.position
 WHERE c.vals[c.position] IS NOT NULL
   AND (other.position IS NULL OR other.vals[other.position] IS NOT NULL);

-- What readers look up; unique, as REFRESH ... CONCURRENTLY (readers never wait) requires.
CREATE UNIQUE INDEX catalog_facet_counts_key
  ON catalog_facet_counts (facet, by_facet, by_value, availability_confidence, value);

-- The catalog_version the summary was built at (taken while writers are held off).
CREATE MATERIALIZED VIEW catalog_facet_state AS
  SELECT nextval('catalog_version') AS version, now() AS refreshed_at;
CREATE UNIQUE INDEX catalog_facet_state_key ON catalog_facet_state (version);

-- Rebuilds the summary (under a second for 50,000 dogs). Call it in its own READ COMMITTED transaction
-- after the catalog changed (after each ingest commits): SELECT refresh_catalog_facets();
-- It waits for transactions that are writing dogs or organizations to finish (at most 10 s, else
-- it fails and the summary stays stale) and holds off new writers until it commits, so the
-- version it records covers exactly the rows it counted. Readers are never blocked.
CREATE FUNCTION refresh_catalog_facets() RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'refresh_catalog_facets() needs READ COMMITTED, not %',
      current_setting('transaction_isolation');
  END IF;
  PERFORM set_config('lock_timeout', '10s', true);
  LOCK TABLE organizations, dogs IN SHARE MODE;
  REFRESH MATERIALIZED VIEW CONCURRENTLY catalog_facet_counts;
  REFRESH MATERIALIZED VIEW CONCURRENTLY catalog_facet_state;
END
$$;

COMMENT ON MATERIALIZED VIEW catalog_facet_counts IS
  'Facet counts of the public catalog by value and by pair of values; current while '
  'catalog_facet_state.version is the last catalog_version. Rebuilt by refresh_catalog_facets().';
