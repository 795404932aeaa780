package org.comity.web.verification;

import org.comity.core.archive.DocumentVerifications;
import org.comity.core.archive.VerificationCode;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page {@code /verify}: a field for the code printed on the document, and the answer for
 * it. A document's QR code opens this page with its code ({@code /verify?code=...}), so that a phone
 * shows the answer at once. Open without signing in.
 */
@Controller
class VerificationPageController {

    private final DocumentVerifications verifications;
    private final JurisdictionRegistry jurisdictions;

    VerificationPageController(DocumentVerifications verifications, JurisdictionRegistry jurisdictions) {
        this.verifications = verifications;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/verify")
    ModelAndView verify(@RequestParam(name = "code", required = false) String code, Model model) {
        ModelAndView page = new ModelAndView("verify", model.asMap());
        if (code == null || code.isBlank()) {
            return page;
        }
        page.addObject("entered", code.length() > 40 ? code.substring(0, 40) : code);
        var printed = VerificationCode.parse(code);
        if (printed.isEmpty()) {
            page.addObject("malformed", true);
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return page;
        }
        var answer =
                verifications.verify(printed.get()).map(v -> VerificationAnswer.of(printed.get(), v, jurisdictions));
        if (answer.isEmpty()) {
            page.addObject("notIssued", true);
            page.setStatus(HttpStatus.NOT_FOUND);
            return page;
        }
        page.addObject("answer", answer.get());
        return page;
    }
}
