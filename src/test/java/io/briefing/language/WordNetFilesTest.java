package io.briefing.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WordNet's files are copied to disk once, complete, only into a directory of ours, and read from there. */
class WordNetFilesTest {

    @TempDir
    Path tmp;

    @Test
    void copiesEveryFileOnceAndCompletely() throws IOException {
        Path dir = WordNetFiles.prepare(tmp.resolve("wn"));
        for (String name : WordNetFiles.FILES) {
            assertThat(Files.size(dir.resolve(name))).as(name).isEqualTo(resourceSize(name));
        }
        FileTime copied = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(dir.resolve("data.noun"), copied);
        WordNetFiles.prepare(dir);
        assertThat(Files.getLastModifiedTime(dir.resolve("data.noun"))).as("a complete copy is not copied again").isEqualTo(copied);
    }

    @Test
    void recopiesATruncatedFile() throws IOException {
        Path dir = WordNetFiles.prepare(tmp.resolve("wn"));
        Files.write(dir.resolve("index.verb"), new byte[10]);
        WordNetFiles.prepare(dir);
        assertThat(Files.size(dir.resolve("index.verb"))).isEqualTo(resourceSize("index.verb"));
    }

    @Test
    void refusesADirectoryOthersCanWrite() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> WordNetFiles.prepare(dir)).isInstanceOf(IOException.class).hasMessageContaining("writable by others");
        assertThat(dir.resolve("data.noun")).doesNotExist();
    }

    @Test
    void theDictionaryOverTheFilesAnswersLikeTheJar() throws Exception {
        Path dir = WordNetFiles.prepare(tmp.resolve("wn"));
        Dictionary files = Dictionary.getInstance(new ByteArrayInputStream(WordNetFiles.configuration(dir).getBytes(StandardCharsets.UTF_8)));
        Dictionary jar = Dictionary.getDefaultResourceInstance();
        for (String word : new String[] {"weapons", "munitions", "met", "north korea", "dprk", "touch down"}) {
            for (POS pos : POS.getAllPOS()) {
                IndexWord a = files.lookupIndexWord(pos, word);
                IndexWord b = jar.lookupIndexWord(pos, word);
                assertThat(a == null ? null : a.getLemma()).as(word + " " + pos).isEqualTo(b == null ? null : b.getLemma());
                if (a != null) {
                    assertThat(a.getSenses().stream().map(s -> s.getOffset()).toList())
                            .isEqualTo(b.getSenses().stream().map(s -> s.getOffset()).toList());
                }
            }
        }
        assertThat(files.lookupIndexWord(POS.NOUN, "weapons").getSenses().get(0).getWords().get(0).getLemma()).isEqualTo("weapon");
    }

    private static long resourceSize(String name) throws IOException {
        try (InputStream in = WordNetFiles.class.getResourceAsStream(WordNetFiles.RESOURCE_DIRECTORY + name)) {
            return in.readAllBytes().length;
        }
    }
}
