package org.comity.core.routeconflict;

import org.comity.core.form.Labelled;

/**
 * The route the holding state's supervisor chooses for a person who is in a repatriation and also
 * sought by a pending extradition request (legal-domain.md §10 item 22; §2.1: the route is modelled
 * explicitly, never inferred). Names are process variable values.
 */
public enum RouteDecision implements Labelled {
    EXTRADITION_FIRST("Extradition first: withdraw the person from the repatriation",
            "引渡优先：将该人员撤出遣返"),
    REPATRIATION_PROCEEDS("Repatriation proceeds: the extradition request is answered separately",
            "继续遣返：引渡请求另行处理"),
    NOT_THE_SAME_PERSON("Not the same person: the match is a different individual",
            "并非同一人：匹配结果为另一人");

    private final String en;
    private final String zh;

    RouteDecision(String en, String zh) {
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
