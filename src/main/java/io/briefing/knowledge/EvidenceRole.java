package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EvidenceRole")
@Description("How an evidence item bears on a motive.")
public enum EvidenceRole {
    @Description("The evidence supports the motive.")
    SUPPORTS,
    @Description("The evidence complicates or weakens the motive (a counterpoint).")
    COMPLICATES
}
