-- A liveness check of a missing dog's adoption page is part of its history: the event's new value
-- holds the verdict and its evidence ({verdict, evidence, url, http_status}); a status the check
-- changes is a status_changed event of its own, like every other status change.
ALTER TABLE dog_events DROP CONSTRAINT dog_events_event_type_check;
ALTER TABLE dog_events ADD CONSTRAINT dog_events_event_type_check
  CHECK (event_type IN ('created', 'status_changed', 'confidence_changed', 'reappeared', 'retired',
                        'field_changed', 'liveness_checked'));
