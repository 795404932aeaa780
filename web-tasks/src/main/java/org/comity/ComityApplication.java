package org.comity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The only bootable module. It sits in the root package so that component scanning reaches the
 * services of workflow-core ({@code org.comity.core}) and the document generator of
 * document-service ({@code org.comity.documents}) without listing them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ComityApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComityApplication.class, args);
    }
}
