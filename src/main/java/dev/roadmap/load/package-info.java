/**
 * YAML text to {@link dev.roadmap.model.Roadmap} plus RM1xx diagnostics. The only package that
 * knows YAML; it keeps the line and column of every element.
 */
package dev.roadmap.load;
