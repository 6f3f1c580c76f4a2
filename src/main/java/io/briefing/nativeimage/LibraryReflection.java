package io.briefing.nativeimage;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes that the language libraries create by name or through method handles, which a native
 * executable only contains (with their constructors) when they are registered for reflection. On
 * the JVM this class does nothing. {@code LibraryReflectionTest} checks that every name here still
 * exists, and the {@code @QuarkusIntegrationTest} suite exercises them against the native binary.
 *
 * <ul>
 * <li>Lucene's {@code AttributeFactory} finds each token attribute's implementation class
 * ({@code CharTermAttribute} to {@code CharTermAttributeImpl}) by name and calls its constructor
 * through a method handle.</li>
 * <li>Lucene loads its codecs and formats with {@code ServiceLoader} ({@code IndexWriter} needs the
 * default codec even for the in-memory index); Quarkus turns off GraalVM's automatic service
 * registration, so the providers are registered here and their {@code META-INF/services} files are
 * in {@code quarkus.native.resources.includes}.</li>
 * <li>H2 instantiates its file systems ({@code async:}, {@code retry:}) by class name.</li>
 * <li>Caffeine instantiates the cache and node classes that fit a builder's settings by name.</li>
 * <li>extjwnl reads {@code res_properties.xml} from the WordNet data jar and instantiates the
 * dictionary, file manager, morphological processor and its operations named there (and in
 * {@code WordNetFiles}' configuration, which reads the files from disk with random access).</li>
 * </ul>
 */
@RegisterForReflection(classNames = {
        // Lucene token attributes (AttributeFactory.DefaultAttributeFactory)
        "org.apache.lucene.analysis.tokenattributes.BytesTermAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.FlagsAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.KeywordAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.OffsetAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PayloadAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PositionIncrementAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PositionLengthAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.SentenceAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.TermFrequencyAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.TypeAttributeImpl",
        "org.apache.lucene.search.BoostAttributeImpl",
        "org.apache.lucene.search.MaxNonCompetitiveBoostAttributeImpl",
        // Lucene service providers (lucene-core's META-INF/services)
        "org.apache.lucene.codecs.lucene912.Lucene912Codec",
        "org.apache.lucene.codecs.lucene912.Lucene912PostingsFormat",
        "org.apache.lucene.codecs.lucene90.Lucene90DocValuesFormat",
        "org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat",
        "org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat",
        "org.apache.lucene.codecs.lucene99.Lucene99ScalarQuantizedVectorsFormat",
        "org.apache.lucene.search.SortField$Provider",
        "org.apache.lucene.search.SortedNumericSortField$Provider",
        "org.apache.lucene.search.SortedSetSortField$Provider",
        // Caffeine (the response cache and the persisted-query store) picks its cache and node classes
        // by name from the builder's settings: bounded by weight (SSMW), with a removal listener
        // (SSLMW), with statistics (SSSMW, SSLSMW); nodes of strong keys and values bounded by weight (PSMW).
        "com.github.benmanes.caffeine.cache.SSMW",
        "com.github.benmanes.caffeine.cache.SSLMW",
        "com.github.benmanes.caffeine.cache.SSSMW",
        "com.github.benmanes.caffeine.cache.SSLSMW",
        "com.github.benmanes.caffeine.cache.PSMW",
        // H2 creates its file systems by class name (FilePath.registerDefaultProviders); the default
        // database URL uses the interrupt-safe async: one, which Quarkus's H2 support does not register.
        "org.h2.store.fs.async.FilePathAsync",
        "org.h2.store.fs.retry.FilePathRetryOnInterrupt",
        // extjwnl: the classes named in net/sf/extjwnl/data/wordnet/wn31/res_properties.xml
        "net.sf.extjwnl.dictionary.FileBackedDictionary",
        "net.sf.extjwnl.dictionary.file_manager.FileManagerImpl",
        "net.sf.extjwnl.dictionary.morph.DefaultMorphologicalProcessor",
        "net.sf.extjwnl.dictionary.morph.DetachSuffixesOperation",
        "net.sf.extjwnl.dictionary.morph.LookupExceptionsOperation",
        "net.sf.extjwnl.dictionary.morph.LookupIndexWordOperation",
        "net.sf.extjwnl.dictionary.morph.TokenizerOperation",
        "net.sf.extjwnl.princeton.data.PrincetonWN17FileDictionaryElementFactory",
        "net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile",
        // ... and in io.briefing.language.WordNetFiles' configuration (WordNet's files on disk)
        "net.sf.extjwnl.princeton.file.PrincetonRandomAccessDictionaryFile",
})
public final class LibraryReflection {

    /** The registered names, for the test that keeps this list true to the libraries. */
    public static String[] classNames() {
        return LibraryReflection.class.getAnnotation(RegisterForReflection.class).classNames();
    }

    private LibraryReflection() {
    }
}
