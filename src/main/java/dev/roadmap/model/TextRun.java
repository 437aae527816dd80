package dev.roadmap.model;

import java.util.Objects;

/**
 * Characters {@code start} to {@code end} of a text, without a copy of them: a milestone given its
 * title so keeps the text of its file (which the tool keeps anyway) and two offsets, instead of a
 * String of its own (a million milestones: two million objects fewer for the collector to copy).
 *
 * @param text the whole text
 * @param start the offset of the first character
 * @param end the offset after the last one
 */
public record TextRun(String text, int start, int end) implements CharSequence {
  public TextRun {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
  }

  @Override
  public int length() {
    return end - start;
  }

  @Override
  public char charAt(int index) {
    Objects.checkIndex(index, length());
    return text.charAt(start + index);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    Objects.checkFromToIndex(from, to, length());
    return new TextRun(text, start + from, start + to);
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }
}
