package dev.roadmap.load;

import java.util.function.IntConsumer;

/**
 * How the reader reads, as opposed to what it accepts ({@link Limits}): choices that change the
 * speed of a load, never its result.
 *
 * @param pumpMinChars from how many characters of text the events are made on a thread of their own
 *     ({@link EventPump}), on a machine of two or more cores; 0 for every text, {@link
 *     Integer#MAX_VALUE} for none
 * @param position told, after each item of the streamed list, the offset in the text that the
 *     reader has reached: how far the load has come, for a progress display
 */
record ReadOptions(int pumpMinChars, IntConsumer position) {
  private static final IntConsumer NOWHERE = at -> {};

  /** The thread from {@link EventPump#MIN_CHARS} on, where it was measured to pay. */
  static final ReadOptions DEFAULT = new ReadOptions(EventPump.MIN_CHARS);

  /** Told nothing of the position. */
  ReadOptions(int pumpMinChars) {
    this(pumpMinChars, NOWHERE);
  }

  /** These options, telling {@code position} how far the reader has come. */
  ReadOptions telling(IntConsumer position) {
    return new ReadOptions(pumpMinChars, position);
  }
}
