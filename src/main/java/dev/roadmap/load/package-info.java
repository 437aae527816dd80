/**
 * YAML text to {@link dev.roadmap.model.Roadmap} plus RM1xx diagnostics. The only package that
 * knows YAML; it keeps the line and column of every element.
 *
 * <p>{@link dev.roadmap.load.RoadmapLoader} binds the format from small trees of {@code YamlNode}s,
 * which {@code YamlReader} builds from SnakeYAML's parse events. The events come through one {@code
 * EventSource}: {@code LineEventSource} reads YAML as roadmaps are written (block collections,
 * one-line and block scalars, one-line flow collections) a line at a time, with the events and
 * marks SnakeYAML gives, and hands over to SnakeYAML's parser ({@code DirectEventSource}) at the
 * first thing outside that; for a big text it runs on a thread of its own ({@code EventPump}), as
 * {@code ReadOptions} say. Whichever reads, the result is the same. A reading that stops (a syntax
 * error, a limit) becomes one diagnostic in {@code YamlErrors}.
 */
package dev.roadmap.load;
