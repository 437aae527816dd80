package dev.roadmap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A roadmap as read from one file, in file order, or from a top file and the files it includes
 * (their elements after its own; its {@code file} is the top file's). It may be incomplete when the
 * file has errors: elements that could not be read are left out and required values may be null.
 *
 * @param file the source name
 * @param version the format version, or 0 if absent
 * @param title the title, or null
 * @param start the project start, or null
 * @param asOf the status date, or null
 * @param authorities authorities in file order
 * @param missions missions in file order
 * @param phases phases in file (and phase) order
 * @param milestones milestones in file order
 * @param positions where each element is written
 * @param groups mission groups in file order (empty when the file groups no missions)
 * @param startPrecision how precisely {@code start} is written (a coarse one holds its first day)
 * @param sources the sources the milestones cite, in file order (empty when the file lists none)
 * @param extensions the top level's {@code x-} keys
 */
public record Roadmap(
    String file,
    int version,
    String title,
    LocalDate start,
    LocalDate asOf,
    List<Authority> authorities,
    List<Mission> missions,
    List<Phase> phases,
    List<Milestone> milestones,
    PositionTable positions,
    List<MissionGroup> groups,
    Precision startPrecision,
    List<Source> sources,
    Extensions extensions) {

  public Roadmap {
    Objects.requireNonNull(file, "file");
    authorities = List.copyOf(authorities);
    missions = List.copyOf(missions);
    phases = List.copyOf(phases);
    milestones = List.copyOf(milestones);
    groups = List.copyOf(groups);
    sources = List.copyOf(sources);
    positions = positions.bind(authorities, missions, phases, milestones, groups, sources);
    startPrecision = startPrecision == null ? Precision.DAY : startPrecision;
    extensions = extensions == null ? Extensions.NONE : extensions;
  }

  /** A roadmap that lists no sources and has no {@code x-} keys at the top level. */
  public Roadmap(
      String file,
      int version,
      String title,
      LocalDate start,
      LocalDate asOf,
      List<Authority> authorities,
      List<Mission> missions,
      List<Phase> phases,
      List<Milestone> milestones,
      PositionTable positions,
      List<MissionGroup> groups,
      Precision startPrecision) {
    this(
        file,
        version,
        title,
        start,
        asOf,
        authorities,
        missions,
        phases,
        milestones,
        positions,
        groups,
        startPrecision,
        List.of(),
        Extensions.NONE);
  }

  /** A roadmap without mission groups, whose start is a day. */
  public Roadmap(
      String file,
      int version,
      String title,
      LocalDate start,
      LocalDate asOf,
      List<Authority> authorities,
      List<Mission> missions,
      List<Phase> phases,
      List<Milestone> milestones,
      PositionTable positions) {
    this(
        file,
        version,
        title,
        start,
        asOf,
        authorities,
        missions,
        phases,
        milestones,
        positions,
        List.of(),
        Precision.DAY,
        List.of(),
        Extensions.NONE);
  }

  /** This roadmap with other milestones in the same places (the positions stay with the places). */
  public Roadmap withMilestones(List<Milestone> replaced) {
    return new Roadmap(
        file,
        version,
        title,
        start,
        asOf,
        authorities,
        missions,
        phases,
        replaced,
        positions,
        groups,
        startPrecision,
        sources,
        extensions);
  }

  /** This roadmap as of another status date (a command's {@code --as-of}). */
  public Roadmap withAsOf(LocalDate date) {
    return new Roadmap(
        file,
        version,
        title,
        start,
        date,
        authorities,
        missions,
        phases,
        milestones,
        positions,
        groups,
        startPrecision,
        sources,
        extensions);
  }
}
