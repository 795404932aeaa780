package org.comity.core.routeconflict;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * A supervisor of the holding state decides the route of a person held back by a route conflict
 * (legal-domain.md §10 item 22). Reasons are required whatever the decision; they stay in Comity,
 * only the decision goes to the engine.
 */
@TaskForm(DecideRouteForm.KEY)
public record DecideRouteForm(
        @NotNull RouteDecision route,

        @NotBlank @Size(max = 4000) @LongText @Hint @VisibleText(multiline = true)
        String reasons) {

    public static final String KEY = "RepatriationDecideRoute";
}
