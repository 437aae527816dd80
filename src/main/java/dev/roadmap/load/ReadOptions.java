package dev.roadmap.load;

/**
 * How the reader reads, as opposed to what it accepts ({@link Limits}): choices that change the
 * speed of a load, never its result.
 *
 * @param pumpMinChars from how many characters of text SnakeYAML's parser runs on a thread of its
 *     own ({@link EventPump}), on a machine of two or more cores; 0 for every text, {@link
 *     Integer#MAX_VALUE} for none
 */
record ReadOptions(int pumpMinChars) {
  /** The thread from {@link EventPump#MIN_CHARS} on, where it was measured to pay. */
  static final ReadOptions DEFAULT = new ReadOptions(EventPump.MIN_CHARS);
}
