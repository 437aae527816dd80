/**
 * Findings: {@link dev.roadmap.diag.Diagnostic} values with a stable {@link dev.roadmap.diag.Code},
 * a severity and a source position. User mistakes are values, never exceptions.
 */
package dev.roadmap.diag;
