package org.joinedup.forums;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the shared model with the forums for the forums' own tests. It sits in the forums'
 * package, so a test finds it before the shared model's own test application when both are
 * on the class path; like the portal, it scans everything under {@code org.joinedup}.
 */
@SpringBootApplication(scanBasePackages = "org.joinedup")
@AutoConfigurationPackage(basePackages = "org.joinedup")
public class ForumsTestApplication {
}
