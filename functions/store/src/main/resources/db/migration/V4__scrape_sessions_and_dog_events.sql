-- One scrape of one organization within a weekly run.
CREATE TABLE scrape_sessions (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Id of the run (one per schedule firing) that dispatched this scrape.
  run_id                 text        NOT NULL CHECK (btrim(run_id) <> ''),
  organization_id        bigint      NOT NULL REFERENCES organizations (id),
  started_at             timestamptz NOT NULL DEFAULT now(),
  finished_at            timestamptz,
  status                 text        NOT NULL DEFAULT 'running'
                           CHECK (status IN ('running', 'success', 'warning', 'error')),
  dogs_found             integer     NOT NULL DEFAULT 0 CHECK (dogs_found >= 0),
  dogs_added             integer     NOT NULL DEFAULT 0 CHECK (dogs_added >= 0),
  dogs_updated           integer     NOT NULL DEFAULT 0 CHECK (dogs_updated >= 0),
  dogs_unchanged         integer     NOT NULL DEFAULT 0 CHECK (dogs_unchanged >= 0),
  dogs_rejected          integer     NOT NULL DEFAULT 0 CHECK (dogs_rejected >= 0),
  images_uploaded        integer     NOT NULL DEFAULT 0 CHECK (images_uploaded >= 0),
  images_failed          integer     NOT NULL DEFAULT 0 CHECK (images_failed >= 0),
  detail_page_failures   integer     NOT NULL DEFAULT 0 CHECK (detail_page_failures >= 0),
  -- Mean completeness of the run's records, 0..1; NULL while running.
  quality_score          numeric(4, 3) CHECK (quality_score BETWEEN 0 AND 1),
  -- A run that found too few dogs compared with history: the stale update is skipped.
  partial_failure        boolean     NOT NULL DEFAULT false,
  partial_failure_reason text,
  error_message          text,
  -- Timings, retry counts, rejection reasons, ... (free-form).
  metrics                jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metrics) = 'object'),
  -- Where the raw scrape result was stored (object key or URL), for replays.
  raw_payload_location   text,
  -- A re-delivered queue message finds the existing session instead of opening a second one.
  CONSTRAINT scrape_sessions_run_organization_key UNIQUE (run_id, organization_id),
  -- Running exactly while unfinished.
  CONSTRAINT scrape_sessions_finished_when_done CHECK ((status = 'running') = (finished_at IS NULL)),
  CONSTRAINT scrape_sessions_time_order CHECK (finished_at >= started_at),
  CONSTRAINT scrape_sessions_partial_failure_explained
    CHECK (partial_failure = (partial_failure_reason IS NOT NULL)),
  CONSTRAINT scrape_sessions_error_explained CHECK (status <> 'error' OR error_message IS NOT NULL)
);

-- Last session per organization, and the history the partial-failure check averages over.
CREATE INDEX scrape_sessions_organization_started_idx
  ON scrape_sessions (organization_id, started_at DESC, id DESC);
-- Sessions still running long after they started (a crashed function never closed them).
CREATE INDEX scrape_sessions_running_idx ON scrape_sessions (started_at) WHERE status = 'running';

-- What happened to each dog over time.
CREATE TABLE dog_events (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dog_id      bigint      NOT NULL REFERENCES dogs (id) ON DELETE CASCADE,
  -- The scrape that observed it; NULL for changes made outside a scrape (an operator, an adoption check).
  session_id  bigint      REFERENCES scrape_sessions (id) ON DELETE SET NULL,
  event_type  text        NOT NULL
                CHECK (event_type IN ('created', 'status_changed', 'confidence_changed', 'reappeared',
                                      'retired', 'field_changed')),
  -- The column a field_changed event is about (and only then).
  field       text        CHECK (field ~ '^[a-z][a-z0-9_]*$'),
  old_value   jsonb,
  new_value   jsonb,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dog_events_field_named CHECK ((event_type = 'field_changed') = (field IS NOT NULL))
);

-- A dog's history, newest first.
CREATE INDEX dog_events_dog_idx ON dog_events (dog_id, occurred_at DESC, id DESC);
-- A session processes each dog once, so one event of a kind per dog and session: a retried
-- standardization of the same session cannot write its history twice (ON CONFLICT DO NOTHING).
CREATE UNIQUE INDEX dog_events_once_per_session_key
  ON dog_events (session_id, dog_id, event_type, coalesce(field, ''))
  WHERE session_id IS NOT NULL;
-- Recent changes across all dogs (feeds, operators).
CREATE INDEX dog_events_occurred_idx ON dog_events (occurred_at DESC, event_type);
