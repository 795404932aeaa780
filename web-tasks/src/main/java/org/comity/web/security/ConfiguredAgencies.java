package org.comity.web.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.comity.core.identity.Agencies;
import org.comity.core.identity.Agency;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The agencies of an installation and their OAuth 2.0 clients, from configuration
 * ({@code comity.agencies}), saved at every start: the way an operator gives a ministry's IT
 * department its credentials outside the demo. The configuration holds the bcrypt hash of the
 * client secret, never the secret (made with e.g. {@code htpasswd -bnBC 12 "" <secret> | tr -d ':\n'}),
 * so that the file can be kept with the deployment; a changed hash rotates the secret at the next
 * start. Removing an agency from the configuration does not revoke it: revocation is an act of its
 * own ({@link AgencyClients#revoke}), audited.
 */
@Component
@Order(10)
class ConfiguredAgencies implements ApplicationRunner {

    private final Settings settings;
    private final Agencies agencies;
    private final AgencyClients clients;

    ConfiguredAgencies(Settings settings, Agencies agencies, AgencyClients clients) {
        this.settings = settings;
        this.agencies = agencies;
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Settings.Setting setting : settings.agencies()) {
            agencies.registerIfAbsent(
                    new Agency(setting.id(), setting.name(), setting.jurisdiction(), true), unusableStaticToken());
            clients.saveHashedSecret(setting.id(), setting.clientSecretHash());
        }
    }

    /**
     * The static token an agency row still carries: random and never shown, so only access tokens
     * from {@code /oauth2/token} authenticate a configured agency.
     */
    private static String unusableStaticToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * {@code comity.agencies}: the agencies allowed to use the API.
     *
     * @param agencies each agency with its id (also its OAuth client id), name, jurisdiction and the
     *     bcrypt hash of its client secret
     */
    @ConfigurationProperties("comity")
    record Settings(@DefaultValue List<Setting> agencies) {

        record Setting(String id, String name, String jurisdiction, String clientSecretHash) {

            Setting {
                if (id == null
                        || id.isBlank()
                        || name == null
                        || name.isBlank()
                        || jurisdiction == null
                        || clientSecretHash == null
                        || !clientSecretHash.matches("\\$2[aby]\\$\\d{2}\\$.{53}")) {
                    throw new IllegalArgumentException("comity.agencies: each agency needs id, name, jurisdiction "
                            + "and client-secret-hash, a bcrypt hash ($2a$, $2b$ or $2y$); agency " + id);
                }
            }
        }
    }
}
