/**
 * The rules, one class per family, each returning diagnostics and never throwing on user input.
 * {@link dev.roadmap.check.Checks#run} runs them all in a fixed order.
 */
package dev.roadmap.check;
