package org.comity.core.mla.request;

import org.comity.core.form.Labelled;

/**
 * The stage of the criminal matter the assistance serves (legal-domain.md §4.1
 * {@code proceedingType}; UNTOC 18(15)(b): subject matter and nature of the proceeding).
 */
public enum ProceedingType implements Labelled {

    INVESTIGATION("Investigation", "侦查"),
    PROSECUTION("Prosecution", "审查起诉"),
    TRIAL("Trial", "审判"),
    ENFORCEMENT("Enforcement of a judgment", "执行");

    private final String en;
    private final String zh;

    ProceedingType(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    @Override
    public String labelZh() {
        return zh;
    }
}
