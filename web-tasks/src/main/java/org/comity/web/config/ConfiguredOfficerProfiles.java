package org.comity.web.config;

import org.comity.core.signature.OfficerProfiles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Saves the configured officer profiles ({@code comity.officer-profiles}) at start, so that a corrected
 * title in the configuration reaches the next document an officer signs.
 */
@Component
class ConfiguredOfficerProfiles implements ApplicationRunner {

    private final OfficerProfileSettings settings;
    private final OfficerProfiles profiles;

    ConfiguredOfficerProfiles(OfficerProfileSettings settings, OfficerProfiles profiles) {
        this.settings = settings;
        this.profiles = profiles;
    }

    @Override
    public void run(ApplicationArguments args) {
        settings.officerProfiles().forEach(setting -> profiles.save(setting.toProfile()));
    }
}
