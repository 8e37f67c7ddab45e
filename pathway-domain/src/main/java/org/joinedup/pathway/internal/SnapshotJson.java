package org.joinedup.pathway.internal;

import org.joinedup.pathway.draft.PathwaySnapshot;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps proposed and published content as JSON: whole, and unaffected by later edits to the draft. */
@Component
public class SnapshotJson {

    private final JsonMapper json = JsonMapper.builder().build();

    public String write(PathwaySnapshot snapshot) {
        return json.writeValueAsString(snapshot);
    }

    public PathwaySnapshot read(String content) {
        return json.readValue(content, PathwaySnapshot.class);
    }
}
