package org.branchpress.content;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.settings.Roster;
import org.branchpress.source.SettingsFile;
import org.branchpress.yaml.SafeYaml;
import org.branchpress.yaml.YamlMap;

/**
 * {@code tallies/YEAR.yaml} → {@link Tallies}: each column a mapping of names to counts. With a
 * roster every name must be on it, as in the activity records.
 */
public final class TallyReader {
    private static final Pattern YEAR = Pattern.compile(".*/((?:19|20)\\d\\d)\\.ya?ml");

    private TallyReader() {
    }

    public static Tallies read(List<SettingsFile> files, Optional<Roster> roster, Problems problems) {
        Map<Integer, Map<String, Map<String, Integer>>> byYear = new HashMap<>();
        for (SettingsFile file : files) {
            Matcher m = YEAR.matcher(file.display());
            if (!m.matches()) {
                problems.error(SourcePosition.wholeFile(file.display()), "tally/file-name", "台账文件要以年份命名，"
                        + "例如 tallies/2025.yaml：请把这个文件改名为它记录的年份。");
                continue;
            }
            SafeYaml.parseMapping(file.text(), file.display(), 1, problems)
                    .ifPresent(map -> byYear.put(Integer.parseInt(m.group(1)), columns(map, roster, problems)));
        }
        return new Tallies(byYear);
    }

    private static Map<String, Map<String, Integer>> columns(YamlMap map, Optional<Roster> roster, Problems problems) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String column : map.keys()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            map.map(column).ifPresent(names -> names.keys().forEach(name -> {
                roster.filter(r -> !r.has(name)).ifPresent(r -> unknown(r, names.keyPosition(name), column, name,
                        problems));
                names.integer(name).ifPresent(n -> {
                    if (n < 0) {
                        problems.error(names.positionOf(name), "tally/count", column + " 里“" + name + "”的次数是 " + n
                                + "：次数不能是负数。");
                    } else {
                        counts.put(name, n);
                    }
                });
            }));
            out.put(column, counts);
        }
        return out;
    }

    private static void unknown(Roster roster, SourcePosition at, String column, String name, Problems problems) {
        problems.error(at, "roster/unknown-name", column + " 里的“" + name + "”不在名册（" + roster.file() + "）里："
                + RosterNames.hint(name, roster) + "请改正姓名，或在 members.yaml 里加上这位党员。");
    }
}
