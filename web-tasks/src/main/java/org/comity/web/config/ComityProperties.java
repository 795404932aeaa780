package org.comity.web.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.text.MultilingualText;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comity's typed settings under {@code comity.*}; see {@code application.yaml} for the defaults.
 *
 * @param dataDir directory of the embedded H2 database
 * @param jurisdictions the states this deployment serves
 */
@ConfigurationProperties("comity")
public record ComityProperties(
        @DefaultValue("./data") String dataDir,
        List<JurisdictionSetting> jurisdictions,
        @DefaultValue Security security,
        @DefaultValue Api api) {

    /**
     * One configured jurisdiction. Its name is given either by language ({@code names: {en: ..., zh-Hans: ...}},
     * English required) or, as before, as {@code name-en} and {@code name-local} (the local name then
     * being in the state's first language other than English); {@code names} wins when both are given.
     */
    public record JurisdictionSetting(
            String code,
            String nameEn,
            String nameLocal,
            Map<String, String> names,
            ZoneId zone,
            List<String> languages) {

        Jurisdiction toJurisdiction() {
            return names == null || names.isEmpty()
                    ? new Jurisdiction(code, nameEn, nameLocal, zone, languages)
                    : new Jurisdiction(code, MultilingualText.of(byTag(names)), zone, languages);
        }

        /** Keys as canonical language tags, whatever case the binder left them in ({@code zh-hans} → {@code zh-Hans}). */
        private static Map<String, String> byTag(Map<String, String> names) {
            Map<String, String> byTag = new LinkedHashMap<>();
            names.forEach((language, name) ->
                    byTag.put(Locale.forLanguageTag(language).toLanguageTag(), name));
            return byTag;
        }
    }

    /**
     * @param maxFailedLogins failed sign-ins of one user name from one address that cost no wait; each
     *        further one doubles a wait before the next attempt (1 s, 2 s, 4 s, ...)
     * @param loginLockout the longest such wait
     */
    public record Security(
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("PT15M") Duration loginLockout) {}

    /** @param maxBodyBytes largest request body accepted by {@code /api/**} */
    public record Api(@DefaultValue("10485760") long maxBodyBytes) {}
}
