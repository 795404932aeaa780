package org.comity.core.extradition.decision;

/**
 * Refusal-ground codes emitted by {@code ExtraditionRefusalGrounds}, as defined in
 * {@code reference/legal-domain.md} §2.6. Whether a ground is mandatory depends on the requested
 * state and is an output of the table, not a property of the code.
 */
public enum RefusalGround {

    /** The person is a national of the requested state (S10 Art. 8(1); S1 Art. 4(a)). */
    NAT,
    /** Final judgment or terminated proceedings in the requested state (S10 Art. 8(2); S1 Art. 3(d)). */
    NBI,
    /** Political offence, or asylum granted (S10 Art. 8(3); S1 Art. 3(a)). */
    POL,
    /** Persecution or discrimination (S10 Art. 8(4); S1 Art. 3(b)). */
    PER,
    /** Purely military offence (S10 Art. 8(5); S1 Art. 3(c)). */
    MIL,
    /** Lapse of time, amnesty or pardon under either law (S10 Art. 8(6); S1 Art. 3(e)). */
    LAP,
    /** Torture or cruel, inhuman or degrading treatment (S10 Art. 8(7); S1 Art. 3(f)). */
    TOR,
    /** Judgment in absentia without a retrial undertaking (S10 Art. 8(8); S1 Art. 3(g)). */
    ABS,
    /** Conditions of extradition unmet: dual criminality or threshold (S10 Art. 7; S1 Art. 2). */
    COND,
    /** Sovereignty, security or public interest of the PRC (S10 Art. 3 para. 2). */
    SOV,
    /** Prosecution pending or prepared in the requested state (S10 Art. 9(1); S1 Art. 4(c)). */
    PEND,
    /** Death penalty possible without assurance (S1 Art. 4(d)). */
    DP,
    /** Humanitarian: age, health, personal circumstances (S10 Art. 9(2); S1 Art. 4(h)). */
    HUM,
    /** Offence committed in the requested state's territory (S1 Art. 4(f)). */
    TERR,
    /**
     * An earlier extradition of the person for the same offence was deemed abandoned: the requesting
     * state did not take the person over in time, so the requested state may refuse a new request
     * (S10 Art. 40 para. 1; S1 Art. 11(3)).
     */
    ABAND
}
