/**
 * Pure renderers: records in, text out. Lines end with {@code \n}, output ends with a newline, and
 * nothing depends on the clock or on map order.
 *
 * <p>One public class per view and format: the schedule's exports ({@link
 * dev.roadmap.render.MarkdownRenderer}, {@link dev.roadmap.render.MermaidRenderer}, {@link
 * dev.roadmap.render.HtmlRenderer}, {@link dev.roadmap.render.ScheduleJsonRenderer}, {@link
 * dev.roadmap.render.CsvRenderer}, {@link dev.roadmap.render.DotRenderer}, {@link
 * dev.roadmap.render.IcalRenderer}); the terminal views ({@link
 * dev.roadmap.render.TimelineTextRenderer}, {@link dev.roadmap.render.StatusRenderer}, {@link
 * dev.roadmap.render.ExplainRenderer}); the diff ({@link dev.roadmap.render.DiffTextRenderer},
 * {@link dev.roadmap.render.DiffMarkdownRenderer}, {@link dev.roadmap.render.DiffJsonRenderer}) and
 * the what-if built on it ({@link dev.roadmap.render.WhatIfRenderer}); the findings ({@link
 * dev.roadmap.render.DiagnosticTextRenderer}, {@link dev.roadmap.render.DiagnosticJsonRenderer},
 * {@link dev.roadmap.render.SarifRenderer}, {@link dev.roadmap.render.GithubRenderer}, {@link
 * dev.roadmap.render.XmlRenderers}) and the catalogue of codes ({@link
 * dev.roadmap.render.RulesRenderer}). {@link dev.roadmap.render.Plural}, {@link
 * dev.roadmap.render.JsonEnvelope}, {@link dev.roadmap.render.Style} and {@link
 * dev.roadmap.render.ViewFindings} (the findings an export marks and lists) are shared with the
 * command line.
 *
 * <p>What several formats say alike has one package-private home, and renderers do not call each
 * other's helpers: {@code Printable} (terminal escaping of text from a roadmap), {@code Findings}
 * (a finding's place, its one-line form, the counts), {@code ScheduleFacts} (title, finish,
 * summary, what dates a milestone), {@code ScheduledPhase} (the plan's timeline as the exports
 * group milestones by phase), {@code FilterText} (what an export or a view of a part of the
 * roadmap, filtered by owner and label, says of it), {@code PhaseText} (a phase's name and window),
 * {@code LinkText} (link types and lags), {@code DetailsText} (a milestone's owner, labels, links
 * and notes, and which addresses a reader may follow), {@code Markdown}, {@code TextTable}, {@code
 * TextFit} and {@code FlowLine} (lines fitted to a terminal's width), {@code MilestoneJson} and
 * {@code DiffWords}. The HTML page ({@code HtmlRenderer}, its style sheet {@code html.css} a
 * resource) draws its chart with {@code GanttChart}, {@code TimeAxis}, {@code GanttLegend}, {@code
 * DependencyArrows}, {@code Svg}, {@code TextMetrics} and {@code Html}, and its tables' owner,
 * labels, notes and links with {@code HtmlDetails}. The terminal timeline's Gantt view is drawn by
 * {@code GanttText}. {@code history} is written by {@code HistoryRenderer} (text, Markdown, JSON,
 * and its summary and slip words, which the page shares) and {@code HistoryHtmlRenderer}, whose
 * milestone trend chart {@code TrendChart} draws on two {@code TimeAxis}, one across and one
 * upwards.
 *
 * <p>The JSON export's parts: {@code MilestoneJson}, {@code DetailsJson} (a milestone's owner,
 * labels, links and notes), {@code ExtensionJson} (the {@code x-} keys of any element) and {@code
 * ElementsJson} (authorities, mission groups, missions and phases). Sources: {@code Citations}
 * (what each milestone cites, for every export) and {@code HtmlSources} (the page's citation
 * links). A chart's window of days ({@code --from}, {@code --to}) is a {@code DateWindow}, and
 * {@code WindowEdges} draws the arrowheads of bars that run past it.
 */
package dev.roadmap.render;
