package dev.roadmap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A source the roadmap cites: an article, a communiqué, a report. Milestones cite it by id ({@code
 * source: [s2, s6]}).
 *
 * @param id unique id among sources
 * @param title its title, or null
 * @param publisher who published it, or null
 * @param date when it was published, or null; a month or a year holds its first day
 * @param datePrecision how precisely {@code date} is written
 * @param url where it can be read, or null
 * @param extensions its {@code x-} keys
 */
public record Source(
    String id,
    String title,
    String publisher,
    LocalDate date,
    Precision datePrecision,
    String url,
    Extensions extensions) {
  public Source {
    Objects.requireNonNull(id, "id");
    datePrecision = datePrecision == null ? Precision.DAY : datePrecision;
    extensions = extensions == null ? Extensions.NONE : extensions;
  }

  /** The date as written: {@code 2008-09-25}, {@code 2008-09} or {@code 2008}; "" when none. */
  public String dateText() {
    return datePrecision.format(date);
  }
}
