/**
 * The rules, one class per family, each returning diagnostics and never throwing on user input.
 *
 * <p>Each {@link dev.roadmap.check.Check} declares what it reads beyond the roadmap ({@link
 * dev.roadmap.check.Check.Needs}: nothing, the dependency graph, or the schedule too) and has one
 * way of reading it: milestones and their prerequisites through the graph's walks, questions of
 * reachability through {@link dev.roadmap.plan.Reachability}, dates through the schedule. {@link
 * dev.roadmap.check.Checks#run} runs them all in a fixed order; for a big roadmap, it shares them
 * out over the cores by what they need, while one thread makes the graph and the schedule. The
 * findings are sorted, the same either way.
 */
package dev.roadmap.check;
