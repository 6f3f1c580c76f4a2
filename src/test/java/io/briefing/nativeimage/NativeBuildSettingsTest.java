package io.briefing.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Keeps the native-build settings in application.properties true to the libraries: each class
 * initialised at run time is there because it keeps a Random in a static field (which the image
 * builder refuses in the image heap), and each resource bundle and resource named exists.
 */
class NativeBuildSettingsTest {

    private static Properties settings() throws Exception {
        Properties p = new Properties();
        try (InputStream in = NativeBuildSettingsTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p;
    }

    /** quarkus.native.additional-build-args is a list separated by "," in which "\\," is a comma inside one argument. */
    private static List<String> buildArgs() throws Exception {
        String raw = settings().getProperty("quarkus.native.additional-build-args");
        return Arrays.stream(raw.split("(?<!\\\\),")).map(a -> a.replace("\\,", ",").strip()).toList();
    }

    private static List<String> values(String option) throws Exception {
        return buildArgs().stream().filter(a -> a.startsWith(option)).flatMap(a -> Arrays.stream(a.substring(option.length()).split(",")))
                .toList();
    }

    @Test
    void classesInitialisedAtRunTimeHoldARandomInAStaticField() throws Exception {
        List<String> classes = values("--initialize-at-run-time=");
        assertThat(classes).isNotEmpty();
        for (String name : classes) {
            Class<?> c = Class.forName(name, false, getClass().getClassLoader());
            assertThat(Arrays.stream(c.getDeclaredFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers())).map(Field::getType))
                    .as(name).anyMatch(Random.class::isAssignableFrom);
        }
    }

    @Test
    void everyResourceBundleNamedExists() throws Exception {
        List<String> bundles = values("-H:IncludeResourceBundles=");
        assertThat(bundles).isNotEmpty();
        for (String bundle : bundles) {
            String path = bundle.replace('.', '/');
            ClassLoader loader = getClass().getClassLoader();
            assertThat(loader.getResource(path + ".properties") != null || loader.getResource(path + "_en.properties") != null)
                    .as(bundle).isTrue();
        }
    }

    @Test
    void everyGraphqlJavaMessageBundleIsIncluded() throws Exception {
        java.net.URL jar = graphql.i18n.I18n.class.getProtectionDomain().getCodeSource().getLocation();
        List<String> bundles;
        try (java.util.jar.JarFile f = new java.util.jar.JarFile(new java.io.File(jar.toURI()))) {
            bundles = f.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.matches("i18n/[A-Za-z]+\\.properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()).replace('/', '.')).toList();
        }
        assertThat(bundles).isNotEmpty();
        assertThat(values("-H:IncludeResourceBundles=")).containsAll(bundles);
    }

    @Test
    void theLibraryResourcesTheServiceReadsAreIncluded() throws Exception {
        String includes = settings().getProperty("quarkus.native.resources.includes");
        // Dictionary.getDefaultResourceInstance() reads /extjwnl_resource_properties.xml
        assertThat(getClass().getResource("/extjwnl_resource_properties.xml")).isNotNull();
        for (String needed : List.of("extjwnl_resource_properties.xml", "net/sf/extjwnl/data/wordnet/wn31/**", "org/apache/lucene/analysis/snowball/english_stop.txt",
                "META-INF/services/org.apache.lucene.codecs.*")) {
            assertThat(includes).contains(needed);
        }
        assertThat(getClass().getResource("/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml")).isNotNull();
        assertThat(getClass().getResource("/org/apache/lucene/analysis/snowball/english_stop.txt")).isNotNull();
    }
}
