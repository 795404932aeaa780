package org.comity.core.extradition.form;

import org.comity.core.form.Labelled;

/** Refusal-ground codes an executive refusal may cite (legal-domain.md §2.6), with their wording. */
public enum GroundCode implements Labelled {
    NAT,
    NBI,
    POL,
    PER,
    MIL,
    LAP,
    TOR,
    ABS,
    COND,
    SOV,
    PEND,
    DP,
    HUM,
    TERR,
    ABAND;
}
