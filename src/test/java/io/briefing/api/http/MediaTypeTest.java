package io.briefing.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON", "application/json; charset=utf-8", "application/json;charset=UTF-8",
        "application/json; charset=\"utf-8\"", "application/json, application/json", "application/json; charset=utf-8, application/json"})
    void jsonIsAccepted(String type) {
        assertThat(GraphQLHttpFilter.isJson(type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain;,application/json", "text/plain, application/json", "application/json, text/plain",
        "application/json;", "application/json; charset=latin1", "application/jsonx", "application/json+x", "application/json; =x",
        "application/json; a b=c", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "", " ",
        "application/json,", ",application/json", "application/graphql"})
    void anythingElseIsRefused(String type) {
        assertThat(GraphQLHttpFilter.isJson(type)).isFalse();
    }
}
