package dev.roadmap.diag;

import dev.roadmap.model.Span;
import java.util.List;

/**
 * An inline suppression comment: {@code # roadmap: disable-line RM206 -- reason} silences the
 * listed codes on its own line, {@code disable-next-line} on the line after it.
 *
 * @param codes the codes as written
 * @param target the line whose findings it silences
 * @param span where the comment is
 * @param reason the text after {@code --}, or null
 */
public record Directive(List<String> codes, int target, Span span, String reason) {
  public Directive {
    codes = List.copyOf(codes);
  }
}
