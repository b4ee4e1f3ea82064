package fr.ensemble.participation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results of a vote, counted from the ballots alone: votes per option (online and on paper) and the
 * winners by the campaign's rule: the most voted option of a citizen vote (all of them on a tie), or for a
 * participatory budget the projects by votes as long as they fit what remains of the envelope.
 */
public record Tally(List<OptionResult> options, long onlineBallots, long paperBallots) {

    public static Tally of(Campaign campaign, List<BallotOption> options, Map<Long, long[]> votesPerOption,
            long onlineBallots, long paperBallots) {
        List<BallotOption> byVotes = options.stream()
                .sorted(Comparator.comparingLong((BallotOption option) -> -total(votesPerOption.get(option.getId())))
                        .thenComparing(BallotOption::getPosition))
                .toList();
        Set<Long> winners = new HashSet<>();
        if (campaign.getKind() == CampaignKind.BUDGET) {
            long left = campaign.getEnvelopeCents();
            for (BallotOption option : byVotes) {
                long cost = option.getCostCents() == null ? 0 : option.getCostCents();
                if (total(votesPerOption.get(option.getId())) > 0 && cost <= left) {
                    winners.add(option.getId());
                    left -= cost;
                }
            }
        } else if (!byVotes.isEmpty()) {
            long best = total(votesPerOption.get(byVotes.getFirst().getId()));
            byVotes.stream().filter(option -> best > 0 && total(votesPerOption.get(option.getId())) == best)
                    .forEach(option -> winners.add(option.getId()));
        }
        List<OptionResult> results = new ArrayList<>();
        for (BallotOption option : byVotes) {
            long[] votes = votesPerOption.getOrDefault(option.getId(), new long[2]);
            results.add(new OptionResult(option, votes[0], votes[1], winners.contains(option.getId())));
        }
        return new Tally(results, onlineBallots, paperBallots);
    }

    private static long total(long[] votes) {
        return votes == null ? 0 : votes[0] + votes[1];
    }

    public long ballots() {
        return onlineBallots + paperBallots;
    }

    /** One option's votes, by channel. */
    public record OptionResult(BallotOption option, long online, long paper, boolean winner) {

        public long votes() {
            return online + paper;
        }
    }
}
