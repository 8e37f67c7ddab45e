package org.joinedup.identity.people;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An account whose roles include {@link Role#CLINICIAN} names the care setting they work in; refused at {@code careSetting}. */
@Constraint(validatedBy = ClinicianHasSetting.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface ClinicianHasSetting {

    String message() default "Choose the care setting this clinician works in";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What the rule reads from an account's roles and setting. */
    interface Access {

        Set<Role> roles();

        CareSetting careSetting();
    }

    class Check implements ConstraintValidator<ClinicianHasSetting, Access> {

        @Override
        public boolean isValid(Access account, ConstraintValidatorContext context) {
            if (account.roles() == null || !account.roles().contains(Role.CLINICIAN) || account.careSetting() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("careSetting").addConstraintViolation();
            return false;
        }
    }
}
