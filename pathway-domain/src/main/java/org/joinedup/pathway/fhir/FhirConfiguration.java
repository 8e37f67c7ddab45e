package org.joinedup.pathway.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The one FHIR R4 context of the application: building one scans the whole model, so it is
 * shared. It is built at the first export rather than at start-up, which it would slow by
 * loading HAPI FHIR's classes (decision 025).
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    @Lazy
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
