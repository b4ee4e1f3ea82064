-- A confidential mail (a ballot's receipt code) keeps its body only until it is sent: the proof of notification
-- stays (recipient, subject, dates), the content goes. Numbered in the participation module's range, which needed it.
ALTER TABLE outgoing_mail ADD COLUMN confidential boolean NOT NULL DEFAULT false;
