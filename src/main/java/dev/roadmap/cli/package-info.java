/**
 * The command line: picocli commands, reading and writing files, exit codes. The only package that
 * touches standard streams, files, git, the clock or {@code System.exit}.
 *
 * <ul>
 *   <li>{@link dev.roadmap.cli.Main} builds the command tree, runs it and maps every outcome to an
 *       exit code ({@link dev.roadmap.cli.ExitCodes}).
 *   <li>Every command builds picocli's model of itself in code, through {@code Specs}: that model
 *       is the one source of its options, help, completion script and man pages. The options that
 *       several commands share are mixins: {@code Common} ({@code --color}, {@code --debug}),
 *       {@code LimitOptions} ({@code --max-*}), {@code InputFile} (FILE and the limits) and {@code
 *       OutputFile} ({@code -o}).
 *   <li>{@link dev.roadmap.cli.Sources} reads roadmaps (files, directories, standard input, {@code
 *       REV:PATH} through git); {@code IncludedFiles} the files a roadmap includes, through an
 *       {@code IncludeReader} ({@code FileIncludes}, {@code GitIncludes}); {@code AtomicFiles}
 *       writes files.
 *   <li>{@link dev.roadmap.cli.Analysis} loads and checks one roadmap (one file, or a top file and
 *       the files it includes: one report a file, {@code IncludedReports}); {@code Loaded} then
 *       gates on errors and schedules, for every command but {@code validate}.
 * </ul>
 */
package dev.roadmap.cli;
