package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.comity.core.casefile.CaseType;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.web.casefile.CaseList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cases an officer's or supervisor's state is a party to (every case for an auditor), newest
 * first: search by part of the reference, filter by type and status, 25 to a page. A filter value
 * the page does not know is named next to its field, with the values entered kept.
 */
@Controller
class CaseListController {

    static final int PAGE_SIZE = 25;
    static final int MAX_REFERENCE = 64;

    private final CaseList cases;
    private final JurisdictionRegistry jurisdictions;

    CaseListController(CaseList cases, JurisdictionRegistry jurisdictions) {
        this.cases = cases;
        this.jurisdictions = jurisdictions;
    }

    /** The filters as entered; blank means "any". */
    record Filter(String reference, String type, String status) {}

    @GetMapping("/cases")
    String list(
            Actor actor,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletResponse response) {
        if (!actor.role().worksOnTasks() && actor.role() != Role.AUDITOR) {
            throw new ForbiddenException("Only officers, supervisors and auditors follow cases");
        }
        Filter filter = new Filter(blankToNull(reference), blankToNull(type), blankToNull(status));
        Map<String, String> errors = new LinkedHashMap<>();
        if (filter.reference() != null && filter.reference().length() > MAX_REFERENCE) {
            errors.put("reference", "cases.error.reference");
        }
        CaseType caseType = Arrays.stream(CaseType.values())
                .filter(t -> t.name().equals(filter.type()))
                .findFirst()
                .orElse(null);
        if (filter.type() != null && caseType == null) {
            errors.put("type", "cases.error.type");
        }
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("types", CaseType.values());
        model.addAttribute("statuses", cases.statuses(actor));
        model.addAttribute("zone", CasePageController.zoneOf(actor, jurisdictions));
        if (errors.isEmpty()) {
            model.addAttribute(
                    "cases",
                    cases.page(actor, caseType, filter.status(), filter.reference(), Math.max(0, page), PAGE_SIZE));
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "cases";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
