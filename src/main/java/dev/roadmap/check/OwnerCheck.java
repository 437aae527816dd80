package dev.roadmap.check;

import dev.roadmap.diag.Code;
import dev.roadmap.diag.Diagnostic;
import dev.roadmap.diag.Suggestions;
import dev.roadmap.model.Milestone;
import dev.roadmap.model.MilestoneField;
import dev.roadmap.model.Mission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * RM212: an {@code owner} is an authority when it is an authority's id, and free text otherwise.
 * Free text written as an id ({@code rok-armi}) that is close to exactly one authority's id is
 * likely a typo of it; close to two or more, or to none, it is taken as the free text it says. An
 * owner that a mission names as its {@code from} or {@code to} too is left to RM204: one mistake
 * (an authority's id misspelt where it is defined, say), one finding.
 */
final class OwnerCheck implements Check {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  @Override
  public Needs needs() {
    return Needs.NOTHING;
  }

  @Override
  public List<Diagnostic> run(CheckContext c) {
    Set<String> authorities = c.authorities().keySet();
    List<Diagnostic> out = new ArrayList<>();
    if (authorities.isEmpty()) {
      return out;
    }
    // Ids that missions name as an authority: when one is not defined, RM204 says so (at the
    // mission, or at the definition that looks misspelt), and an owner of that id is the same
    // mistake, not another.
    Set<String> named = new HashSet<>();
    for (Mission mission : c.roadmap().missions()) {
      named.add(mission.from());
      named.add(mission.to());
    }
    for (Milestone m : c.roadmap().milestones()) {
      String owner = m.details().owner();
      if (owner == null
          || authorities.contains(owner)
          || named.contains(owner)
          || !ID.matcher(owner).matches()) {
        continue;
      }
      String near = Suggestions.closest(owner, authorities).orElse(null);
      if (near == null) {
        continue;
      }
      List<String> others = new ArrayList<>(authorities);
      others.remove(near);
      if (Suggestions.closest(owner, others).isPresent()) {
        continue; // close to two authorities: no one guess
      }
      out.add(
          Diagnostic.of(
              Code.OWNER_LIKE_AUTHORITY,
              c.positions().of(m, MilestoneField.OWNER),
              "'"
                  + m.id()
                  + "' is owned by '"
                  + owner
                  + "', which is no authority; did you mean '"
                  + near
                  + "'?",
              "write '" + near + "' for the authority, or the owner in words ('owner: J5 plans')"));
    }
    return out;
  }
}
