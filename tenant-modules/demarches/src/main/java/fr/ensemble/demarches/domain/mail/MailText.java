package fr.ensemble.demarches.domain.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A subject or body with {placeholders}: checked when an admin saves it, filled when a mail is sent. */
public final class MailText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private MailText() {
    }

    /** What keeps an admin from saving this text for that kind of e-mail, in French. */
    public static List<String> problems(MailKind kind, String subject, String body) {
        List<String> problems = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            problems.add("L'objet est obligatoire.");
        } else if (subject.length() > 200) {
            problems.add("L'objet dépasse 200 caractères.");
        }
        if (body == null || body.isBlank()) {
            problems.add("Le texte est obligatoire.");
        }
        for (String text : new String[] {subject, body}) {
            Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
            while (matcher.find()) {
                if (!kind.placeholders().contains(matcher.group(1))) {
                    problems.add("{" + matcher.group(1) + "} n'existe pas pour ce message ; possibles : "
                            + String.join(", ", kind.placeholders().stream().map(name -> "{" + name + "}").toList()) + ".");
                }
            }
        }
        return problems;
    }

    /** The text with each placeholder replaced by its value (an unknown one is left as it is). */
    public static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(match ->
                Matcher.quoteReplacement(values.getOrDefault(match.group(1), match.group())));
    }
}
