-- One row per weekly run: opened (pending) when its first organization is standardized, with the
-- organizations the run was dispatched to; finalized when every one of them has finished, or when the
-- run's deadline passes (late ones are then reported as missing). The summary is what the info topic
-- receives and what GET /api/monitoring/runs returns.
CREATE TABLE run_summaries (
  run_id                 text        PRIMARY KEY CHECK (btrim(run_id) <> ''),
  started_at             timestamptz NOT NULL,
  expected_organizations text[]      NOT NULL,
  finalized_at           timestamptz,
  -- 'complete': every organization finished; 'deadline': the deadline passed first.
  completion             text        CHECK (completion IN ('complete', 'deadline')),
  summary                jsonb       CHECK (jsonb_typeof(summary) = 'object'),
  published_at           timestamptz,
  CONSTRAINT run_summaries_finalized_whole
    CHECK ((finalized_at IS NULL) = (completion IS NULL) AND (finalized_at IS NULL) = (summary IS NULL)),
  CONSTRAINT run_summaries_published_after_finalized
    CHECK (published_at IS NULL OR finalized_at IS NOT NULL)
);

CREATE INDEX run_summaries_started_idx ON run_summaries (started_at DESC);
CREATE INDEX run_summaries_pending_idx ON run_summaries (started_at) WHERE finalized_at IS NULL;
