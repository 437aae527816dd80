/**
 * The dependency graph, reachability, pinned dates, the schedule, status as of a date, and the
 * differences between revisions. Renderers and checks get records and milestones, never graphs or
 * their numbers.
 *
 * <ul>
 *   <li>{@link dev.roadmap.plan.DependencyGraph}: milestones numbered once, links in int arrays
 *       kept inside this package; outside it, a small API by milestone: lookups by id, walks over
 *       the milestones and their prerequisites (with each entry's index in {@code requires()}), the
 *       milestones left out, topological order as a read-only view, and the cycles.
 *   <li>{@link dev.roadmap.plan.Reachability}: one budgeted search back through prerequisites,
 *       pruned by topological rank, that answers "which prerequisites are implied by another"
 *       (RM207) and "which milestones have no goal of their group before them" (RM403).
 *   <li>{@link dev.roadmap.plan.Scheduler} and {@link dev.roadmap.plan.Schedule}: forward and
 *       backward passes over the graph's arrays, the entries a read-only view over them.
 *   <li>{@link dev.roadmap.plan.CycleLinks}: which links lie on a cycle (their two milestones in
 *       one strongly connected component), so that a link on a cycle gets RM206 and no other
 *       finding.
 * </ul>
 *
 * <p>JGraphT serves in one place: {@code CycleFinder} lists the elementary cycles of each small
 * strongly connected component with {@link org.jgrapht.alg.cycle.HawickJamesSimpleCycles}; the
 * components themselves ({@code StrongComponents}, an iterative Tarjan) and the one shortest cycle
 * of a large component are found on the graph's own arrays, in time linear in the graph. Everything
 * else (numbering, topological order, the searches, the scheduler's passes) works on the project's
 * own int arrays, which are faster and smaller at a million milestones, so a run on an acyclic
 * roadmap loads no JGraphT class.
 */
package dev.roadmap.plan;
