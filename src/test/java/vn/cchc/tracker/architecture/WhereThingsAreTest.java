package vn.cchc.tracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

/**
 * README's "Where things are" is the map a newcomer starts from: it lists every package of the code, and every test
 * package that is not a feature's own, and nothing that is gone; and every class or test README names exists.
 */
@UnitTest
class WhereThingsAreTest {

    private static final String ROOT = "vn.cchc.tracker";
    private static final Path MAIN = Path.of("src", "main", "java", "vn", "cchc", "tracker");
    private static final Path TEST = Path.of("src", "test", "java", "vn", "cchc", "tracker");
    private static final Pattern FIRST_CELL = Pattern.compile("^\\| `([^`]+)` \\|");
    private static final Pattern QUALIFIED_TYPE = Pattern.compile("`([a-z]+(?:\\.[a-z]+)*\\.[A-Z]\\w*)`");
    private static final Pattern TEST_CLASS = Pattern.compile("`(\\w+(?:Test|IT))`");

    @Test
    void readmeListsEveryPackageOfTheCode() throws IOException {
        assertThat(listed("package"))
                .as("README \"Where things are\", table \"package\": packages of src/main/java (a row for a new one, "
                        + "none for one that is gone)")
                .containsExactlyInAnyOrderElementsOf(packages(MAIN));
    }

    @Test
    void readmeListsTheTestPackagesNoFeatureHas() throws IOException {
        Set<String> testOnly = packages(TEST);
        testOnly.removeAll(packages(MAIN));
        assertThat(listed("test package"))
                .as("README \"Where things are\", table \"test package\": packages of src/test/java that no "
                        + "feature has")
                .containsExactlyInAnyOrderElementsOf(testOnly);
    }

    @Test
    void everyClassAndTestReadmeNamesExists() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Set<String> missing = new TreeSet<>();
        Matcher type = QUALIFIED_TYPE.matcher(readme);
        while (type.find()) {
            if (!Files.isRegularFile(MAIN.resolve(type.group(1).replace('.', '/') + ".java"))) {
                missing.add(type.group(1));
            }
        }
        Set<String> tests = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEST)) {
            files.forEach(f -> tests.add(f.getFileName().toString().replace(".java", "")));
        }
        Matcher test = TEST_CLASS.matcher(readme);
        while (test.find()) {
            if (!tests.contains(test.group(1))) {
                missing.add(test.group(1));
            }
        }
        assertThat(missing)
                .as("classes and tests README names (`package.Class`, `SomeTest`) that do not exist")
                .isEmpty();
    }

    /** Packages holding Java files, named below the root package; the root package by its full name. */
    private static Set<String> packages(Path root) throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> root.relativize(f.getParent()).toString())
                    .forEach(dir -> packages.add(dir.isEmpty() ? ROOT : dir.replace(File.separatorChar, '.')));
        }
        return packages;
    }

    /** The first column of the table in README's "Where things are" whose header starts with {@code column}. */
    private static List<String> listed(String column) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Where things are\n");
        assertThat(start).as("README has a section \"Where things are\"").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        List<String> lines =
                readme.substring(start, end < 0 ? readme.length() : end).lines().toList();
        int header = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("| " + column + " |"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table \"" + column + "\" in README's \"Where things are\"")));
        List<String> names = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            Matcher cell = FIRST_CELL.matcher(line);
            assertThat(cell.find())
                    .as("a package in backquotes first: %s", line)
                    .isTrue();
            names.add(cell.group(1));
        }
        return names;
    }
}
