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

/** All checks, in a fixed order. */
public final class Checks {
  private Checks() {}

  public static List<Check> all() {
    return List.of(
        new DuplicateIdCheck(),
        new UnknownReferenceCheck(),
        new PrerequisiteListCheck(),
        new DependencyCycleCheck(),
        new RedundantPrerequisiteCheck(),
        new PhaseOrderCheck(),
        new DateFieldsCheck(),
        new ScheduleCheck(),
        new TransferCheck(),
        new StatusCheck());
  }

  /**
   * The checks of {@link #all()} in the order the threads of a big roadmap take them: first the one
   * that needs neither the graph nor the schedule, which runs while one thread makes those two,
   * then those that need the graph, and last the one that needs the schedule too.
   */
  static final int[] PARALLEL_ORDER = {6, 2, 0, 1, 5, 9, 3, 4, 8, 7};

  /**
   * Runs every check on a roadmap and returns their findings, sorted.
   *
   * @param asOf status date for the status checks; null to use the file's own {@code as-of}
   */
  public static List<Diagnostic> run(Roadmap roadmap, LocalDate asOf) {
    return run(roadmap, asOf, all(), PARALLEL_ORDER);
  }

  /**
   * Runs {@code checks}; a big roadmap's threads take them in {@code order} (indexes into them).
   */
  static List<Diagnostic> run(Roadmap roadmap, LocalDate asOf, List<Check> checks, int[] order) {
    CheckContext context = new CheckContext(roadmap, asOf != null ? asOf : roadmap.asOf());
    List<Diagnostic> out = new ArrayList<>();
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), checks.size() - 1);
    if (roadmap.milestones().size() < PARALLEL || helpers < 1) {
      for (Check c : checks) {
        out.addAll(c.run(context));
      }
    } else {
      // A big roadmap: the checks only read the context, so they can share the cores. This thread
      // makes the graph and the schedule while the helpers start on the checks that need neither;
      // then each takes the next check not yet taken. The findings are the same; they are sorted.
      AtomicReferenceArray<List<Diagnostic>> found = new AtomicReferenceArray<>(checks.size());
      AtomicInteger next = new AtomicInteger();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(checks.size());
      Runnable work =
          () -> {
            for (int k; (k = next.getAndIncrement()) < checks.size(); done.countDown()) {
              int i = order[k];
              try {
                found.set(i, checks.get(i).run(context));
              } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
              }
            }
          };
      // Helpers that start late find nothing left to take: the wait is for the checks, not them.
      for (int h = 0; h < helpers; h++) {
        ForkJoinPool.commonPool().execute(work);
      }
      context.schedule();
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
