package fr.ensemble.participation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a response against a questionnaire and counts the responses: choices per option, the 1–5 scale's
 * distribution and mean, rankings by Borda points (first of n choices gets n points), free texts as they are.
 */
public final class Questionnaire {

    private Questionnaire() {
    }

    /**
     * @param answers by question id: a String (single, text), a list of Strings (multiple, ranking: first preferred),
     *        an Integer (scale)
     * @return French messages by question id; empty when the response is complete and valid
     */
    public static Map<Long, String> check(List<ConsultationQuestion> questions, Map<Long, Object> answers) {
        Map<Long, String> errors = new LinkedHashMap<>();
        for (ConsultationQuestion question : questions) {
            Object answer = answers.get(question.getId());
            boolean empty = answer == null || (answer instanceof String text && text.isBlank())
                    || (answer instanceof List<?> list && list.isEmpty());
            if (empty) {
                if (question.isRequired()) {
                    errors.put(question.getId(), "Répondez à cette question.");
                }
                continue;
            }
            String problem = switch (question.getKind()) {
                case SINGLE -> answer instanceof String choice && question.getChoices().contains(choice) ? null
                        : "Choisissez une des réponses proposées.";
                case MULTIPLE -> answer instanceof List<?> chosen && question.getChoices().containsAll(chosen)
                        && chosen.stream().distinct().count() == chosen.size() ? null : "Choisissez parmi les réponses proposées.";
                case RANKING -> answer instanceof List<?> ranked && ranked.size() == question.getChoices().size()
                        && ranked.containsAll(question.getChoices()) ? null : "Classez chacun des choix une fois.";
                case SCALE -> answer instanceof Integer value && value >= 1 && value <= 5 ? null
                        : "Choisissez une valeur de 1 à 5.";
                case TEXT -> answer instanceof String text && text.length() <= 3000 ? null
                        : "Votre réponse ne peut dépasser 3 000 caractères.";
            };
            if (problem != null) {
                errors.put(question.getId(), problem);
            }
        }
        return errors;
    }

    /** The results of one question over every response. */
    public static QuestionResult count(ConsultationQuestion question, List<Map<Long, Object>> responses) {
        Map<String, Double> figures = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        int answered = 0;
        switch (question.getKind()) {
            case SINGLE, MULTIPLE, RANKING -> question.getChoices().forEach(choice -> figures.put(choice, 0.0));
            case SCALE -> {
                for (int value = 1; value <= 5; value++) {
                    figures.put(String.valueOf(value), 0.0);
                }
            }
            case TEXT -> {
            }
        }
        for (Map<Long, Object> response : responses) {
            Object answer = response.get(question.getId());
            if (answer == null) {
                continue;
            }
            answered++;
            switch (question.getKind()) {
                case SINGLE -> figures.merge((String) answer, 1.0, Double::sum);
                case MULTIPLE -> ((List<?>) answer).forEach(choice -> figures.merge((String) choice, 1.0, Double::sum));
                case RANKING -> {
                    List<?> ranked = (List<?>) answer;
                    for (int rank = 0; rank < ranked.size(); rank++) {
                        figures.merge((String) ranked.get(rank), (double) (ranked.size() - rank), Double::sum);
                    }
                }
                case SCALE -> figures.merge(String.valueOf(((Number) answer).intValue()), 1.0, Double::sum);
                case TEXT -> texts.add((String) answer);
            }
        }
        return new QuestionResult(question, answered, figures, texts);
    }

    /**
     * @param figures per choice: responses (single, multiple, scale value) or Borda points (ranking)
     */
    public record QuestionResult(ConsultationQuestion question, int answered, Map<String, Double> figures, List<String> texts) {

        /** The mean of a 1–5 scale, or 0 without answers. */
        public double mean() {
            double total = 0;
            double count = 0;
            for (var entry : figures.entrySet()) {
                total += Integer.parseInt(entry.getKey()) * entry.getValue();
                count += entry.getValue();
            }
            return count == 0 ? 0 : total / count;
        }
    }
}
