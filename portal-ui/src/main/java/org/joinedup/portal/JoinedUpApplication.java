package org.joinedup.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the portal. Every module lives under {@code org.joinedup}, so components,
 * entities, repositories and Vaadin routes are found from there.
 */
@SpringBootApplication(scanBasePackages = "org.joinedup")
@AutoConfigurationPackage(basePackages = "org.joinedup")
public class JoinedUpApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(JoinedUpApplication.class);
        StartupTimeline.recordIfAsked(application);
        application.run(args);
    }
}
