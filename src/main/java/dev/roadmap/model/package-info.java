/**
 * The roadmap as records of domain values: {@link dev.roadmap.model.Roadmap}, {@link
 * dev.roadmap.model.Milestone}, {@link dev.roadmap.model.Dependency} and the others say what a file
 * says, and nothing of where. Where each element and field is written is kept beside them, in the
 * roadmap's {@link dev.roadmap.model.PositionTable}, asked by element and by field enum ({@link
 * dev.roadmap.model.MilestoneField} and its siblings). Depends on the JDK only.
 */
package dev.roadmap.model;
