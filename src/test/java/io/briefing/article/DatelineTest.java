package io.briefing.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void aWireDatelineEndsAtItsDash() {
        String s = "PORTO VESCA, Italy, Oct 22 (Adriatic Wire Service) - The mayor of Porto Vesca wants to ban large cruise ships.";
        assertEquals(s.indexOf("The mayor"), Dateline.end(s));
        String reuters = "SEOUL, June 19 (Reuters) \u2014 North Korea said on Wednesday ...";
        assertEquals(reuters.indexOf("North Korea"), Dateline.end(reuters));
    }

    @Test
    void aSentenceWithoutOneHasNone() {
        assertEquals(0, Dateline.end("Pilots at Skarvik Air have voted to walk out from December 1 - their union said."));
        assertEquals(0, Dateline.end("NATO, the alliance, said on Monday - in a statement - that it would meet."));
        assertEquals(0, Dateline.end("The U.N. panel, its mandate ended, said - again - nothing."));
    }
}
