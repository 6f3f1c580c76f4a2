package io.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.web.FlowGraph.EvidenceActors;
import io.briefing.web.FlowGraph.Flow;
import io.briefing.web.FlowGraph.Party;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowGraphTest {

    @Test
    void theReceiverIsTheActorTheEvidenceNamesMostOftenOtherThanTheSource() {
        List<EvidenceActors> evidence = List.of(
                new EvidenceActors(List.of("south-korea", "russia", "north-korea")),
                new EvidenceActors(List.of("north-korea", "russia", "united-nations")),
                new EvidenceActors(List.of("russia", "north-korea", "north-korea")));
        assertThat(FlowGraph.target("russia", evidence)).isEqualTo("north-korea");
        assertThat(FlowGraph.target("north-korea", evidence)).isEqualTo("russia");
        assertThat(FlowGraph.target("russia", List.of(new EvidenceActors(List.of("russia"))))).isNull();
        // An actor named twice in one item counts once; ties go to the actor named first.
        assertThat(FlowGraph.target("a", List.of(new EvidenceActors(List.of("a", "c", "b", "b"))))).isEqualTo("c");
    }

    @Test
    void whatFlowsIsReadFromTheMotiveKeyWithActorAliasesNamed() {
        Map<String, String> aliases = Map.of("un", "United Nations");
        assertThat(FlowGraph.what("north-korea-offers-shells-and-missiles", "north-korea", aliases::get, "fallback"))
                .isEqualTo("shells and missiles");
        assertThat(FlowGraph.what("russia-offers-diplomatic-support-at-un", "russia", aliases::get, "fallback"))
                .isEqualTo("diplomatic support at the United Nations");
        assertThat(FlowGraph.what("russia-offer-grain-2", "russia", aliases::get, "fallback")).isEqualTo("grain");
        assertThat(FlowGraph.what("russia-wants-grain", "russia", aliases::get, "Trade")).isEqualTo("Trade");
        assertThat(FlowGraph.what("russia-offers-", "russia", aliases::get, "Trade")).isEqualTo("Trade");
    }

    @Test
    void theDiagramDrawsOneArrowPerDirectionWithEveryLabelLinked() {
        Party ru = new Party("russia", "Russia", false);
        Party nk = new Party("north-korea", "North Korea", false);
        Party un = new Party("topic-un", "Sanctions", true);
        List<Flow> flows = List.of(new Flow("a", ru, nk, "food", "s", List.of()), new Flow("b", ru, nk, "technology", "s", List.of()),
                new Flow("c", nk, ru, "shells", "s", List.of()), new Flow("d", ru, un, "votes", "s", List.of()));
        FlowDiagram d = FlowDiagram.of(flows);
        assertThat(d.boxes()).extracting(FlowDiagram.Box::label).containsExactlyInAnyOrder("Russia", "North Korea", "Sanctions");
        assertThat(d.arrows()).hasSize(3);
        assertThat(d.arrows().get(0).labels()).extracting(FlowDiagram.Label::href).containsExactly("#flow-a", "#flow-b");
        assertThat(d.arrows()).allSatisfy(a -> assertThat(a.path()).matches("M-?[\\d.]+ -?[\\d.]+ Q-?[\\d.]+ -?[\\d.]+ -?[\\d.]+ -?[\\d.]+"));
        // Every label lies inside the view box.
        String[] box = d.viewBox().split(" ");
        double x0 = Double.parseDouble(box[0]);
        double y0 = Double.parseDouble(box[1]);
        for (FlowDiagram.Arrow a : d.arrows()) {
            for (FlowDiagram.Label l : a.labels()) {
                assertThat(Double.parseDouble(l.y())).isBetween(y0, y0 + Double.parseDouble(box[3]));
                assertThat(Double.parseDouble(l.x())).isBetween(x0, x0 + Double.parseDouble(box[2]));
            }
        }
        assertThat(FlowDiagram.of(List.of()).arrows()).isEmpty();
    }
}
