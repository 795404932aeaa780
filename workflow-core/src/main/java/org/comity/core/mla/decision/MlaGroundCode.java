package org.comity.core.mla.decision;

import org.comity.core.form.Labelled;

/**
 * Grounds on which a requested state may, or for {@code SOV} in China shall, refuse assistance
 * ({@code reference/legal-domain.md} §4.3). Whether a ground is mandatory depends on the requested
 * state and is an output of {@code MlaRefusalGrounds}, not a property of the code. Fiscal matters
 * and bank secrecy are deliberately absent: a state may not refuse on those grounds alone (UNTOC
 * Art. 18(8), 18(22)), so a refusal cannot cite them.
 */
public enum MlaGroundCode implements Labelled {

    /** Not in conformity with the requirements of the article (UNTOC 18(21)(a); ICJA Art. 15). */
    FORM("Request not in conformity with the requirements", "请求不符合规定的形式和内容要求"),
    /** Sovereignty, security, ordre public or essential interests (UNTOC 18(21)(b); ICJA Art. 4). */
    SOV("Sovereignty, security, public order or essential interests", "损害主权、安全、社会公共利益或其他根本利益"),
    /** Domestic law would prohibit the action for a similar domestic offence (UNTOC 18(21)(c)). */
    DOMLAW("Prohibited by domestic law for a similar offence", "国内法禁止就类似犯罪采取该措施"),
    /** Contrary to the requested state's legal system on MLA (UNTOC 18(21)(d)). */
    LEGSYS("Contrary to the legal system on mutual legal assistance", "违反被请求国刑事司法协助法律制度"),
    /** No dual criminality (UNTOC 18(9); ICJA Art. 14(1)). */
    DC("Not an offence under the requested state's law", "依被请求国法律不构成犯罪"),
    /** Final judgment or terminated proceedings in the requested state (ICJA Art. 14(2)). */
    NBI("Final judgment or terminated proceedings for the same conduct", "已作出生效判决或已终止诉讼"),
    /** Investigation, prosecution or trial pending in the requested state (ICJA Art. 14(2)). */
    PEND("Proceedings pending in the requested state for the same conduct", "被请求国正在进行刑事诉讼"),
    /** Time-barred, amnesty or pardon (ICJA Art. 14(2)). */
    LAP("Time-barred, amnesty or pardon", "已过追诉时效或已被赦免"),
    /** Political offence (ICJA Art. 14(3); UN Model Treaty on MLA Art. 4(1)(b)). */
    POL("Political offence", "政治犯罪"),
    /** Purely military offence (ICJA Art. 14(4)). */
    MIL("Purely military offence", "纯军事犯罪"),
    /** Persecution on account of race, religion, nationality, sex, opinion or status (ICJA Art. 14(5)). */
    PER("Risk of persecution or discrimination", "可能因种族、宗教、国籍、性别、政治见解或身份受到不公正待遇"),
    /** No substantial link between the request and the case (ICJA Art. 14(6)). */
    LINK("No substantial link between the request and the case", "请求事项与案件之间缺乏实质性联系"),
    /** Other situations in which the law allows refusal (ICJA Art. 14(7), Art. 22 para. 3). */
    OTHER("Other ground provided by law", "法律规定的其他情形");

    private final String en;
    private final String zh;

    MlaGroundCode(String en, String zh) {
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
