import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The parse floor of bench/compare.sh: reads a file as roadmap does (the whole file, decoded as
 * UTF-8), then pulls the SnakeYAML events that Jackson's YAML parser is built on and counts them.
 * No tree, no model, no checks: what no YAML-based loader can go below.
 *
 * <pre>
 *   javac -cp target/roadmap.jar -d DIR bench/ParseFloor.java
 *   java -cp DIR:target/roadmap.jar ParseFloor FILE
 * </pre>
 */
public final class ParseFloor {
  public static void main(String[] args) throws IOException {
    String text = new String(Files.readAllBytes(Path.of(args[0])), StandardCharsets.UTF_8);
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
}
