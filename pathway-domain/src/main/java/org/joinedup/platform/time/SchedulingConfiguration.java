package org.joinedup.platform.time;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the portal's scheduled jobs, such as the daily digest. Tests switch it off
 * ({@code joinedup.scheduling.enabled=false}) and call the jobs themselves, so nothing
 * runs in the middle of a test because the clock happened to strike.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "joinedup.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
