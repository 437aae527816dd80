package dev.roadmap.load;

import java.io.InterruptedIOException;
import org.yaml.snakeyaml.events.Event;

/**
 * SnakeYAML's parse events of a text, one at a time, as {@code ParserImpl.getEvent()} gives them:
 * read a line at a time where the text is written as roadmaps are ({@link LineEventSource}), else
 * by SnakeYAML's parser ({@link DirectEventSource}), on the reader's thread or on a thread of its
 * own ({@link EventPump}). Whichever it is, the reader sees the same events and, where the text is
 * not YAML, the same exception after the same events.
 */
interface EventSource {
  /**
   * The next event; null after the end of the stream.
   *
   * @throws org.yaml.snakeyaml.error.YAMLException where the text is not YAML, or over a limit of
   *     the parser's {@code LoaderOptions}
   * @throws InterruptedIOException when the reading thread is interrupted while it waits
   */
  Event next() throws InterruptedIOException;

  /** The reader is done with the events, however its reading ended. */
  void close();
}
