-- An agent booking at the phone may give a phone number instead of an e-mail address (no e-mail is then sent).
ALTER TABLE appointment DROP CONSTRAINT appointment_check1;
ALTER TABLE appointment ADD CONSTRAINT appointment_contact_check CHECK (kind = 'BLOCAGE' OR (type_id IS NOT NULL
    AND people IS NOT NULL AND contact_name IS NOT NULL AND (contact_email IS NOT NULL OR contact_phone IS NOT NULL)));
