package dev.rescuedogs.notifications;

/** Where run summaries go: the info topic, or the log when no topic is configured. */
public interface SummaryTopic {

  /** Sends one message; throws when it could not be delivered. */
  void publish(String subject, String message);
}
