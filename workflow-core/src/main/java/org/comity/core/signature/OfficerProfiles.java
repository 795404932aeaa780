package org.comity.core.signature;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.comity.core.document.PersonName;
import org.comity.core.text.MultilingualText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers' signature profiles, in table {@code comity_officer_profile}. */
@Repository
public class OfficerProfiles {

    private static final RowMapper<OfficerProfile> ROW = (rs, n) -> new OfficerProfile(
            rs.getString("username"),
            new PersonName(rs.getString("name_original"), rs.getString("name_latin")),
            OfficerProfile.text(rs.getString("title_en"), rs.getString("title_local")),
            OfficerProfile.text(rs.getString("authority_en"), rs.getString("authority_local")),
            OfficerProfile.text(rs.getString("place_en"), rs.getString("place_local")));

    private final JdbcClient jdbc;
    private final Clock clock;

    OfficerProfiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<OfficerProfile> find(String username) {
        return jdbc.sql("SELECT * FROM comity_officer_profile WHERE username = ?")
                .param(username)
                .query(ROW)
                .optional();
    }

    /**
     * Records the profile, replacing an earlier one of the same officer: configuration is the source of
     * truth, and a corrected title must reach the next document. Documents already issued keep the
     * profile they were signed with. Call it outside a transaction (see {@code UserAccounts}).
     */
    public void save(OfficerProfile profile) {
        int updated = jdbc.sql("""
                UPDATE comity_officer_profile SET name_original = ?, name_latin = ?, title_en = ?, title_local = ?,
                    authority_en = ?, authority_local = ?, place_en = ?, place_local = ?, updated_at = ?
                WHERE username = ?""").params(values(profile, profile.username())).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO comity_officer_profile (name_original, name_latin, title_en, title_local,
                            authority_en, authority_local, place_en, place_local, updated_at, username)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values(profile, profile.username())).update();
            } catch (DuplicateKeyException savedMeanwhile) {
                // another node of the cluster saved the same configured profile at the same moment
            }
        }
    }

    private Object[] values(OfficerProfile p, String username) {
        return new Object[] {
            p.name().original(),
            p.name().latin(),
            english(p.title()),
            own(p.title()),
            english(p.authority()),
            own(p.authority()),
            english(p.place()),
            own(p.place()),
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
            username
        };
    }

    private static String english(MultilingualText text) {
        return text.in("en");
    }

    /** The text in the officer's own language: the one that is not English (the table holds two). */
    private static String own(MultilingualText text) {
        return text.asMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("en"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> english(text));
    }
}
