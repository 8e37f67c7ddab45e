package org.joinedup.pathway.workspace;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Keeps proposed and published content as JSON: whole, and unaffected by later edits to the draft. */
@Component
class SnapshotJson {

    private final JsonMapper json = JsonMapper.builder().build();

    String write(PathwaySnapshot snapshot) {
        return json.writeValueAsString(snapshot);
    }

    PathwaySnapshot read(String content) {
        return json.readValue(content, PathwaySnapshot.class);
    }
}
