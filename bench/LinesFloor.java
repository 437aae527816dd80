package dev.roadmap.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;

/**
 * The parse floor of roadmap's own reader: the events of a file as {@link LineEventSource} gives
 * them to the loader (handing over to SnakeYAML's parser where the file leaves the subset it reads),
 * counted, and nothing else. ParseFloor.java is the same for SnakeYAML's parser alone; roadmap's
 * load goes below that floor, not below this one. In roadmap's package, to reach the package's
 * class without making it public:
 *
 * <pre>
 *   javac -cp target/roadmap.jar -d DIR bench/LinesFloor.java
 *   java -cp DIR:target/roadmap.jar dev.roadmap.load.LinesFloor FILE
 * </pre>
 */
public final class LinesFloor {
  public static void main(String[] args) throws IOException {
    String text = new String(read(Path.of(args[0])), StandardCharsets.UTF_8);
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    LineEventSource source =
        new LineEventSource(
            text, Integer.MAX_VALUE, () -> new DirectEventSource(text, options));
    long events = 0;
    Event e;
    do {
      e = source.next();
      events++;
    } while (!e.is(Event.ID.StreamEnd));
    System.out.println(events + " events" + (source.handedOver() ? " (handed over)" : ""));
  }

  /** The bytes of a file, read as roadmap and ParseFloor.java read them: 64 KiB at a time. */
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
