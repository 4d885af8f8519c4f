-- Rescue organizations, kept in step with the YAML configs by `config sync`. Rows are never deleted:
-- an organization whose config disappears is deactivated so its dogs and history stay reachable.
CREATE TABLE organizations (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  config_id             text        NOT NULL UNIQUE
                          CHECK (config_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  -- Generated once from the name and never changed: it is part of public URLs.
  slug                  text        NOT NULL UNIQUE
                          CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
  name                  text        NOT NULL CHECK (btrim(name) <> ''),
  website_url           text        NOT NULL CHECK (website_url ~ '^https?://'),
  description           text,
  country               text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  city                  text,
  -- Countries it adopts to. A text[] (not JSONB) so "available to DE" is `ships_to @> '{DE}'`,
  -- served by the GIN index below; every element must be an upper-case ISO code, no NULLs.
  ships_to              text[]      NOT NULL DEFAULT '{}'
                          CHECK (array_position(ships_to, NULL) IS NULL
                                 AND array_to_string(ships_to, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
  -- {"facebook": "https://...", "instagram": "https://..."}
  social                jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(social) = 'object'),
  adoption_fee_amount   numeric(10, 2) CHECK (adoption_fee_amount >= 0),
  adoption_fee_currency text        CHECK (adoption_fee_currency ~ '^[A-Z]{3}$'),
  established_year      smallint    CHECK (established_year BETWEEN 1800 AND 2100),
  logo_url              text        CHECK (logo_url ~ '^https?://'),
  active                boolean     NOT NULL DEFAULT true,
  -- When `config sync` last saw this organization's config (also when nothing changed).
  last_config_sync      timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now(),
  -- When the organization's data last changed (set by the writer; a sync without changes keeps it).
  updated_at            timestamptz NOT NULL DEFAULT now(),
  -- A fee is an amount in a currency: both or neither.
  CONSTRAINT organizations_fee_complete
    CHECK ((adoption_fee_amount IS NULL) = (adoption_fee_currency IS NULL))
);

-- "Organizations in country X" and the catalog's location_country filter only look at active ones.
CREATE INDEX organizations_active_country_idx ON organizations (country, id) WHERE active;
CREATE INDEX organizations_ships_to_idx ON organizations USING gin (ships_to);

-- Where an organization's dogs physically are (shelters, foster areas). The catalog's distance sort
-- measures from these points; an organization has a handful of them, so the great-circle distance is
-- computed in the query and needs no spatial index (earthdistance is not a trusted extension).
CREATE TABLE organization_locations (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id bigint           NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  -- Order of the locations in the config; the first is the organization's main place.
  position        smallint         NOT NULL CHECK (position >= 0),
  name            text             NOT NULL CHECK (btrim(name) <> ''),
  city            text,
  country         text             NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  latitude        double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude       double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  CONSTRAINT organization_locations_position_key UNIQUE (organization_id, position)
);

-- Countries (optionally one region of a country) where an organization has dogs: the catalog's
-- "available in country / region" filters and facets read this table.
CREATE TABLE service_regions (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  country         text   NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  -- NULL = the whole country.
  region          text   CHECK (btrim(region) <> '')
);

-- One row per organization × country × region. An expression index rather than a UNIQUE constraint
-- because a plain constraint would let (org, 'DE', NULL) repeat (NULLs are distinct) and
-- NULLS NOT DISTINCT needs PostgreSQL 15.
CREATE UNIQUE INDEX service_regions_org_country_region_key
  ON service_regions (organization_id, country, coalesce(region, ''));
CREATE INDEX service_regions_country_region_idx ON service_regions (country, region);
