package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/** What the execution achieved; obstacles are reported either way (ICJA Art. 17). */
public enum ExecutionOutcome implements Labelled {

    EXECUTED("Executed in full", "已全部执行"),
    PARTIALLY_EXECUTED("Executed in part", "部分执行"),
    NOT_EXECUTED("Could not be executed", "无法执行");

    private final String en;
    private final String zh;

    ExecutionOutcome(String en, String zh) {
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
