package io.briefing.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.error.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule by which queries and editors' changes name actors and topics. */
class NameLookupTest {

    record Named(String slug, List<String> names) {
    }

    private static final Named KOREA = new Named("north-korea", List.of("North Korea", "Pyongyang", "DPRK"));
    private static final Named KIM = new Named("kim-jong-un", List.of("Kim Jong Un", "Kim"));
    private static final Named RUSSIA = new Named("russia", List.of("Russia", "Moscow", "the Kremlin"));

    private static NameLookup<Named> actors(Named... actors) {
        return NameLookup.actors(List.of(actors), Named::slug, Named::names);
    }

    @Test
    void slugNameOrAliasCaseAndPunctuationInsensitively() {
        NameLookup<Named> lookup = actors(RUSSIA, KOREA, KIM);
        assertThat(lookup.find("north-korea")).contains(KOREA);
        assertThat(lookup.find("north korea")).contains(KOREA);
        assertThat(lookup.find("NORTH KOREA")).contains(KOREA);
        assertThat(lookup.find("pyongyang")).contains(KOREA);
        assertThat(lookup.find("Kim Jong-un")).contains(KIM);
        assertThat(lookup.find("The Kremlin’s")).contains(RUSSIA);
        assertThat(lookup.find("France")).isEmpty();
        assertThat(lookup.find(null)).isEmpty();
    }

    @Test
    void anExactSlugWinsOverAnotherRecordsName() {
        Named confusing = new Named("zeta", List.of("Zeta", "russia"));
        assertThat(actors(confusing, RUSSIA).find("russia")).contains(RUSSIA);
    }

    @Test
    void aSharedNameGoesToTheFirstInSlugOrderWhateverTheInputOrder() {
        Named a = new Named("a-actor", List.of("A", "shared"));
        Named b = new Named("b-actor", List.of("B", "shared"));
        assertThat(actors(b, a).find("Shared")).contains(a);
        assertThat(actors(a, b).find("Shared")).contains(a);
    }

    @Test
    void topicsBySlugOrName() {
        record Topic(String slug, String name) {
        }
        Topic sanctions = new Topic("sanctions-and-un", "Sanctions and the U.N.");
        NameLookup<Topic> topics = NameLookup.topics(List.of(sanctions), Topic::slug, Topic::name);
        assertThat(topics.find("sanctions-and-un")).contains(sanctions);
        assertThat(topics.find("sanctions and un")).contains(sanctions);
        assertThat(topics.find("sanctions and the u n")).contains(sanctions);
        assertThat(topics.find("sanctions")).isEmpty();
    }

    @Test
    void anUnknownNameIsANotFoundErrorListingTheSlugs() {
        assertThatThrownBy(() -> actors(RUSSIA, KOREA).require("actor", "France")).isInstanceOf(NotFoundException.class)
                .hasMessage("Unknown actor 'France' in argument 'actor'. Use a slug or alias; valid slugs: north-korea, russia");
    }
}
