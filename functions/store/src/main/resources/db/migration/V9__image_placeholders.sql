-- A tiny blurred placeholder of each stored image (a data URI of a 16-pixel JPEG), so clients can
-- lay out and tint a page before the images load; width and height exist since V3.
ALTER TABLE dog_images
  ADD COLUMN placeholder text
    CHECK (placeholder LIKE 'data:image/%;base64,%' AND length(placeholder) <= 2048);
