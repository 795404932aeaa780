package org.comity.core.extradition.form;

import org.comity.core.form.Labelled;

/** The executive decision after a ruling that the conditions are met (S10 Arts. 29, 42). */
public enum ExecutiveDecision implements Labelled {

    GRANT("Grant extradition", "准予引渡"),
    REFUSE("Refuse extradition", "不予引渡"),
    POSTPONE("Grant and postpone the surrender", "准予引渡并暂缓移交");

    private final String en;
    private final String zh;

    ExecutiveDecision(String en, String zh) {
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
