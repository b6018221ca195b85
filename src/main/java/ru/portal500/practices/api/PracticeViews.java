package ru.portal500.practices.api;

import ru.portal500.practices.domain.Practice;
import ru.portal500.practices.domain.PracticeFile;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The practice bank's JSON shapes. */
public final class PracticeViews {

    private PracticeViews() {
    }

    public record File(int number, String fileName, String mediaType, long size) {
    }

    public record Entry(long id, String title, String summary, String level, String subject, String author,
                        String source, Set<Integer> riskFactors, String region, String municipality, String school,
                        String place, Instant publishedAt, List<File> files, Origin origin) {
        public static Entry of(Practice p) {
            List<PracticeFile> files = p.getFiles();
            return new Entry(p.getId(), p.getTitle(), p.getSummary(), p.getLevel().name(), p.getSubject(),
                    p.getAuthor(), p.getSource().name(), p.getRiskFactors(), p.getRegionCode(),
                    p.getMunicipalityCode(), p.getSchoolCode(), p.getPlace(), p.getPublishedAt(),
                    java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> new File(i + 1,
                            files.get(i).getFileName(), files.get(i).getMediaType(), files.get(i).getSize())).toList(),
                    p.getOrigin().map(o -> new Origin(o.getContestId(), o.getContestTitle(), o.getContestYear(),
                            o.getNominationTitle(), o.getPlace(), o.getAward())).orElse(null));
        }
    }

    /** Where a practice that came from a contest comes from (null for any other). */
    public record Origin(long contest, String contestTitle, int schoolYear, String nomination, Integer place,
                         String award) {
    }

    public record Page(long total, List<Entry> entries) {
    }
}
