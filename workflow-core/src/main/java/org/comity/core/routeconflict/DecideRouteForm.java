package org.comity.core.routeconflict;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Hint;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/**
 * A supervisor of the holding state decides the route of a person held back by a route conflict
 * (legal-domain.md §10 item 22). Reasons are required whatever the decision; they stay in Comity,
 * only the decision goes to the engine.
 */
@TaskForm(DecideRouteForm.KEY)
@Label(en = "Decide the route", zh = "决定移交途径")
public record DecideRouteForm(
        @NotNull @Label(en = "Route", zh = "移交途径") RouteDecision route,
        @NotBlank @Size(max = 4000) @LongText @Label(en = "Reasons", zh = "理由")
        @Hint(en = "Why this route: the extradition case, the person's identity, the proceedings on both sides",
                zh = "说明理由：引渡案件、人员身份、双方程序情况") @VisibleText(multiline = true) String reasons) {

    public static final String KEY = "RepatriationDecideRoute";
}
