-- Paper ballots come out of the polling desk's box at the count, with no receipt: nothing ties them to the
-- register entries the desk wrote when each voter signed.
ALTER TABLE ballot ALTER COLUMN receipt_hash DROP NOT NULL;
ALTER TABLE ballot ADD CONSTRAINT ballot_online_receipt CHECK (channel = 'PAPER' OR receipt_hash IS NOT NULL);
