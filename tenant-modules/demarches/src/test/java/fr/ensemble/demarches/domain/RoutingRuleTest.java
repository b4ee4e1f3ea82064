package fr.ensemble.demarches.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingRuleTest {

    @Test
    void aRuleMatchesItsProcedureAndTheAnswerItNames() {
        var computers = new RoutingRule(1, 7L, "nature", "Informatique", 3);
        var anyFromSeven = new RoutingRule(2, 7L, null, null, 4);
        var byAnswerAnywhere = new RoutingRule(3, null, "quartier", "Quatre-Chemins", 5);

        assertThat(computers.matches(7, Map.of("nature", "Informatique"))).isTrue();
        assertThat(computers.matches(7, Map.of("nature", "Travaux"))).isFalse();
        assertThat(computers.matches(8, Map.of("nature", "Informatique"))).as("another procedure").isFalse();
        assertThat(computers.matches(7, Map.of())).as("no answer").isFalse();
        assertThat(anyFromSeven.matches(7, Map.of())).isTrue();
        assertThat(byAnswerAnywhere.matches(9, Map.of("quartier", List.of("Centre", "Quatre-Chemins"))))
                .as("one of the options of a multiple choice").isTrue();
    }
}
