package io.briefing.api;

import static io.briefing.GraphQL.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema documents itself: every type, field, argument and enum value of ours has a description. */
@QuarkusTest
public class SchemaDescriptionTest {

    private static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID");

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        List<Map<String, Object>> types = data("""
                { __schema { types { name kind description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description } } } }""").getList("data.__schema.types");
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || BUILT_IN.contains(name)) {
                continue;
            }
            check(missing, name, type.get("description"));
            for (Map<String, Object> field : list(type.get("fields"))) {
                check(missing, name + "." + field.get("name"), field.get("description"));
                for (Map<String, Object> arg : list(field.get("args"))) {
                    check(missing, name + "." + field.get("name") + "(" + arg.get("name") + ")", arg.get("description"));
                }
            }
            for (Map<String, Object> field : list(type.get("inputFields"))) {
                check(missing, name + "." + field.get("name"), field.get("description"));
            }
            for (Map<String, Object> value : list(type.get("enumValues"))) {
                check(missing, name + "." + value.get("name"), value.get("description"));
            }
        }
        assertThat(missing).as("schema elements without a description").isEmpty();
    }

    @Test
    void identifiersUseTheIdScalar() {
        Map<String, Object> field = data("{ __type(name: \"Evidence\") { fields { name type { kind ofType { name } } } } }")
                .<Map<String, Object>>getList("data.__type.fields").stream().filter(f -> f.get("name").equals("id")).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) ((Map<?, ?>) field.get("type")).get("ofType")).get("name")).isEqualTo("ID");
    }

    private static void check(List<String> missing, String where, Object description) {
        if (description == null || description.toString().isBlank()) {
            missing.add(where);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
