-- One optional attachment per mail (an appointment's iCalendar file), kept with the mail as sent.
ALTER TABLE outgoing_mail
    ADD COLUMN attachment_name    varchar(200),
    ADD COLUMN attachment_type    varchar(100),
    ADD COLUMN attachment_content bytea,
    ADD CONSTRAINT outgoing_mail_attachment_whole
        CHECK ((attachment_name IS NULL) = (attachment_content IS NULL) AND (attachment_name IS NULL) = (attachment_type IS NULL));
