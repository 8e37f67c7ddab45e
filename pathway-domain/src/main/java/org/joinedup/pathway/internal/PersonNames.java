package org.joinedup.pathway.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.joinedup.identity.people.PeopleLookup;
import org.springframework.stereotype.Component;

/** Display names of the people a workspace refers to by id; a closed account reads "Former member". */
@Component
public class PersonNames {

    public static final String FORMER_MEMBER = "Former member";

    private final PeopleLookup people;

    public PersonNames(PeopleLookup people) {
        this.people = people;
    }

    public Map<Long, String> of(Collection<Long> personIds) {
        return new HashMap<>(people.names(personIds));
    }

    public String of(long personId) {
        return of(List.of(personId)).getOrDefault(personId, FORMER_MEMBER);
    }
}
