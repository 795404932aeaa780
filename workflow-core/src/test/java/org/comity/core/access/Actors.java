package org.comity.core.access;

import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;

/** The people and agencies of a case between China (requesting, holding) and Myanmar (requested, receiving). */
final class Actors {

    static final CaseParties CHINA_ASKS_MYANMAR = new CaseParties("CN", "MM");
    static final Actor CN_OFFICER = Actor.person("cn.officer", Role.OFFICER, "CN");
    static final Actor CN_SUPERVISOR = Actor.person("cn.supervisor", Role.SUPERVISOR, "CN");
    static final Actor CN_AGENCY = Actor.agency("cn-mps", "CN");
    static final Actor MM_OFFICER = Actor.person("mm.officer", Role.OFFICER, "MM");
    static final Actor MM_SUPERVISOR = Actor.person("mm.supervisor", Role.SUPERVISOR, "MM");
    static final Actor MM_AGENCY = Actor.agency("mm-mpf", "MM");
    static final Actor AUDITOR = Actor.person("auditor", Role.AUDITOR, null);

    private Actors() {}
}
