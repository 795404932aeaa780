package org.comity.web.demo;

import java.util.List;
import org.comity.core.identity.Agencies;
import org.comity.core.identity.Agency;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo users (password {@code demo}) and agency tokens listed in the README. Only in the
 * {@code demo} profile, which the README's run command names explicitly: outside it Comity has no
 * default credentials at all.
 */
@Component
@Profile("demo")
class DemoIdentities implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoIdentities.class);

    private static final List<String[]> PEOPLE = List.of(
            new String[] {"cn.officer", "Li Wei 李伟 (CN legal officer)", "OFFICER", "CN"},
            new String[] {"cn.supervisor", "Zhang Min 张敏 (CN supervisor)", "SUPERVISOR", "CN"},
            new String[] {"mm.officer", "Aung Ko Ko (MM legal officer)", "OFFICER", "MM"},
            new String[] {"mm.supervisor", "Thandar Win (MM supervisor)", "SUPERVISOR", "MM"},
            new String[] {"auditor", "Joint oversight auditor", "AUDITOR", null});

    private final UserAccounts accounts;
    private final Agencies agencies;
    private final PasswordEncoder encoder;

    DemoIdentities(UserAccounts accounts, Agencies agencies, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        String hash = encoder.encode(PASSWORD);
        int added = 0;
        for (String[] p : PEOPLE) {
            added += accounts.createIfAbsent(new UserAccount(p[0], p[1], Role.valueOf(p[2]), p[3], hash, true)) ? 1 : 0;
        }
        added += agencies.registerIfAbsent(new Agency("cn-mps", "Ministry of Public Security 公安部", "CN", true),
                "demo-cn-mps") ? 1 : 0;
        added += agencies.registerIfAbsent(new Agency("mm-mpf", "Myanmar Police Force", "MM", true),
                "demo-mm-mpf") ? 1 : 0;
        log.warn("Demo profile: {} demo identities added (password '{}'); never use this profile in production",
                added, PASSWORD);
    }
}
