package dev.roadmap.cli;

import dev.roadmap.load.Limits;
import java.io.IOException;
import java.util.List;

/**
 * Where the files a roadmap includes are read from: the file system ({@link FileIncludes}), or a
 * git revision for {@code REV:PATH} ({@link GitIncludes}). Names are as they appear in output: the
 * including file's name with the include's path resolved against its directory.
 */
interface IncludeReader {
  /** What a name stands for. */
  enum Kind {
    FILE,
    DIRECTORY,
    /** A device, a pipe, a socket: not a regular file. */
    OTHER,
    MISSING
  }

  /** The name of {@code path}, written in {@code includer}, relative to its directory. */
  String resolve(String includer, String path);

  /** What {@code name} stands for. */
  Kind kind(String name);

  /** The regular files whose names match the glob {@code pattern} (a resolved name), sorted. */
  List<String> glob(String pattern) throws IOException;

  /** The file {@code name}, within {@code limits} (as the file on the command line is read). */
  Sources.Source read(String name, Limits limits) throws IOException;
}
