package dev.roadmap.load;

import dev.roadmap.model.Authority;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.Mission;
import dev.roadmap.model.MissionGroup;
import dev.roadmap.model.Phase;
import dev.roadmap.model.PositionTable;
import dev.roadmap.model.Roadmap;
import dev.roadmap.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * One roadmap from several files: the top file and the files it includes ({@code include},
 * docs/format.md). Ids are global: the lists of every file are joined, the top file's first, then
 * each included file's in the order the files were read, and every element keeps the position
 * (file, line, column) where it is written.
 */
public final class Includes {
  private Includes() {}

  /**
   * The roadmap of {@code top} with the elements of {@code parts} after its own, in order: its
   * version, title, start, status date and top-level {@code x-} keys are the top file's.
   */
  public static Roadmap merge(Roadmap top, List<Roadmap> parts) {
    if (parts.isEmpty()) {
      return top;
    }
    List<Authority> authorities = new ArrayList<>(top.authorities());
    List<Mission> missions = new ArrayList<>(top.missions());
    List<Phase> phases = new ArrayList<>(top.phases());
    List<Milestone> milestones = new ArrayList<>(top.milestones());
    List<MissionGroup> groups = new ArrayList<>(top.groups());
    List<Source> sources = new ArrayList<>(top.sources());
    List<PositionTable> tables = new ArrayList<>();
    tables.add(top.positions());
    for (Roadmap p : parts) {
      authorities.addAll(p.authorities());
      missions.addAll(p.missions());
      phases.addAll(p.phases());
      milestones.addAll(p.milestones());
      groups.addAll(p.groups());
      sources.addAll(p.sources());
      tables.add(p.positions());
    }
    return new Roadmap(
        top.file(),
        top.version(),
        top.title(),
        top.start(),
        top.asOf(),
        authorities,
        missions,
        phases,
        milestones,
        PositionTable.merge(tables),
        groups,
        top.startPrecision(),
        sources,
        top.extensions());
  }
}
