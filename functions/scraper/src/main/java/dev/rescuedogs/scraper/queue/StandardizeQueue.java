package dev.rescuedogs.scraper.queue;

import dev.rescuedogs.scraper.message.StandardizeRequest;

/** Where archived raw results are announced: the standardize queue in production. */
public interface StandardizeQueue {

  /** Sends the message or throws. */
  void send(StandardizeRequest request);
}
