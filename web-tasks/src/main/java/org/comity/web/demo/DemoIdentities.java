package org.comity.web.demo;

import java.util.List;
import org.comity.core.document.PersonName;
import org.comity.core.identity.Agencies;
import org.comity.core.identity.Agency;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.comity.core.signature.OfficerProfile;
import org.comity.core.signature.OfficerProfiles;
import org.comity.web.security.AgencyClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo users (password {@code demo}; two officers per state, so that assigning a task to a
 * named officer, moving it from one to the other and the supervisor's workload view can be shown),
 * their signature profiles (how each is named on the documents they sign; fictitious people of
 * fictitious divisions), the agency tokens listed in the README and the agencies' OAuth 2.0 clients
 * (secret {@code demo-secret-<agency id>}). Only in the
 * {@code demo} profile, which the README's run command names explicitly: outside it Comity has no
 * default credentials at all.
 */
@Component
@Profile("demo")
class DemoIdentities implements ApplicationRunner {

    static final String PASSWORD = "demo";

    /** The demo agencies' OAuth 2.0 client secrets are this followed by the agency's id ({@code demo-secret-cn-mps}). */
    public static final String CLIENT_SECRET_PREFIX = "demo-secret-";

    private static final Logger log = LoggerFactory.getLogger(DemoIdentities.class);

    private static final List<String[]> PEOPLE = List.of(
            new String[] {"cn.officer", "Li Wei 李伟 (CN legal officer)", "OFFICER", "CN"},
            new String[] {"cn.officer2", "Wang Fang 王芳 (CN legal officer)", "OFFICER", "CN"},
            new String[] {"cn.supervisor", "Zhang Min 张敏 (CN supervisor)", "SUPERVISOR", "CN"},
            new String[] {"mm.officer", "Aung Ko Ko (MM legal officer)", "OFFICER", "MM"},
            new String[] {"mm.officer2", "Khin Mar Lwin (MM legal officer)", "OFFICER", "MM"},
            new String[] {"mm.supervisor", "Thandar Win (MM supervisor)", "SUPERVISOR", "MM"},
            new String[] {"auditor", "Joint oversight auditor", "AUDITOR", null});

    /** Each demo user's signature profile: name in their script and in Latin; title, authority, place. */
    private static final List<OfficerProfile> PROFILES = List.of(
            profile(
                    "cn.officer",
                    "李伟",
                    "Li Wei",
                    "Legal Officer",
                    "法务官员",
                    "Ministry of Public Security, International Cooperation Bureau",
                    "公安部国际合作局",
                    "Beijing",
                    "北京"),
            profile(
                    "cn.officer2",
                    "王芳",
                    "Wang Fang",
                    "Legal Officer",
                    "法务官员",
                    "Ministry of Public Security, International Cooperation Bureau",
                    "公安部国际合作局",
                    "Beijing",
                    "北京"),
            profile(
                    "cn.supervisor",
                    "张敏",
                    "Zhang Min",
                    "Division Director",
                    "处长",
                    "Ministry of Public Security, International Cooperation Bureau",
                    "公安部国际合作局",
                    "Beijing",
                    "北京"),
            profile(
                    "mm.officer",
                    "အောင်ကိုကို",
                    "Aung Ko Ko",
                    "Legal Officer",
                    "ဥပဒေအရာရှိ",
                    "Myanmar Police Force, Transnational Crime Department",
                    "မြန်မာနိုင်ငံရဲတပ်ဖွဲ့",
                    "Nay Pyi Taw",
                    "နေပြည်တော်"),
            profile(
                    "mm.officer2",
                    "ခင်မာလွင်",
                    "Khin Mar Lwin",
                    "Legal Officer",
                    "ဥပဒေအရာရှိ",
                    "Myanmar Police Force, Transnational Crime Department",
                    "မြန်မာနိုင်ငံရဲတပ်ဖွဲ့",
                    "Nay Pyi Taw",
                    "နေပြည်တော်"),
            profile(
                    "mm.supervisor",
                    "သန္တာဝင်း",
                    "Thandar Win",
                    "Deputy Director",
                    "ဒုတိယညွှန်ကြားရေးမှူး",
                    "Myanmar Police Force, Transnational Crime Department",
                    "မြန်မာနိုင်ငံရဲတပ်ဖွဲ့",
                    "Nay Pyi Taw",
                    "နေပြည်တော်"),
            profile(
                    "auditor",
                    "陈静",
                    "Chen Jing",
                    "Auditor",
                    "审计员",
                    "Joint Oversight Committee",
                    "联合监督委员会",
                    "Kunming",
                    "昆明"));

    private final UserAccounts accounts;
    private final Agencies agencies;
    private final PasswordEncoder encoder;
    private final OfficerProfiles profiles;
    private final AgencyClients clients;

    DemoIdentities(
            UserAccounts accounts,
            Agencies agencies,
            PasswordEncoder encoder,
            OfficerProfiles profiles,
            AgencyClients clients) {
        this.clients = clients;
        this.profiles = profiles;
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
        PROFILES.forEach(profiles::save);
        added += agencies.registerIfAbsent(
                        new Agency("cn-mps", "Ministry of Public Security 公安部", "CN", true), "demo-cn-mps")
                ? 1
                : 0;
        added += agencies.registerIfAbsent(new Agency("mm-mpf", "Myanmar Police Force", "MM", true), "demo-mm-mpf")
                ? 1
                : 0;
        added += clients.registerIfAbsent("cn-mps", CLIENT_SECRET_PREFIX + "cn-mps") ? 1 : 0;
        added += clients.registerIfAbsent("mm-mpf", CLIENT_SECRET_PREFIX + "mm-mpf") ? 1 : 0;
        log.warn(
                "Demo profile: {} demo identities added (password '{}'); never use this profile in production",
                added,
                PASSWORD);
    }

    private static OfficerProfile profile(
            String username,
            String nameOriginal,
            String nameLatin,
            String titleEn,
            String titleLocal,
            String authorityEn,
            String authorityLocal,
            String placeEn,
            String placeLocal) {
        return new OfficerProfile(
                username,
                new PersonName(nameOriginal, nameLatin),
                OfficerProfile.text(titleEn, titleLocal),
                OfficerProfile.text(authorityEn, authorityLocal),
                OfficerProfile.text(placeEn, placeLocal));
    }
}
