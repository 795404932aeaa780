package org.comity.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: {@code ?lang=<language>} switches to one of the {@link PageLanguages} and is
 * remembered in a cookie; a language that is not offered is ignored, English is the default.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

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
