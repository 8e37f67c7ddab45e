package org.joinedup.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Nobody reaches a page of the portal before it is ready, nor while it stops. */
class StartingUpGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartingUpGate gate = new StartingUpGate(availability);

    @Test
    void before_the_portal_is_ready_every_request_gets_the_starting_page() throws Exception {
        Answer answer = request("/login");

        assertThat(answer.response().getStatus()).isEqualTo(503);
        assertThat(answer.response().getHeader("Retry-After")).isEqualTo("2");
        assertThat(answer.response().getContentAsString()).contains("JoinedUp is starting");
        assertThat(answer.chain().getRequest()).as("the page itself was not reached").isNull();
    }

    @Test
    void once_ready_requests_reach_the_portal_and_when_it_stops_they_no_longer_do() throws Exception {
        becomes(ReadinessState.ACCEPTING_TRAFFIC);
        Answer ready = request("/login");
        becomes(ReadinessState.REFUSING_TRAFFIC);
        Answer stopping = request("/login");

        assertThat(ready.chain().getRequest()).as("the page was reached").isNotNull();
        assertThat(ready.response().getStatus()).isEqualTo(200);
        assertThat(stopping.response().getStatus()).isEqualTo(503);
        assertThat(stopping.chain().getRequest()).isNull();
    }

    private record Answer(MockHttpServletResponse response, MockFilterChain chain) {
    }

    private Answer request(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        return new Answer(response, chain);
    }

    private void becomes(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
    }
}
