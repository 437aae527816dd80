/**
 * The dependency graph (JGraphT), pinned dates and, later, the schedule. Renderers get records,
 * never graphs.
 */
package dev.roadmap.plan;
