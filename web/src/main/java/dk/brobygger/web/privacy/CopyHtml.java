package dk.brobygger.web.privacy;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The readable part of a student's copy of their data (docs/data-copy.md): the copy's JSON laid out as one HTML page
 * in Danish or English, section by section, with the pages' own words for headings and for the values of a fixed
 * list. It shows the JSON and nothing else, so the two parts of the package always hold the same.
 */
public final class CopyHtml {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(DANISH_TIME);
    /** A list of objects is a table up to this many fields; a wider one is a list of descriptions. */
    private static final int TABLE_FIELDS = 8;
    private static final String STYLE = "body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em;"
            + "line-height:1.4}table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #888;padding:.2em"
            + " .4em;text-align:left;vertical-align:top}dt{font-weight:bold}dd{margin:0 0 .4em 1em;white-space:"
            + "pre-wrap}.item{border-left:3px solid #888;padding-left:.6em;margin:.8em 0}";

    /**
     * Where a field's code is named in the pages' words, by "section/field" or by field alone: the key's prefix in
     * the pages' messages, or in the domain's labels when it starts with "labels:".
     */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("student/status", "status."),
            Map.entry("statusHistory/status", "status."),
            Map.entry("programme", "programme."),
            Map.entry("site", "copy.site."),
            Map.entry("role", "assignment.kind."),
            Map.entry("mentorType", "mentorType."),
            Map.entry("category", "labels:needCategory."),
            Map.entry("source", "labels:needSource."),
            Map.entry("needs/status", "labels:needStatus."),
            Map.entry("versions/status", "labels:needStatus."),
            Map.entry("consents/level", "labels:consentLevel."),
            Map.entry("needsSeen/level", "labels:consentLevel."),
            Map.entry("consents/status", "copy.consentStatus."),
            Map.entry("givenHow", "consent.givenHow."),
            Map.entry("offers/status", "offerStatus."),
            Map.entry("history/status", "offerStatus."),
            Map.entry("helped", "helped."),
            Map.entry("format", "sessionFormat."),
            Map.entry("topics", "sessionTopic."),
            Map.entry("tasks/kind", "copy.taskKind."),
            Map.entry("tasks/status", "taskStatus."),
            Map.entry("goals/level", "goalLevel."),
            Map.entry("conversation", "conversation."),
            Map.entry("absence/reason", "absenceReason."),
            Map.entry("action", "auditAction."),
            Map.entry("view", "studentView."),
            Map.entry("roles", "role."),
            Map.entry("dataProtectionRequests/kind", "requestKind."),
            Map.entry("dataProtectionRequests/status", "requestStatus."));

    private final ResourceBundle messages;
    private final ResourceBundle labels;

    private CopyHtml(Locale locale) {
        messages = ResourceBundle.getBundle("dk.brobygger.i18n.messages", locale, CopyHtml.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        labels = ResourceBundle.getBundle("dk.brobygger.domain.labels", locale, CopyHtml.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The copy as a page in {@code language} ("da" or "en"). */
    public static String render(JsonObject copy, String language) {
        return new CopyHtml(Locale.forLanguageTag(language)).page(copy, language);
    }

    private String page(JsonObject copy, String language) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language)
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(messages.getString("copy.title")))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>")
                .append(escape(messages.getString("copy.title"))).append("</h1>\n<p>")
                .append(escape(MessageFormat.format(messages.getString("copy.intro"),
                        TIME.format(Instant.parse(copy.getString("generatedAt"))))))
                .append("</p>\n");
        copy.forEach((section, value) -> {
            if (value instanceof JsonObject || value instanceof JsonArray) {
                html.append("<section><h2>").append(escape(heading(section))).append("</h2>\n");
                block(html, section, value);
                html.append("</section>\n");
            }
        });
        return html.append("</body></html>\n").toString();
    }

    /** An object as a list of descriptions; a list of objects as a table, or one description each when wide. */
    private void block(StringBuilder html, String section, JsonValue value) {
        if (value instanceof JsonObject object) {
            html.append("<dl>");
            object.forEach((field, v) -> {
                html.append("<dt>").append(escape(heading(field))).append("</dt><dd>");
                if (v instanceof JsonArray nested && nested.stream().anyMatch(JsonObject.class::isInstance)
                        || v instanceof JsonObject) {
                    block(html, field, v);
                } else {
                    html.append(escape(inline(section, field, v)));
                }
                html.append("</dd>");
            });
            html.append("</dl>\n");
        } else if (value instanceof JsonArray array && array.isEmpty()) {
            html.append("<p>").append(escape(messages.getString("copy.none"))).append("</p>\n");
        } else if (value instanceof JsonArray array && array.stream().allMatch(JsonObject.class::isInstance)) {
            JsonObject first = array.getJsonObject(0);
            if (first.size() > TABLE_FIELDS || array.stream().map(JsonValue::asJsonObject).flatMap(o -> o.values()
                    .stream()).anyMatch(JsonObject.class::isInstance)) {
                array.forEach(item -> {
                    html.append("<div class=\"item\">");
                    block(html, section, item);
                    html.append("</div>\n");
                });
            } else {
                table(html, section, array, first);
            }
        } else {
            html.append("<p>").append(escape(inline(section, section, value))).append("</p>\n");
        }
    }

    private void table(StringBuilder html, String section, JsonArray array, JsonObject first) {
        html.append("<table><thead><tr>");
        first.keySet().forEach(f -> html.append("<th scope=\"col\">").append(escape(heading(f))).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        array.forEach(item -> {
            html.append("<tr>");
            item.asJsonObject().forEach((field, v) -> html.append("<td>").append(escape(inline(section, field, v)))
                    .append("</td>"));
            html.append("</tr>\n");
        });
        html.append("</tbody></table>\n");
    }

    /** A value within a line of text: a list joined, an object as "field: value", a code in words. */
    private String inline(String section, String field, JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> "–";
            case TRUE -> messages.getString("copy.yes");
            case FALSE -> messages.getString("copy.no");
            case NUMBER -> ((JsonNumber) value).toString();
            case STRING -> word(section, field, ((JsonString) value).getString());
            case ARRAY -> value.asJsonArray().isEmpty() ? "–" : value.asJsonArray().stream()
                    .map(v -> inline(field, field, v))
                    .collect(Collectors.joining(value.asJsonArray().stream().anyMatch(JsonObject.class::isInstance)
                            ? "; " : ", "));
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .map(e -> heading(e.getKey()) + ": " + inline(field, e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
        };
    }

    /** A string as the pages would show it: a code in words, a day or a moment in Danish style, else as it is. */
    private String word(String section, String field, String text) {
        String prefix = Optional.ofNullable(VALUES.get(section + "/" + field)).orElse(VALUES.get(field));
        if (prefix != null) {
            // several roles are written as one comma-separated value
            return Arrays.stream(text.split(",")).map(code -> label(prefix, code.strip()))
                    .collect(Collectors.joining(", "));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DAY.format(LocalDate.parse(text));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z")) {
            return TIME.format(Instant.parse(text));
        }
        return text;
    }

    private String label(String prefix, String code) {
        try {
            return prefix.startsWith("labels:") ? labels.getString(prefix.substring(7) + code)
                    : messages.getString(prefix + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    private String heading(String field) {
        return messages.getString("copy.field." + field);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
