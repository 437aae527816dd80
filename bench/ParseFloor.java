import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The parse floor of bench/compare.sh: reads a file as roadmap does (the whole file, decoded as
 * UTF-8), then pulls the SnakeYAML events that Jackson's YAML parser is built on and counts them.
 * No tree, no model, no checks: what no loader built on SnakeYAML's parser can go below. roadmap's
 * loader reads the common subset of YAML itself (dev.roadmap.load.LineEventSource) and so goes
 * below it; LinesFloor.java is the floor of that reader.
 *
 * <pre>
 *   javac -cp target/roadmap.jar -d DIR bench/ParseFloor.java
 *   java -cp DIR:target/roadmap.jar ParseFloor FILE
 * </pre>
 */
public final class ParseFloor {
  public static void main(String[] args) throws IOException {
    String text = new String(read(Path.of(args[0])), StandardCharsets.UTF_8);
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    Parser parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
    long events = 0;
    Event e;
    do {
      e = parser.getEvent();
      events++;
    } while (!e.is(Event.ID.StreamEnd));
    System.out.println(events + " events");
  }

  /**
   * The bytes of a file, read as roadmap reads them: into one array of the file's size, 64 KiB at
   * a time (one read of the whole goes through a direct buffer as big as the file).
   */
  private static byte[] read(Path path) throws IOException {
    byte[] bytes = new byte[Math.toIntExact(Files.size(path))];
    try (InputStream in = Files.newInputStream(path)) {
      int n = 0;
      while (n < bytes.length) {
        int r = in.read(bytes, n, Math.min(1 << 16, bytes.length - n));
        if (r < 0) {
          break;
        }
        n += r;
      }
      return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
    }
  }
}
