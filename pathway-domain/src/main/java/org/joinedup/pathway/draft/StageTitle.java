package org.joinedup.pathway.draft;

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

/** A stage's title: given, and at most {@link WorkspaceLimits#TITLE_MAX} characters. */
@NotBlank(message = "Give the stage a title.")
@Size(max = WorkspaceLimits.TITLE_MAX, message = "Keep the stage title to " + WorkspaceLimits.TITLE_MAX + " characters.")
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface StageTitle {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
