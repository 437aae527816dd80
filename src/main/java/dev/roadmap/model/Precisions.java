package dev.roadmap.model;

/**
 * The precision of each date field of one milestone ({@code date}, {@code start}, {@code end},
 * {@code not-before}, {@code deadline}). Values are shared: {@link #DAY} for the usual milestone
 * whose dates are all days, and one instance for each other combination, so a milestone costs no
 * object of its own for its precisions.
 */
public final class Precisions {
  private static final MilestoneField[] FIELDS = {
    MilestoneField.DATE,
    MilestoneField.START,
    MilestoneField.END,
    MilestoneField.NOT_BEFORE,
    MilestoneField.DEADLINE
  };
  private static final Precision[] VALUES = Precision.values();
  private static final Precisions[] ALL = new Precisions[1 << (2 * FIELDS.length)];

  static {
    for (int bits = 0; bits < ALL.length; bits++) {
      ALL[bits] = new Precisions(bits);
    }
  }

  /** Every date field at day precision. */
  public static final Precisions DAY = ALL[0];

  /** Two bits per field, in the order of {@link #FIELDS}: the ordinal of its {@link Precision}. */
  private final int bits;

  private Precisions(int bits) {
    this.bits = bits;
  }

  private static int slot(MilestoneField f) {
    return switch (f) {
      case DATE -> 0;
      case START -> 1;
      case END -> 2;
      case NOT_BEFORE -> 3;
      case DEADLINE -> 4;
      default -> -1;
    };
  }

  /** The precision of a date field; {@link Precision#DAY} for any other field. */
  public Precision of(MilestoneField f) {
    int s = slot(f);
    if (s < 0) {
      return Precision.DAY;
    }
    int v = (bits >>> (2 * s)) & 3;
    return v < VALUES.length ? VALUES[v] : Precision.DAY;
  }

  /** These precisions with {@code f} at {@code p}. */
  public Precisions with(MilestoneField f, Precision p) {
    int s = slot(f);
    if (s < 0) {
      throw new IllegalArgumentException(f + " is not a date field");
    }
    return ALL[(bits & ~(3 << (2 * s))) | (p.ordinal() << (2 * s))];
  }

  /** True when every date field is a day. */
  public boolean allDays() {
    return bits == 0;
  }

  @Override
  public String toString() {
    if (bits == 0) {
      return "all days";
    }
    StringBuilder b = new StringBuilder();
    for (MilestoneField f : FIELDS) {
      if (of(f).isCoarse()) {
        b.append(b.length() == 0 ? "" : ", ").append(f.key()).append(": ").append(of(f).key());
      }
    }
    return b.toString();
  }
}
