package org.comity.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.comity.core.validation.TextConversions;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Tells the sender that Burmese it typed in Zawgyi was stored in Unicode (issue #19 item 3): an API
 * answer carries the header {@value #HEADER} listing the fields (JSON pointers, form fields or CSV
 * cells), and a page shows a notice with the text as it was stored, so that the officer who typed
 * it can check it. The audit log keeps the digest of the original ({@code AuditLog}).
 */
@RestControllerAdvice
class ConvertedTextReports implements ResponseBodyAdvice<Object>, HandlerInterceptor, WebMvcConfigurer {

    /** The response header naming the fields whose Burmese was converted from Zawgyi to Unicode. */
    static final String HEADER = "Comity-Text-Converted";

    /** The model and flash attribute holding the converted texts for the page notice. */
    static final String NOTICE = "textConverted";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        List<TextConversions.Conversion> conversions = TextConversions.current();
        if (!conversions.isEmpty()) {
            response.getHeaders()
                    .set(
                            HEADER,
                            String.join(
                                    ", ",
                                    conversions.stream()
                                            .map(TextConversions.Conversion::field)
                                            .filter(Objects::nonNull)
                                            .distinct()
                                            .toList()));
        }
        return body;
    }

    /** After a page's form was handled: the stored texts, for the notice of the page shown next. */
    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        List<String> stored = TextConversions.current().stream()
                .map(TextConversions.Conversion::unicode)
                .distinct()
                .toList();
        if (stored.isEmpty() || view == null) {
            return;
        }
        String name = view.getViewName();
        if (name != null && name.startsWith("redirect:")) {
            RequestContextUtils.getOutputFlashMap(request).put(NOTICE, stored);
        } else {
            view.addObject(NOTICE, stored);
        }
    }
}
