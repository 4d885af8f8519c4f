-- What the weekly pipeline's image sync (functions/store, dev.rescuedogs.store.images) looks up.

-- An image URL another dog (or an earlier gallery of the same dog) already has a stored copy of is
-- reused without downloading it again.
CREATE INDEX dog_images_stored_original_url_idx ON dog_images (original_url)
  WHERE storage_key IS NOT NULL;

-- The images still waiting for a stored copy; few at any time, so the partial index stays small.
CREATE INDEX dog_images_pending_idx ON dog_images (dog_id) WHERE storage_key IS NULL;

-- Every run marks each dog it saw (last_seen_at), a few thousand rows a week. With no index on
-- last_seen_at that update changes no indexed column and PostgreSQL can do it in place (a HOT
-- update) instead of adding an entry to each of the table's indexes, three of them GIN. The
-- ingestion decides which dogs went missing from the organization's rows it loads anyway, so the
-- stale-candidates index of V3 has no reader.
DROP INDEX dogs_stale_candidates_idx;
-- Room on each page for the new row versions of those in-place updates.
ALTER TABLE dogs SET (fillfactor = 80);
