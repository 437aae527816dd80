package dev.roadmap.render;

/**
 * How wide text is drawn, measured without a font at hand: the chart cuts labels to their column
 * and places dates with it.
 */
final class TextMetrics {
  private TextMetrics() {}

  /**
   * Advance widths of the printable ASCII characters (32 to 126) in DejaVu Sans, in thousandths of
   * an em: the widest of the usual system fonts (and the default one on Debian), so that text that
   * fits by this measure fits in any of them.
   */
  private static final short[] REGULAR = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
  };

  private static final short[] BOLD = {
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
    1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
    733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
    500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
    716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
  };

  /** The width of {@code s} in a font of {@code size} px. */
  static double width(String s, double size, boolean bold) {
    double em = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      em += em(cp, bold);
      i += Character.charCount(cp);
    }
    return em * size;
  }

  private static double em(int c, boolean bold) {
    if (c >= 32 && c < 127) {
      return (bold ? BOLD : REGULAR)[c - 32] / 1000.0;
    }
    // Other letters of European scripts, then wide ones (CJK, Hangul, emoji) at a full em.
    return c < 0x1100 ? (bold ? 0.8 : 0.72) : 1.0;
  }

  /** {@code s}, cut with an ellipsis so that it is at most {@code max} wide. */
  static String fit(String s, double max, double size, boolean bold) {
    if (width(s, size, bold) <= max) {
      return s;
    }
    double room = max - em('…', bold) * size;
    StringBuilder out = new StringBuilder();
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      double cw = em(cp, bold) * size;
      if (w + cw > room) {
        break;
      }
      out.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    String cut = out.toString().replaceAll("[\\s,;:.(\\-]+$", "");
    return cut + "…";
  }
}
