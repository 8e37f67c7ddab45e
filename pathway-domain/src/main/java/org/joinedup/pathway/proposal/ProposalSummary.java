package org.joinedup.pathway.proposal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.joinedup.pathway.workspace.WorkspaceLimits;

/** What a proposal changes and why: given, and at most {@link WorkspaceLimits#SUMMARY_MAX} characters. */
@NotBlank(message = "Say in a sentence or two what the proposal changes and why.")
@Size(max = WorkspaceLimits.SUMMARY_MAX, message = "Keep the summary to " + WorkspaceLimits.SUMMARY_MAX + " characters.")
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface ProposalSummary {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
