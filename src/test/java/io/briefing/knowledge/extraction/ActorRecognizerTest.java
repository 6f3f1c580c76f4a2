package io.briefing.knowledge.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefing.article.ArticleAnalyzer;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Names;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorRecognizerTest {

    private static final String STRIKE = """
            Pilots threaten walkout at Fjordfly

            The Norwegian Pilots' Union (NPU) said on Wednesday that 87 percent of its members backed a strike at Fjordfly, the Tromsø-based regional airline. The union is demanding a pay rise of 9 percent over two years.

            "We are tired," said union president Kari Hansen. Hansen said the union also fears that experienced captains will leave.

            Fjordfly's chief executive, Marit Hovland, said the airline had offered 4 percent. Hovland warned that a strike would cost the company 6 million kroner a day.

            Transport Minister Silje Aarnes said the government was following the dispute in Oslo. Flights to Bodø and Kirkenes would stop in December. Under Norwegian law, a strike must wait.
            """;

    private static List<ActorRecognizer.Proposal> recognise(String text, Set<String> taken) {
        return new ActorRecognizer(50).recognise(new ArticleAnalyzer().analyse(text), taken::contains);
    }

    private static ActorRecognizer.Proposal named(List<ActorRecognizer.Proposal> proposals, String name) {
        return proposals.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not proposed; got " + proposals));
    }

    @Test
    void organisationWithItsAcronymAndHeadNoun() {
        ActorRecognizer.Proposal union = named(recognise(STRIKE, Set.of()), "Norwegian Pilots' Union");
        assertEquals(ActorKind.ORGANIZATION, union.kind());
        assertTrue(union.aliases().contains("NPU"), union.aliases().toString());
        assertTrue(union.aliases().contains("the union"), union.aliases().toString());
    }

    @Test
    void peopleFromTitlesWithSurnameAliases() {
        List<ActorRecognizer.Proposal> found = recognise(STRIKE, Set.of());
        ActorRecognizer.Proposal hansen = named(found, "Kari Hansen");
        assertEquals(ActorKind.PERSON, hansen.kind());
        assertEquals(List.of("Hansen"), hansen.aliases());
        assertTrue(hansen.description().contains("union president"), hansen.description());
        ActorRecognizer.Proposal hovland = named(found, "Marit Hovland");
        assertEquals(ActorKind.PERSON, hovland.kind());
        assertTrue(hovland.description().contains("chief executive"), hovland.description());
        assertEquals("Fjordfly", hovland.represents());
        ActorRecognizer.Proposal aarnes = named(found, "Silje Aarnes");
        assertEquals(ActorKind.PERSON, aarnes.kind());
        assertEquals("Transport Minister", aarnes.description());
    }

    @Test
    void placesAndCountriesFromWordNetAndPlaceCues() {
        List<ActorRecognizer.Proposal> found = recognise(STRIKE, Set.of());
        assertEquals(ActorKind.PLACE, named(found, "Oslo").kind());
        assertEquals(ActorKind.PLACE, named(found, "Tromsø").kind());
        assertEquals(ActorKind.PLACE, named(found, "Bodø").kind());
        assertEquals(ActorKind.PLACE, named(found, "Kirkenes").kind());
        ActorRecognizer.Proposal norway = named(found, "Norway");
        assertEquals(ActorKind.COUNTRY, norway.kind());
        assertTrue(norway.aliases().contains("Norwegian"));
    }

    @Test
    void ordinaryCapitalisedWordsAreNotNames() {
        List<ActorRecognizer.Proposal> found = recognise(STRIKE, Set.of());
        for (String word : List.of("Wednesday", "December", "Pilots", "Flights", "The", "We", "Transport Minister")) {
            assertTrue(found.stream().noneMatch(p -> p.name().equals(word)), word + " proposed: " + found);
        }
    }

    @Test
    void nothingThatDuplicatesAnExistingActorOrAlias() {
        List<ActorRecognizer.Proposal> found = recognise(STRIKE, Set.of("norway", "npu", "hansen"));
        assertTrue(found.stream().noneMatch(p -> p.name().equals("Norway")));
        for (ActorRecognizer.Proposal p : found) {
            for (String alias : p.aliases()) {
                assertFalse(Set.of("npu", "hansen").contains(Names.normalize(alias)), p.toString());
            }
        }
        assertNotNull(named(found, "Kari Hansen"));
    }

    @Test
    void anAliasNeverCapturesALongerDifferentName() {
        String text = "Ola Berg runs the port. Berg Shipping, a rival firm, said Berg was wrong.";
        List<ActorRecognizer.Proposal> found = recognise(text, Set.of());
        ActorRecognizer.Proposal ola = named(found, "Ola Berg");
        assertFalse(ola.aliases().contains("Berg"), ola.aliases().toString());
        assertNull(found.stream().filter(p -> p.name().equals("Berg")).findFirst().orElse(null));
    }

    @Test
    void aDatelineIsNoNameAndTheNameAfterAMayorOfIsAPlace() {
        List<ActorRecognizer.Proposal> proposals = recognise("""
                Mayor moves to ban cruise ships

                PORTO VESCA, Italy, Oct 22 (Adriatic Wire Service) - The mayor of Porto Vesca wants to ban large cruise ships.

                Porto Vesca received 412 cruise calls last year.
                """, Set.of());
        assertTrue(proposals.stream().noneMatch(p -> p.name().equals("PORTO VESCA")), "the dateline in capitals: " + proposals);
        assertEquals(ActorKind.PLACE, named(proposals, "Porto Vesca").kind(), "a mayor is the mayor of a place, though its words are no English");
    }

    private static final String FISHERIES = """
            Kessland threatens to shut ports to Morvanian trawlers

            PORT HALDEN, Kessland, Nov 5 (Meridian Wire Service) - Kessland's fisheries minister threatened on Thursday to close the country's ports to Morvanian fishing vessels unless neighbouring Morvania agrees to cut its catch.

            Prime Minister Henrik Aalberg of Kessland will meet Morvania's leader in two weeks. The ban would take effect from January 15, and talks resume on Monday.
            """;

    @Test
    void datelineRegionIsAPlaceTheDictionaryNeedNotKnow() {
        assertEquals(ActorKind.PLACE, named(recognise(FISHERIES, Set.of()), "Kessland").kind());
    }

    @Test
    void aPeoplesAdjectiveNamesItsCountry() {
        List<ActorRecognizer.Proposal> found = recognise(FISHERIES, Set.of());
        ActorRecognizer.Proposal morvania = named(found, "Morvania");
        assertEquals(ActorKind.COUNTRY, morvania.kind());
        assertTrue(morvania.aliases().contains("Morvanian"), morvania.aliases().toString());
        assertTrue(found.stream().noneMatch(p -> p.name().equals("Morvanian")), found.toString());
        assertTrue(ActorRecognizer.demonymForms("Italy").contains("Italian"));
        assertTrue(ActorRecognizer.demonymForms("Kenya").contains("Kenyan"));
        assertTrue(ActorRecognizer.demonymForms("Japan").contains("Japanese"));
    }

    @Test
    void ofAfterASurnameEndsThePersonsName() {
        List<ActorRecognizer.Proposal> found = recognise(FISHERIES, Set.of());
        assertEquals(ActorKind.PERSON, named(found, "Henrik Aalberg").kind());
        assertTrue(found.stream().noneMatch(p -> p.name().contains(" of ")), found.toString());
    }

    @Test
    void monthsAndWeekdaysAreNoActors() {
        List<ActorRecognizer.Proposal> found = recognise(FISHERIES, Set.of());
        assertTrue(found.stream().noneMatch(p -> Set.of("January", "Monday", "Nov").contains(p.name())), found.toString());
    }

    @Test
    void bodiesWhoseNamesHoldAndOrEndInGroup() {
        List<ActorRecognizer.Proposal> found = recognise("""
                Bus cuts

                The Bus and Coach Workers' Union (BCWU) rejected the offer. Graeme Tolland, who chairs the Marrowbank Residents Action Group (MRAG), said Kessland and Morvania would talk.
                """, Set.of());
        ActorRecognizer.Proposal union = named(found, "Bus and Coach Workers' Union");
        assertTrue(union.aliases().contains("BCWU"), union.aliases().toString());
        assertEquals(ActorKind.ORGANIZATION, named(found, "Marrowbank Residents Action Group").kind());
        assertTrue(found.stream().noneMatch(p -> p.name().contains(" and Morvania")), found.toString());
    }

    @Test
    void anAcronymThatSpellsTheWholeNameJoinsItOverAnd() {
        List<ActorRecognizer.Proposal> found = recognise("""
                Ferry collision

                The Union of Ferry and Coastal Seafarers (UFCS) says the cause is clear. Trawler and Ferry owners met.
                """, Set.of());
        ActorRecognizer.Proposal union = named(found, "Union of Ferry and Coastal Seafarers");
        assertTrue(union.aliases().contains("UFCS"), union.aliases().toString());
        assertTrue(found.stream().noneMatch(p -> p.name().equals("Union of Ferry")), found.toString());
    }

    @Test
    void aClauseAboutSomeonesFamilySaysTheNameIsAPersons() {
        List<ActorRecognizer.Proposal> found = recognise("""
                Bird flu

                Mattias Hollander, whose family has run Brookhof Farm for three generations, said he had followed every rule. \
                Quillon Systems, whose shares fell, said nothing.
                """, Set.of());
        assertEquals(ActorKind.PERSON, named(found, "Mattias Hollander").kind(), found.toString());
        assertEquals(ActorKind.ORGANIZATION, named(found, "Quillon Systems").kind(), found.toString());
    }

    @Test
    void namesOfLandAndWaterArePlaces() {
        List<ActorRecognizer.Proposal> found = recognise("""
                Bus cuts

                Moorland Connect, the main bus operator in the Carrow Valley, will cut routes. Boats from the Corran Sea Trust landed fish where the line crosses the River Ulve.
                """, Set.of());
        assertEquals(ActorKind.PLACE, named(found, "Carrow Valley").kind());
        assertEquals(ActorKind.PLACE, named(found, "River Ulve").kind());
        assertEquals(ActorKind.ORGANIZATION, named(found, "Corran Sea Trust").kind());
    }

    @Test
    void theHeadNounAfterAPossessiveIsTheBodysShortName() {
        ActorRecognizer.Proposal union = named(recognise("""
                Bus cuts

                The Bus and Coach Workers' Union (BCWU) rejected the offer. The drivers' union says the company has only itself to blame.
                """, Set.of()), "Bus and Coach Workers' Union");
        assertTrue(union.aliases().contains("the union"), union.aliases().toString());
    }

    @Test
    void aCapitalStandsForItsCountry() {
        List<ActorRecognizer.Proposal> found = recognise(FISHERIES + """

                "Our quota must move with the fish," said a statement from the Morvanian capital, Vasska. Officials met in Port Halden, the Kessland capital.
                """, Set.of());
        assertTrue(named(found, "Morvania").aliases().contains("Vasska"), found.toString());
        assertTrue(named(found, "Kessland").aliases().contains("Port Halden"), found.toString());
        assertTrue(found.stream().noneMatch(p -> p.name().equals("Vasska") || p.name().equals("Port Halden")), found.toString());
    }

    @Test
    void aBodysKindBeforeItsNameMakesItABody() {
        List<ActorRecognizer.Proposal> found = recognise("""
                Harbour row

                The residents' group Vesca Viva has collected 8,400 signatures. Talks in Porto Vesca resume today.
                """, Set.of());
        assertEquals(ActorKind.ORGANIZATION, named(found, "Vesca Viva").kind());
    }
    @Test
    void aCompanysShortNameIsItsAliasAndAnAppositionSaysWhatABodyIs() {
        List<ActorRecognizer.Proposal> found = recognise("""
                Bank says data stolen

                Hollin Vale Bank said on Wednesday that files were taken from Quillon Systems, a document-scanning company that works for the bank. Hollin Vale, which has 64 branches, saw its shares fall. The Carrow Valley Transport Authority pays for buses in the Carrow Valley. Floods hit the city of Port Essel. The Fair Money Alliance (FMA), a consumer group, called the payment an insult.
                Downstream, the Essel Metropolitan Water Authority (EMWA), which supplies 1.3 million people, banned garden watering.
                """, Set.of());
        assertEquals(ActorKind.ORGANIZATION, named(found, "Essel Metropolitan Water Authority").kind(), "no one's name follows the title-like 'Metropolitan'");
        assertTrue(named(found, "Fair Money Alliance").aliases().containsAll(List.of("FMA", "the consumer group")), found.toString());
        assertTrue(named(found, "Hollin Vale Bank").aliases().contains("Hollin Vale"), found.toString());
        assertTrue(found.stream().noneMatch(p -> p.name().equals("Hollin Vale")), found.toString());
        assertEquals(ActorKind.ORGANIZATION, named(found, "Quillon Systems").kind());
        assertEquals(ActorKind.PLACE, named(found, "Carrow Valley").kind(), "written as a place: 'in the Carrow Valley'");
        assertEquals(ActorKind.PLACE, named(found, "Port Essel").kind());
    }

    private static final String STADIUM = """
            Club plans new stadium

            DUNMOOR, England, Oct 21 (Albion Wire Service) - Dunmoor Athletic, the smallest club in the fourth tier, has asked the council to let it leave its ground.

            Club chairman Graham Whitlock said Dunmoor Athletic had no future at its old ground. Its owner, the businessman Victor Oyelaran, would not keep covering losses.

            Lava reached the fishing village of El Roque. Civil protection authorities evacuated 1,850 residents from Las Tejeras, El Roque and nearby farms.

            Ferries sail between Dunmoor and the island of Ventosa. Mayor Ann Price told a packed meeting at City Hall that the club must stay.

            Kestrel Cloud wants to build a data centre. "We were told Kestrel would pay for a plant," she said.
            """;

    @Test
    void aBodyByItsAppositionStaysABodyAndTakesItsNoun() {
        ActorRecognizer.Proposal club = named(recognise(STADIUM, Set.of()), "Dunmoor Athletic");
        assertEquals(ActorKind.ORGANIZATION, club.kind(), "'said Dunmoor Athletic had' makes no person of it");
        assertTrue(club.aliases().contains("the club"), club.aliases().toString());
    }

    @Test
    void theDatelinesCityIsAPlaceWhereverItIsNamed() {
        String text = "PUERTO ALBARA, Spain, Nov 4 (Atlantic Wire Service) - The airport is shut.\n\n"
                + "Ferries sail between Puerto Albara and the island of Ventosa.\n";
        assertEquals(ActorKind.PLACE, named(recognise(text, Set.of()), "Puerto Albara").kind());
    }

    @Test
    void villagesAndPeopleAfterARole() {
        List<ActorRecognizer.Proposal> found = recognise(STADIUM, Set.of());
        assertEquals(ActorKind.PLACE, named(found, "El Roque").kind(), "the fishing village of El Roque; residents are no one's title");
        assertEquals(ActorKind.PERSON, named(found, "Victor Oyelaran").kind(), "'the businessman' came first: 'Victor' is no title");
        List<ActorRecognizer.Proposal> evacuated = recognise("Authorities evacuated 1,850 residents from Las Tejeras, El Roque and nearby farms.", Set.of());
        assertTrue(evacuated.stream().noneMatch(p -> p.kind() == ActorKind.PERSON), "many residents are no one's title: " + evacuated);
    }

    @Test
    void aCommonWordActingAloneShortensAName() {
        List<ActorRecognizer.Proposal> found = recognise(STADIUM, Set.of());
        assertTrue(named(found, "Kestrel Cloud").aliases().contains("Kestrel"), named(found, "Kestrel Cloud").aliases().toString());
        assertTrue(found.stream().noneMatch(p -> p.name().equals("City Hall")), "a building named with common words: " + found);
    }

    @Test
    void aSurnameActingAloneIsThePersonsAndTimesAreNoOne() {
        List<ActorRecognizer.Proposal> found = recognise("""
                Talks resumed in Mirren, where fish have died since New Year. The federal mediator, Margaret Thule, gave them a deadline.

                If no agreement is reached by January 29, Thule will send a report to the government.

                Blue Corran, a conservation group based in Brekkvik, blamed both sides.

                "We are short of nurses," said Claire Dempsey, the union's regional organiser.
                """, Set.of());
        assertEquals(ActorKind.PERSON, named(found, "Claire Dempsey").kind(), "the union's organiser is a person of the body");
        assertTrue(named(found, "Margaret Thule").aliases().contains("Thule"), found.toString());
        assertTrue(found.stream().noneMatch(p -> p.name().equals("Thule") || p.name().equals("New Year")), found.toString());
        assertEquals(ActorKind.ORGANIZATION, named(found, "Blue Corran").kind());
        assertTrue(named(found, "Blue Corran").aliases().contains("the conservation group"), found.toString());
    }

    @Test
    void aNameBeforeAThingsNounNamesASite() {
        List<ActorRecognizer.Proposal> found = recognise("""
                Ships may no longer berth at the San Rocco quay inside the old harbour, the mayor said.

                They would use the Punta Grigia terminal instead, said Dario Lucchesi.
                """, Set.of());
        assertEquals(ActorKind.PLACE, named(found, "San Rocco").kind(), found.toString());
        assertEquals(ActorKind.PLACE, named(found, "Punta Grigia").kind(), found.toString());
        assertEquals(ActorKind.PERSON, named(found, "Dario Lucchesi").kind(), found.toString());
    }

    @Test
    void aNameForThingsIsNobody() {
        List<ActorRecognizer.Proposal> found = recognise("""
                The museum will return 14 statues, known as the Tembari Bronzes, to Keravia. The firm, known as Quillon Systems, \
                makes scanners. The Tembari Bronzes left in 1889.""", Set.of());
        assertTrue(found.stream().noneMatch(p -> p.name().equals("Tembari Bronzes")), "statues known by a name are things: " + found);
        assertTrue(found.stream().anyMatch(p -> p.name().equals("Quillon Systems")), "a body known by a name is still a body: " + found);
    }

    @Test
    void aNameSetOffAfterANounForAPlaceIsThatPlace() {
        List<ActorRecognizer.Proposal> found = recognise("""
                In a statement issued in the capital, Port Saral, the ministry said the statues would be shown there.""", Set.of());
        assertEquals(ActorKind.PLACE, named(found, "Port Saral").kind(), found.toString());
    }

    @Test
    void aRoadOrABuildingIsAPlaceNotABody() {
        List<ActorRecognizer.Proposal> found = recognise("""
                The club has played at Millbrook Lane since 1913. Engineers inspected Tarrow Dam on Monday. \
                Doctors at Kelmarsh General Hospital said beds were full.""", Set.of());
        assertEquals(ActorKind.PLACE, named(found, "Millbrook Lane").kind(), found.toString());
        assertEquals(ActorKind.PLACE, named(found, "Tarrow Dam").kind(), found.toString());
        assertEquals(ActorKind.ORGANIZATION, named(found, "Kelmarsh General Hospital").kind(), "a hospital is a body too: " + found);
    }
}
