package io.briefing.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTTP layer's memos stay small: cleared when full, long keys never kept. */
class BoundedMemoTest {

    @Test
    void keepsShortKeysUpToItsSizeThenStartsAgain() {
        BoundedMemo<Integer> memo = new BoundedMemo<>(2, 5);
        memo.put("a", 1);
        memo.put("toolong", 2);
        assertThat(memo.get("a")).isEqualTo(1);
        assertThat(memo.get("toolong")).as("a key over the length limit is not kept").isNull();
        memo.put("b", 3);
        memo.put("c", 4);
        assertThat(memo.get("a")).as("full: cleared wholesale").isNull();
        assertThat(memo.get("c")).isEqualTo(4);
    }
}
