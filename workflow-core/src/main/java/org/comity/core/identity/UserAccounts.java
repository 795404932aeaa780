package org.comity.core.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people who may sign in, in table {@code comity_user}. */
@Repository
public class UserAccounts {

    private static final RowMapper<UserAccount> ROW = (rs, n) -> new UserAccount(
            rs.getString("username"),
            rs.getString("display_name"),
            Role.valueOf(rs.getString("role")),
            rs.getString("jurisdiction"),
            rs.getString("password_hash"),
            rs.getBoolean("enabled"));

    private final JdbcClient jdbc;
    private final JurisdictionRegistry jurisdictions;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, JurisdictionRegistry jurisdictions, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT * FROM comity_user WHERE username = ?")
                .param(username)
                .query(ROW)
                .optional();
    }

    /**
     * The enabled people of a jurisdiction in a role, by user name: the members of that jurisdiction's
     * candidate group for the role ({@link CandidateGroups}), to whom a supervisor may assign its tasks.
     */
    public List<UserAccount> members(String jurisdiction, Role role) {
        return jdbc.sql(
                        "SELECT * FROM comity_user WHERE jurisdiction = ? AND role = ? AND enabled = TRUE ORDER BY username")
                .params(jurisdiction, role.name())
                .query(ROW)
                .list();
    }

    /**
     * Adds the account unless one of that name exists; returns whether it was added. Safe when several
     * nodes of a cluster seed the same account at once: the primary key decides, and the node that
     * loses the race finds the account present. Call it outside a transaction: on PostgreSQL the
     * refused insert would end the caller's transaction.
     */
    public boolean createIfAbsent(UserAccount account) {
        if (account.role() == Role.AGENCY) {
            throw new IllegalArgumentException("Agencies authenticate with tokens, not passwords");
        }
        if (account.jurisdiction() != null) {
            jurisdictions.require(account.jurisdiction());
        }
        if (find(account.username()).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO comity_user (username, display_name, role, jurisdiction, password_hash, enabled, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            account.username(),
                            account.displayName(),
                            account.role().name(),
                            account.jurisdiction(),
                            account.passwordHash(),
                            account.enabled(),
                            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException addedMeanwhile) {
            return false;
        }
        return true;
    }
}
