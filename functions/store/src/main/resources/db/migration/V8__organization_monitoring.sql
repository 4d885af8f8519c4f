-- Per-organization overrides of the run checks, synced from the organization's config (key
-- "monitoring"): minimum_dogs, history_fraction, history_runs, minimum_history,
-- max_failed_detail_share, quality_threshold. Absent keys mean the platform's defaults.
ALTER TABLE organizations
  ADD COLUMN monitoring jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(monitoring) = 'object');
