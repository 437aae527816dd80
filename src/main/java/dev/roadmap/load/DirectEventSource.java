package dev.roadmap.load;

import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/** SnakeYAML's parser on the reader's own thread: the events of a text as they are asked for. */
final class DirectEventSource implements EventSource {
  private final ParserImpl parser;

  DirectEventSource(String text, LoaderOptions options) {
    this(new StringReader(text), options);
  }

  DirectEventSource(Reader text, LoaderOptions options) {
    this.parser = new ParserImpl(new StreamReader(text), options);
  }

  @Override
  public Event next() {
    return parser.getEvent();
  }

  @Override
  public void close() {
    // Nothing to release: the parser reads from the text in memory.
  }
}
