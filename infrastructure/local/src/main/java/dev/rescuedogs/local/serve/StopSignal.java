package dev.rescuedogs.local.serve;

import java.util.concurrent.CountDownLatch;

/** Waiting for Ctrl-C (the JVM's shutdown) or for a test to release the latch. */
public final class StopSignal {

  private StopSignal() {}

  /** Blocks until the process is asked to stop or {@code stop} is counted down. */
  public static void awaitInterruptOr(CountDownLatch stop) throws InterruptedException {
    Thread hook = new Thread(stop::countDown, "rescuedogs-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stop.await();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Already stopping: the hook is what woke us.
      }
    }
  }
}
