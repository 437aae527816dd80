package dev.roadmap.check;

import dev.roadmap.diag.Diagnostic;
import dev.roadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * The checks, and the runner that runs them on a roadmap: in a fixed order, or for a big roadmap
 * shared out over the cores by what they need.
 */
public final class Checks {
  private Checks() {}

  public static List<Check> all() {
    return List.of(
        new DuplicateIdCheck(),
        new UnknownReferenceCheck(),
        new OwnerCheck(),
        new PrerequisiteListCheck(),
        new DependencyCycleCheck(),
        new RedundantPrerequisiteCheck(),
        new PhaseOrderCheck(),
        new DateFieldsCheck(),
        new ScheduleCheck(),
        new DateRangeCheck(),
        new TransferCheck(),
        new StatusCheck(),
        new SourceCheck());
  }

  /**
   * Runs every check on a roadmap and returns their findings, sorted.
   *
   * @param asOf status date for the status checks; null to use the file's own {@code as-of}
   */
  public static List<Diagnostic> run(Roadmap roadmap, LocalDate asOf) {
    return Folds.apply(run(roadmap, asOf, all(), n -> {}));
  }

  /**
   * As {@link #run(Roadmap, LocalDate)}, telling {@code checksDone} how many of the {@link #all}
   * checks are done each time one ends (for a progress display).
   */
  public static List<Diagnostic> run(Roadmap roadmap, LocalDate asOf, IntConsumer checksDone) {
    return Folds.apply(run(roadmap, asOf, all(), checksDone));
  }

  /**
   * As {@link #run(Roadmap, LocalDate, IntConsumer)}, without {@link Folds}: for a caller that
   * applies suppressions first, and then the folds.
   */
  public static List<Diagnostic> runUnfolded(
      Roadmap roadmap, LocalDate asOf, IntConsumer checksDone) {
    return run(roadmap, asOf, all(), checksDone);
  }

  /**
   * The checks in the order the threads of a big roadmap take them, by what they need: first those
   * that need neither the graph nor the schedule, which run while one thread makes those two, then
   * those that need the graph, and last those that need the schedule too; in the order given within
   * each.
   */
  static List<Check> inRunOrder(List<Check> checks) {
    List<Check> ordered = new ArrayList<>(checks.size());
    for (Check.Needs needs : Check.Needs.values()) {
      for (Check c : checks) {
        if (c.needs() == needs) {
          ordered.add(c);
        }
      }
    }
    return ordered;
  }

  /** Runs {@code checks}; those of a big roadmap in parallel, in {@link #inRunOrder}. */
  static List<Diagnostic> run(Roadmap roadmap, LocalDate asOf, List<Check> checks) {
    return Folds.apply(run(roadmap, asOf, checks, n -> {}));
  }

  private static List<Diagnostic> run(
      Roadmap roadmap, LocalDate asOf, List<Check> checks, IntConsumer checksDone) {
    CheckContext context = new CheckContext(roadmap, asOf != null ? asOf : roadmap.asOf());
    List<Diagnostic> out = new ArrayList<>();
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), checks.size() - 1);
    if (roadmap.milestones().size() < PARALLEL || helpers < 1) {
      for (int i = 0; i < checks.size(); i++) {
        out.addAll(checks.get(i).run(context));
        checksDone.accept(i + 1);
      }
    } else {
      // A big roadmap: the checks only read the context, so they can share the cores. This thread
      // makes what they need (the graph, the schedule) while the helpers start on the checks that
      // need less; then each takes the next check not yet taken. The findings are the same; they
      // are sorted.
      List<Check> ordered = inRunOrder(checks);
      Check.Needs most = ordered.get(ordered.size() - 1).needs();
      AtomicReferenceArray<List<Diagnostic>> found = new AtomicReferenceArray<>(checks.size());
      AtomicInteger next = new AtomicInteger();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(checks.size());
      Runnable work =
          () -> {
            for (int k; (k = next.getAndIncrement()) < checks.size(); ) {
              try {
                found.set(k, ordered.get(k).run(context));
              } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
              }
              done.countDown();
              checksDone.accept(checks.size() - (int) done.getCount());
            }
          };
      // Helpers that start late find nothing left to take: the wait is for the checks, not them.
      for (int h = 0; h < helpers; h++) {
        ForkJoinPool.commonPool().execute(work);
      }
      if (most == Check.Needs.SCHEDULE) {
        context.schedule();
      } else if (most == Check.Needs.GRAPH) {
        context.graph();
      }
      work.run();
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking", e);
      }
      if (failure.get() instanceof RuntimeException e) {
        throw e;
      } else if (failure.get() instanceof Error e) {
        throw e;
      }
      for (int i = 0; i < checks.size(); i++) {
        out.addAll(found.get(i));
      }
    }
    out.sort(Diagnostic.ORDER);
    return out;
  }

  /** From this many milestones the checks of one file run in parallel. */
  static final int PARALLEL = 20_000;
}
