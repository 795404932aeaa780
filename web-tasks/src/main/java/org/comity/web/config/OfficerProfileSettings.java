package org.comity.web.config;

import java.util.List;
import org.comity.core.document.PersonName;
import org.comity.core.signature.OfficerProfile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The signature profiles of an installation's officers, {@code comity.officer-profiles}: how each
 * officer (by user name) is named, titled and placed on the documents they sign. Saved at every start
 * ({@link ConfiguredOfficerProfiles}); an officer without a profile signs as their state's competent
 * authority, the name to be written in by hand. The README's "Configuration" shows an entry.
 */
@ConfigurationProperties("comity")
public record OfficerProfileSettings(@DefaultValue List<Setting> officerProfiles) {

    /**
     * One officer's profile; the {@code -local} values are in the officer's language and script.
     *
     * @param username the officer's sign-in name
     */
    public record Setting(
            String username,
            String nameOriginal,
            String nameLatin,
            String titleEn,
            String titleLocal,
            String authorityEn,
            String authorityLocal,
            String placeEn,
            String placeLocal) {

        OfficerProfile toProfile() {
            return new OfficerProfile(
                    username,
                    new PersonName(nameOriginal, nameLatin),
                    OfficerProfile.text(titleEn, titleLocal),
                    OfficerProfile.text(authorityEn, authorityLocal),
                    OfficerProfile.text(placeEn, placeLocal));
        }
    }
}
