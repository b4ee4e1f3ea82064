-- The register also keeps the commune the voter lived in when they took part (from the profile online, from the
-- proof of address at the polling desk), so that a territory campaign shows how many took part from each commune.
-- The count comes from the register, never from the ballots: it says who took part where, not what they chose.
-- Entries written before this column have no commune.
ALTER TABLE participation ADD COLUMN commune varchar(60);
