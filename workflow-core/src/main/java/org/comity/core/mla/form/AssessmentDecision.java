package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/**
 * The requested central authority's assessment of a request (DESIGN §4.3; ICJA Arts. 15–16: execute,
 * refuse with reasons, postpone, or ask for more material; UNTOC Art. 18(21), 18(23), 18(25)).
 */
public enum AssessmentDecision implements Labelled {

    ACCEPT("Accept and execute", "同意并执行"),
    REFUSE("Refuse", "拒绝协助"),
    POSTPONE("Postpone", "暂缓执行"),
    REQUEST_MORE_INFORMATION("Ask for more information", "要求补充材料");

    private final String en;
    private final String zh;

    AssessmentDecision(String en, String zh) {
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
