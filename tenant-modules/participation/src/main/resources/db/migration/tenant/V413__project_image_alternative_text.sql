-- What a project's image shows, read to screen-reader users; images filed before it have none (the page then names
-- them by their position).
ALTER TABLE project_image ADD COLUMN alternative_text varchar(300);
