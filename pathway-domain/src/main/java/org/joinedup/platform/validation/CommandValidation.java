package org.joinedup.platform.validation;

import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.beanvalidation.FilteredMethodValidationPostProcessor;
import org.springframework.boot.validation.beanvalidation.MethodValidationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;

/**
 * Services marked {@code @Validated} check their {@code @Valid} command records before they
 * run, as Spring Boot sets up, but refuse with {@link InvalidInputException} instead of
 * Bean Validation's own exception: a form catches one kind of refusal, whether a record's
 * annotation or a rule in the service refused it.
 */
@Configuration(proxyBeanMethods = false)
class CommandValidation {

    @Bean
    static MethodValidationPostProcessor methodValidationPostProcessor(ObjectProvider<Validator> validator,
            ObjectProvider<MethodValidationExcludeFilter> excludeFilters) {
        MethodValidationPostProcessor processor = new RefusingPostProcessor(excludeFilters);
        processor.setProxyTargetClass(true);
        processor.setValidatorProvider(validator);
        return processor;
    }

    private static final class RefusingPostProcessor extends FilteredMethodValidationPostProcessor {

        RefusingPostProcessor(ObjectProvider<MethodValidationExcludeFilter> excludeFilters) {
            super(excludeFilters.orderedStream());
        }

        @Override
        protected Advice createMethodValidationAdvice(Supplier<Validator> validator) {
            MethodInterceptor validating = (MethodInterceptor) super.createMethodValidationAdvice(validator);
            return (MethodInterceptor) invocation -> {
                try {
                    return validating.invoke(invocation);
                } catch (ConstraintViolationException invalid) {
                    throw InvalidInputException.of(invalid.getConstraintViolations());
                }
            };
        }
    }
}
