package org.comity.core.extradition.form;

import org.comity.core.form.Labelled;

/** Refusal-ground codes an executive refusal may cite (legal-domain.md §2.6), with their wording. */
public enum GroundCode implements Labelled {

    NAT("National of the requested state", "被请求国国民"),
    NBI("Final judgment or terminated proceedings for the same offence", "已作出生效判决或终止诉讼"),
    POL("Political offence or asylum granted", "政治犯罪或已给予受庇护权"),
    PER("Risk of persecution or discrimination", "可能因种族、宗教等原因受到不公正待遇"),
    MIL("Purely military offence", "纯军事犯罪"),
    LAP("Lapse of time, amnesty or pardon", "已过追诉时效或被赦免"),
    TOR("Risk of torture or inhuman treatment", "可能遭受酷刑或其他残忍、不人道待遇"),
    ABS("Judgment in absentia without a retrial undertaking", "缺席判决且未承诺重新审判"),
    COND("Conditions of extradition not met", "不符合引渡条件"),
    SOV("Sovereignty, security or public interest", "损害主权、安全或社会公共利益"),
    PEND("Proceedings pending in the requested state", "被请求国正在进行刑事诉讼"),
    DP("Death penalty without assurance", "可能判处死刑且无保证"),
    HUM("Humanitarian considerations", "人道主义考虑"),
    TERR("Offence committed in the requested state", "犯罪发生在被请求国境内"),
    ABAND("Earlier surrender for the same offence deemed abandoned", "请求国此前就同一犯罪未按期接收，视为放弃引渡");

    private final String en;
    private final String zh;

    GroundCode(String en, String zh) {
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
