package org.joinedup.portal.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.twofactor.CodeProblem;

/**
 * The code box of the second sign-in step. Like the password form it is a plain HTML
 * form posted to Spring Security ({@link SecondFactorCodeFilter}), not a server call, so
 * the browser, password managers and "one-time code" autofill treat it as a sign-in.
 */
@Tag("form")
class CodeForm extends Component implements HasComponents {

    final TextField code = new TextField("Code");
    final NativeButton submit;

    CodeForm(String submitText, String helperText) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", TwoStepSignInConfigurer.CODE_PATH.substring(1));
        addClassName("code-form");
        code.getElement().setAttribute("name", SecondFactorCodeFilter.CODE_PARAMETER);
        // The enum has no "one-time-code", which lets phones offer a code they just received.
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        code.setRequiredIndicatorVisible(true);
        code.setHelperText(helperText);
        submit = new NativeButton(submitText);
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("submit-button");
        add(code);
        CsrfField.current().ifPresent(this::add);
        add(submit);
    }

    /** Says beside the box why the last code was refused; the code itself is never sent back. */
    void show(CodeProblem problem) {
        code.setErrorMessage(problem.message());
        code.setInvalid(true);
    }
}
