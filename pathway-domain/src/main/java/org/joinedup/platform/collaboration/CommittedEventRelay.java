package org.joinedup.platform.collaboration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Services publish collaboration events as Spring events inside their transaction; this
 * hands them to the bus only once the change has committed, so nobody is told about a
 * change that was rolled back.
 */
@Component
class CommittedEventRelay {

    private final CollaborationBus bus;

    CommittedEventRelay(CollaborationBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void relay(CollaborationEvent event) {
        bus.publish(event);
    }
}
