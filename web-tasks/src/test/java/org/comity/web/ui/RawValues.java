package org.comity.web.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.identity.Role;
import org.springframework.web.util.HtmlUtils;

/**
 * What a page must not show people: message keys (raw or as {@code ??key??}), upper-case enum
 * constants, process and activity ids, Bean Validation's default English messages, and on a Chinese
 * page the English text of a message that has a Chinese one (or an English model name). Reads the
 * text a person sees or hears: element text and the ARIA labels, titles, placeholders and alternative
 * texts, never markup or links.
 */
final class RawValues {

    // <code> holds stored data verbatim for the auditor (hashes, submitted values), not words
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style|code)\\b.*?</\\1>");
    private static final Pattern READ_ATTRIBUTE =
            Pattern.compile("(?i)\\s(?:aria-label|title|placeholder|alt)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern DOTTED =
            Pattern.compile("(?<![\\w.@/-])[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+(?![\\w@/-])");
    private static final Pattern CONSTANT = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\w-])");
    private static final Pattern WORD = Pattern.compile("(?<![\\w-])[A-Z]{4,}(?![\\w-])");
    private static final Pattern MODEL_ID =
            Pattern.compile("(?<![\\w-])(?:(?:Task|ServiceTask|SendTask|ReceiveTask|UserTask"
                    + "|Event|StartEvent|EndEvent|IntermediateEvent|BoundaryEvent|Gateway|Timer|Message|Signal|Error|CallActivity"
                    + "|SubProcess|Activity|BusinessRule|Decision|Flow)_\\w+|[A-Z][A-Za-z]+Process)(?![\\w-])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}|'|\"|“|”");

    private final Set<String> keys;
    private final Set<String> constants = new TreeSet<>();
    private final List<String> englishDefaults = new ArrayList<>();
    private final Set<String> englishWithChinese = new LinkedHashSet<>();

    /**
     * @param modelNames the names of the deployed models' elements and processes, English only
     */
    RawValues(Properties en, Properties zh, Properties beanValidationDefaults, Collection<String> modelNames) {
        keys = en.stringPropertyNames();
        for (String key : keys) {
            Matcher constant = Pattern.compile("\\.([A-Z][A-Z0-9_]+)$").matcher(key);
            if (constant.find()) {
                constants.add(constant.group(1));
            }
            String english = en.getProperty(key);
            if (!english.equals(zh.getProperty(key))) {
                for (String part : PLACEHOLDER.split(english)) {
                    addSentence(part);
                }
            }
        }
        for (Class<? extends Enum<?>> type : List.of(Role.class, AuditCategory.class, AuditObjectType.class)) {
            Arrays.stream(type.getEnumConstants()).map(Enum::name).forEach(constants::add);
        }
        // a constant that is also a word of the texts (INTERPOL, PDF) is a proper noun there
        for (Properties texts : List.of(en, zh)) {
            texts.values().forEach(text -> matches(WORD, text.toString()).forEach(constants::remove));
        }
        modelNames.forEach(this::addSentence);
        for (String key : beanValidationDefaults.stringPropertyNames()) {
            String message = PLACEHOLDER.split(beanValidationDefaults.getProperty(key) + " ")[0].strip();
            if (message.length() >= 8) {
                englishDefaults.add(message);
            }
        }
    }

    /** A run of at least two words is distinctive enough to be recognised on a page. */
    private void addSentence(String text) {
        String part = text.strip().replaceAll("[.:;,…·—-]+$", "").strip();
        if (part.length() >= 10 && part.contains(" ") && part.chars().anyMatch(Character::isLetter)) {
            englishWithChinese.add(part);
        }
    }

    /** The text people read on the page: element text and the labels assistive technology reads. */
    static String readableText(String html) {
        String body = SCRIPT_OR_STYLE.matcher(html).replaceAll(" ");
        StringBuilder text = new StringBuilder(TAG.matcher(body).replaceAll(" "));
        Matcher attribute = READ_ATTRIBUTE.matcher(body);
        while (attribute.find()) {
            text.append(" ").append(attribute.group(1));
        }
        return HtmlUtils.htmlUnescape(text.toString()).replaceAll("\\s+", " ");
    }

    /** What is wrong with the page's text in the language, one line per finding. */
    List<String> findings(String text, String language) {
        Set<String> found = new LinkedHashSet<>();
        matches(UNRESOLVED, text).forEach(m -> found.add("unresolved message " + m));
        for (String token : matches(DOTTED, text)) {
            if (keys.contains(token) || keys.stream().anyMatch(k -> k.endsWith("." + token))) {
                found.add("message key or code " + token);
            }
        }
        matches(CONSTANT, text).forEach(m -> found.add("constant " + m));
        matches(WORD, text).stream().filter(constants::contains).forEach(m -> found.add("constant " + m));
        matches(MODEL_ID, text).forEach(m -> found.add("model id " + m));
        englishDefaults.stream()
                .filter(text::contains)
                .forEach(m -> found.add("Bean Validation default \"" + m + "\""));
        if ("zh".equals(language)) {
            englishWithChinese.stream()
                    .filter(text::contains)
                    .forEach(m -> found.add("English fallback \"" + m + "\""));
        }
        return List.copyOf(found);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> all = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            all.add(m.group());
        }
        return all;
    }

    static Properties classpath(String resource) throws IOException {
        return MessagesBothLanguagesTest.load(resource);
    }
}
