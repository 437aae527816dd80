/**
 * YAML text to {@link dev.roadmap.model.Roadmap} plus RM1xx diagnostics. The only package that
 * knows YAML; it keeps the line and column of every element.
 *
 * <p>{@link dev.roadmap.load.RoadmapLoader} binds the format from small trees of {@code YamlNode}s,
 * which {@code YamlReader} builds from SnakeYAML's parse events. The events come through one {@code
 * EventSource}: SnakeYAML's parser on the reader's thread ({@code DirectEventSource}) or, for a big
 * text, on a thread of its own ({@code EventPump}), as {@code ReadOptions} say; either way the
 * result is the same. A reading that stops (a syntax error, a limit) becomes one diagnostic in
 * {@code YamlErrors}.
 */
package dev.roadmap.load;
