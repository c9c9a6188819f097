package org.branchpress.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --today}: the day a build is for; by default today in Beijing time. */
final class Today {
    /** The branch's day: a build at 00:30 Beijing time is the new day even on a UTC server. */
    static final ZoneId BRANCH_ZONE = ZoneId.of("Asia/Shanghai");

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "把这一天当作“今天”（默认是电脑上的今天）：电视屏幕只放这天还在有效期内的内容，统计算到这一天，印制品上的日期也是这一天。可用来预览将来某天的屏幕。")
    Optional<LocalDate> day;

    LocalDate day() {
        return day.orElseGet(() -> LocalDate.now(BRANCH_ZONE));
    }

    /** A calendar day as YYYY-MM-DD; anything else (2024-13-01, 2024/3/1) is said in Chinese. */
    static final class DayConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLineMistakes.WrongValue("日期“" + value + "”不对：请写成 YYYY-MM-DD，例如 2024-03-01。");
            }
        }
    }
}
