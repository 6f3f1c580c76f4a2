package io.briefing.knowledge.extraction;

import io.briefing.knowledge.QuantityBound;
import io.briefing.knowledge.QuantityKind;

/** A figure found in a sentence, with offsets relative to the sentence start. */
public record ExtractedQuantity(String text, int start, int end, double value, String unit, QuantityKind kind, QuantityBound bound) {
}
