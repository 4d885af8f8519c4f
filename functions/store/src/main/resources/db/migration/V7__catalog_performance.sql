-- What keeps the public catalog's organization-level filters on the dogs indexes (functions/api).

-- The country a dog is in: its own location when the site says, else its organization's country.
-- The catalog filters, counts and shows it for every dog. Computed from two tables it could only be
-- filtered after joining every candidate dog to its organization; kept on the dog, it is indexed.
-- Writers never set it: the triggers below keep it true when either side changes.
ALTER TABLE dogs ADD COLUMN effective_country text;

COMMENT ON COLUMN dogs.effective_country IS
  'coalesce(location_country, organizations.country), kept by triggers; the catalog''s location_country.';

CREATE FUNCTION dogs_set_effective_country() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  NEW.effective_country := coalesce(
    NEW.location_country,
    (SELECT o.country FROM organizations o WHERE o.id = NEW.organization_id));
  RETURN NEW;
END
$$;

-- Only when one of its inputs is written: the weekly "seen again" updates stay HOT.
CREATE TRIGGER dogs_set_effective_country
  BEFORE INSERT OR UPDATE OF location_country, organization_id, effective_country ON dogs
  FOR EACH ROW EXECUTE FUNCTION dogs_set_effective_country();

CREATE FUNCTION organizations_propagate_country() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE dogs SET effective_country = NEW.country
   WHERE organization_id = NEW.id AND location_country IS NULL;
  RETURN NULL;
END
$$;

CREATE TRIGGER organizations_propagate_country
  AFTER UPDATE OF country ON organizations
  FOR EACH ROW WHEN (OLD.country IS DISTINCT FROM NEW.country)
  EXECUTE FUNCTION organizations_propagate_country();

UPDATE dogs d SET effective_country = coalesce(d.location_country, o.country)
  FROM organizations o
 WHERE o.id = d.organization_id;

-- Both sources are checked country codes already, so NOT NULL is all it needs.
ALTER TABLE dogs ALTER COLUMN effective_country SET NOT NULL;

-- Dogs of some countries and organizations (location_country, organization, available_to — the API
-- turns the last two into organization ids): found directly when they are few; a country that holds
-- many dogs is instead read in catalog order from dogs_catalog_newest_idx. Counting them is an
-- index-only scan.
CREATE INDEX dogs_catalog_country_idx
  ON dogs (effective_country, organization_id, created_at DESC, id DESC)
  INCLUDE (availability_confidence)
  WHERE status = 'available' AND active;

-- The counting index of V5 with the effective country in place of the dog's own location: totals,
-- facet counts and statistics stay index-only scans without a join to organizations per dog.
DROP INDEX dogs_catalog_counts_idx;
CREATE INDEX dogs_catalog_counts_idx
  ON dogs (availability_confidence, organization_id)
  INCLUDE (standardized_size, age_category, sex, breed_group, breed_type, breed_slug, primary_breed,
           effective_country, created_at)
  WHERE status = 'available' AND active;

-- A dog's country and its organization are strongly related (most dogs are where their
-- organization is): without this the planner multiplies their selectivities, badly underestimates
-- a combined country + organization (or ships-to) filter and walks the newest-first index to the end.
CREATE STATISTICS dogs_country_organization_stats (mcv, dependencies)
  ON effective_country, organization_id FROM dogs;
