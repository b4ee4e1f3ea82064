-- Tracking numbers come from one sequence per year (tracking_2026) rather than from a counter row that every
-- filing locked until its commit: filings no longer wait for each other (infra/bench/run requests). A number is
-- taken once the answers are accepted; a filing that fails after that (the database refusing it, the loser of
-- a race on the same idempotency key) leaves a gap in the numbers.
CREATE FUNCTION next_tracking_value(for_year integer) RETURNS bigint LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
DECLARE
    sequence_name text := 'tracking_' || for_year;
BEGIN
    IF to_regclass(sequence_name) IS NULL THEN
        BEGIN
            EXECUTE format('CREATE SEQUENCE %I', sequence_name);
        EXCEPTION WHEN duplicate_table OR unique_violation THEN
            NULL; -- the first filing of another transaction created it meanwhile
        END;
    END IF;
    RETURN nextval(sequence_name::regclass);
END
$$;

-- The years counted so far go on from where they are.
DO $$
DECLARE
    counter record;
BEGIN
    FOR counter IN SELECT year, last_value FROM tracking_counter LOOP
        EXECUTE format('CREATE SEQUENCE %I START WITH %s', 'tracking_' || counter.year, counter.last_value + 1);
    END LOOP;
END
$$;
DROP TABLE tracking_counter;
