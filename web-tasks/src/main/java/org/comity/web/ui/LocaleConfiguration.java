package org.comity.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comity.core.form.FormMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page texts and language: {@code ?lang=<language>} switches to one of the {@link PageLanguages} and is
 * remembered in a cookie; a language that is not offered is ignored, English is the default.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    /**
     * The pages' texts ({@code messages*.properties}) and, after them, the form bundles
     * ({@link FormMessages}), so that a page names an option or a form text by the same key
     * ({@code #{option.PenaltyKind.TERM}}) as the forms do. English is the base of each bundle.
     */
    @Bean
    MessageSource messageSource() {
        List<String> basenames = new ArrayList<>(List.of("messages"));
        basenames.addAll(FormMessages.bundles());
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Bean
    LocaleResolver localeResolver(PageLanguages languages) {
        CookieLocaleResolver resolver = new OfferedLocaleResolver(languages);
        resolver.setDefaultLocale(PageLanguages.DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Strict");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
    }

    /** A cookie resolver that takes, and reads back from its cookie, only an offered language. */
    static final class OfferedLocaleResolver extends CookieLocaleResolver {

        private final PageLanguages languages;

        OfferedLocaleResolver(PageLanguages languages) {
            super("comity-lang");
            this.languages = languages;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            if (locale == null) {
                super.setLocale(request, response, null);
            } else {
                languages.offered(locale).ifPresent(offered -> super.setLocale(request, response, offered));
            }
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return languages.offered(super.parseLocaleValue(value)).orElse(null);
        }
    }
}
