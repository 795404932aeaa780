package org.comity.core.mla.request;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Label;
import org.comity.core.validation.VisibleText;

/**
 * The authority making the request and the officer the requested state may contact about it
 * (legal-domain.md §4.1 {@code requestingAuthority}; UNTOC 18(15)(a), ICJA Art. 13(1)).
 *
 * @param name the authority conducting the investigation, prosecution or proceeding
 * @param contactName the officer in charge
 * @param contactEmail where the requested state can reach that officer
 * @param contactPhone international format, e.g. {@code +86 871 1234 5678}
 */
@Label(en = "Requesting authority", zh = "请求机关")
public record RequestingAuthority(
        @Label(en = "Authority", zh = "机关名称")
        @NotBlank(message = "{mla.required}") @Size(max = 300) @VisibleText(max = 300) String name,
        @Label(en = "Contact officer", zh = "联系人")
        @NotBlank(message = "{mla.required}") @Size(max = 200) @VisibleText String contactName,
        @Label(en = "Contact e-mail", zh = "联系电子邮箱")
        @NotBlank(message = "{mla.required}") @Email(message = "{mla.email}") @Size(max = 200) @VisibleText String contactEmail,
        @Label(en = "Contact telephone", zh = "联系电话")
        @Pattern(regexp = "\\+[0-9][0-9 ]{6,20}", message = "{mla.phone}") @VisibleText String contactPhone) {
}
