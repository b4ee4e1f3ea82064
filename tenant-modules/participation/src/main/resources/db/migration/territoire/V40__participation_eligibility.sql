-- Participation (module participation, shared scripts V40..V49). A tenant role reads no resident profile; a
-- vote needs the voter's own eligibility facts, so this function (running with the schema owner's rights)
-- answers them for one subject the caller already knows, and nothing else of the profile.
CREATE FUNCTION resident_eligibility(wanted_subject varchar)
    RETURNS TABLE (residence_commune varchar, residence_confirmed boolean, birth_date date,
                   given_name varchar, family_name varchar, email varchar)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = territoire AS $$
    SELECT residence_commune, residence_confirmed, birth_date, given_name, family_name, email
    FROM resident_profile WHERE subject = wanted_subject
$$;
REVOKE ALL ON FUNCTION resident_eligibility(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resident_eligibility(varchar) TO ensemble_tenants;
