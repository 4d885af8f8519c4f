package dev.rescuedogs.dispatch.queue;

import java.util.List;

/** Where scrape requests go: the scrape queue in production, a list in tests. */
public interface ScrapeQueue {

  /**
   * Sends every message, or throws after sending what could be sent.
   *
   * @throws DispatchFailedException when some messages could not be sent; it names them
   */
  void send(List<ScrapeMessage> messages);
}
