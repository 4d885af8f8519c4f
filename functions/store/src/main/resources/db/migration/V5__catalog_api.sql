-- What the public catalog API (functions/api) needs beyond the catalog indexes of V3.

-- Counts of the catalog: the list's total, the facet counts of the filter menus, the statistics and
-- the organizations' live counts all count dogs of the default catalog (available, active,
-- availability confidence high or medium) by a few short columns. With those columns in one
-- partial index, PostgreSQL counts with an index-only scan instead of reading the table.
CREATE INDEX dogs_catalog_counts_idx
  ON dogs (availability_confidence, organization_id)
  INCLUDE (standardized_size, age_category, sex, breed_group, breed_type, breed_slug, primary_breed,
           location_country, created_at)
  WHERE status = 'available' AND active;

-- Compatibility answers the API reads from dogs.properties (keys written by the scrapers):
--   good_with_dogs, good_with_cats, good_with_children = "yes" | "no" (any case) or true | false;
--   any other value (e.g. "older children only") or no key reads as "unknown".
COMMENT ON COLUMN dogs.properties IS
  'Free-form scraped data. The API reads good_with_dogs / good_with_cats / good_with_children'
  ' ("yes"/"no" in any case, or JSON true/false; anything else is unknown) and nothing else.';
