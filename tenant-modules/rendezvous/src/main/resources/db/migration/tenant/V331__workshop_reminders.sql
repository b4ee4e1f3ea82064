-- The day before a workshop, each registered party gets a reminder once (like appointments' reminded_at).
ALTER TABLE workshop_registration ADD COLUMN reminded_at timestamptz;
