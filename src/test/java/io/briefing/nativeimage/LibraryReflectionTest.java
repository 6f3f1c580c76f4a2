package io.briefing.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.AttributeImpl;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link LibraryReflection} true to the libraries: a missing registration only shows in a
 * native executable (a failed briefing), so these checks run on the JVM in every build.
 */
class LibraryReflectionTest {

    private final Set<String> registered = new TreeSet<>(Arrays.asList(LibraryReflection.classNames()));

    @Test
    void everyRegisteredClassExistsWithAConstructor() throws Exception {
        for (String name : registered) {
            Class<?> c = Class.forName(name, false, getClass().getClassLoader());
            assertThat(c.getDeclaredConstructors()).as(name).isNotEmpty();
        }
    }

    @Test
    void everyClassNamedInTheWordNetPropertiesIsRegistered() throws IOException {
        // the file Dictionary.getDefaultResourceInstance() reads
        String xml = read("/extjwnl_resource_properties.xml");
        Matcher m = Pattern.compile("net\\.sf\\.extjwnl\\.[A-Za-z0-9_.]+").matcher(xml);
        Set<String> named = new TreeSet<>();
        while (m.find()) {
            named.add(m.group());
        }
        // PrincetonResource names the message bundle, registered with -H:IncludeResourceBundles
        named.remove("net.sf.extjwnl.princeton.PrincetonResource");
        assertThat(named).isNotEmpty();
        assertThat(registered).containsAll(named);
    }

    @Test
    void everyLuceneCodecServiceProviderIsRegistered() throws IOException {
        List<String> providers = new ArrayList<>();
        for (String service : List.of("org.apache.lucene.codecs.Codec", "org.apache.lucene.codecs.PostingsFormat",
                "org.apache.lucene.codecs.DocValuesFormat", "org.apache.lucene.codecs.KnnVectorsFormat",
                "org.apache.lucene.index.SortFieldProvider")) {
            for (java.net.URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/services/" + service))) {
                try (InputStream in = url.openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(providers::add);
                }
            }
        }
        assertThat(providers).isNotEmpty();
        assertThat(registered).containsAll(providers);
    }

    @Test
    void theTokenAttributesTheAnalyzerUsesAreRegistered() {
        for (String name : List.of("CharTermAttribute", "OffsetAttribute", "PositionIncrementAttribute", "TypeAttribute",
                "KeywordAttribute", "PackedTokenAttribute")) {
            String impl = "org.apache.lucene.analysis.tokenattributes." + name + "Impl";
            assertThat(registered).contains(impl);
        }
        assertThat(registered.stream().filter(n -> n.endsWith("AttributeImpl")).map(this::load))
                .allMatch(AttributeImpl.class::isAssignableFrom);
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = LibraryReflectionTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().reduce("", (a, b) -> a + b + "\n");
        }
    }
}
