package fr.ensemble.demarches.domain.allocation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the places of a procedure with limited places (the youth stays) are given: each option of a choice field
 * has its places; the requests for an option are ranked by the criteria in turn (the earlier an answer comes in
 * a criterion's order, the better; a missing answer last), then by filing date; the best ones get the free
 * places, the others go on the waiting list.
 *
 * @param field the choice field whose answer is the option (e.g. the stay)
 * @param granted the workflow status of a request given a place
 * @param waiting the workflow status of a request on the waiting list
 */
public record PlaceAllocation(String field, Map<String, Integer> places, List<Criterion> criteria, String granted,
        String waiting) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public PlaceAllocation {
        places = Map.copyOf(places);
        criteria = List.copyOf(criteria);
    }

    /** @return null when the text is null (no places to allocate) */
    public static PlaceAllocation fromJson(String json) {
        return json == null ? null : JSON.readValue(json, PlaceAllocation.class);
    }

    /** The best candidate first. */
    public Comparator<Candidate> ranking() {
        Comparator<Candidate> order = (a, b) -> 0;
        for (Criterion criterion : criteria) {
            order = order.thenComparingInt(candidate -> criterion.rank(candidate.answers().get(criterion.field())));
        }
        return order.thenComparing(Candidate::submittedAt).thenComparing(Candidate::trackingNumber);
    }

    /**
     * Who gets the option's free places and who waits, among the option's requests.
     *
     * @param initial the workflow's first status (requests not decided yet)
     */
    public Decision decide(String option, List<Candidate> requests, String initial) {
        int capacity = places.getOrDefault(option, 0);
        long taken = requests.stream().filter(request -> granted.equals(request.status())).count();
        List<Candidate> ranked = requests.stream()
                .filter(request -> initial.equals(request.status()) || waiting.equals(request.status()))
                .sorted(ranking()).toList();
        int free = (int) Math.max(0, capacity - taken);
        List<Candidate> given = ranked.subList(0, Math.min(free, ranked.size()));
        List<Candidate> toWait = ranked.subList(given.size(), ranked.size()).stream()
                .filter(request -> initial.equals(request.status())).toList();
        return new Decision(capacity, (int) taken, ranked, given, toWait);
    }

    /** A ranking criterion: the answers of a field, best first. */
    public record Criterion(String field, List<String> order) {

        int rank(Object answer) {
            int index = answer == null ? -1 : order.indexOf(String.valueOf(answer));
            return index < 0 ? order.size() : index;
        }
    }

    /** A request for an option, as the ranking reads it. */
    public record Candidate(String trackingNumber, Map<String, Object> answers, Instant submittedAt, String status) {
    }

    /**
     * @param ranked the undecided and waiting requests, best first
     * @param given those that get a free place now
     * @param toWait the undecided ones that go on the waiting list now
     */
    public record Decision(int capacity, int taken, List<Candidate> ranked, List<Candidate> given, List<Candidate> toWait) {
    }
}
