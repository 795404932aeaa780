package org.comity.web.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.comity.core.jurisdiction.Jurisdiction;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comity's typed settings under {@code comity.*}; see {@code application.yaml} for the defaults.
 *
 * @param dataDir directory of the embedded H2 database
 * @param jurisdictions the states this deployment serves
 */
@ConfigurationProperties("comity")
public record ComityProperties(@DefaultValue("./data") String dataDir, List<JurisdictionSetting> jurisdictions,
        @DefaultValue Security security, @DefaultValue Api api) {

    /** One configured jurisdiction. */
    public record JurisdictionSetting(String code, String nameEn, String nameLocal, ZoneId zone,
            List<String> languages) {

        Jurisdiction toJurisdiction() {
            return new Jurisdiction(code, nameEn, nameLocal, zone, languages);
        }
    }

    /**
     * @param maxFailedLogins failed sign-ins of one user name from one address that cost no wait; each
     *        further one doubles a wait before the next attempt (1 s, 2 s, 4 s, ...)
     * @param loginLockout the longest such wait
     */
    public record Security(@DefaultValue("5") int maxFailedLogins, @DefaultValue("PT15M") Duration loginLockout) {
    }

    /** @param maxBodyBytes largest request body accepted by {@code /api/**} */
    public record Api(@DefaultValue("10485760") long maxBodyBytes) {
    }
}
