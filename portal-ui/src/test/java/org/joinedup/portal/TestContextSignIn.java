package org.joinedup.portal;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, makes the test's own application context's way of holding the signed-in
 * person the one {@code SecurityContextHolder} uses. Vaadin gives every context a strategy of
 * its own and makes the newest global, while each context's method security keeps its own; a
 * test running on a cached older context would otherwise sign in (through {@code DemoSignIn}
 * or {@code KaribuTest.signInAs}) where its services do not look.
 */
public class TestContextSignIn implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
