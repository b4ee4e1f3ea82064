package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search reads the first days of the window, then more, until it has enough slots: its answer is the head of
 * the whole window's, whatever the party, the first day or the number asked.
 */
@IntegrationTest
class SlotSearchIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int EVERY_SLOT = 1_000_000;

    @Autowired
    SlotSearch search;

    @Test
    void theSoonestSlotsAreTheFirstOfTheWholeWindow() {
        LocalDate today = LocalDate.now(PARIS);
        for (String commune : List.of("pantin", "bagnolet")) {
            for (int people = 1; people <= 3; people++) {
                for (LocalDate first : List.of(today, today.plusDays(5), today.plusDays(45))) {
                    for (int limit : List.of(1, 12, 150)) {
                        int party = people;
                        List<OfferedSlot> all = TenantContext.call(commune,
                                () -> search.search("passeport-cni", party, first, first.plusYears(1), null, EVERY_SLOT));
                        List<OfferedSlot> soonest = TenantContext.call(commune,
                                () -> search.search("passeport-cni", party, first, first.plusYears(1), null, limit));
                        assertThat(all).hasSizeGreaterThan(limit);
                        assertThat(soonest).as("%s, %d people from %s, %d slots", commune, party, first, limit)
                                .containsExactlyElementsOf(all.subList(0, limit));
                    }
                }
            }
        }
    }
}
