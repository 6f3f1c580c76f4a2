package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Provenance")
@Description("Who put a record (actor, topic, motive or evidence) into the knowledge base.")
public enum Provenance {
    @Description("Curated by hand and shipped with the service.")
    CURATED,
    @Description("Extracted by the service from an ingested article; a candidate until an editor confirms it.")
    EXTRACTED,
    @Description("Created by an editor through a mutation.")
    EDITOR
}
