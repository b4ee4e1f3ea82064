-- An option put to the vote may carry one image, uploaded by an animateur and checked by its content (JPEG or PNG),
-- kept in the tenant's schema like the projects' images, with the alternative text that describes it. The outside
-- image address of the first version goes: pages never load images from elsewhere.
ALTER TABLE ballot_option DROP COLUMN image_url;
ALTER TABLE ballot_option ADD COLUMN image_alt varchar(300) CHECK (image_alt IS NULL OR length(btrim(image_alt)) > 0);

CREATE TABLE option_image (
    option_id    bigint      PRIMARY KEY REFERENCES ballot_option (id) ON DELETE CASCADE,
    content_type varchar(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    data         bytea       NOT NULL
);
