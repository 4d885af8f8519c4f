package dev.rescuedogs.scraping.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap. Past the cap it either fails with {@link BodyTooLarge} and
 * cancels the download, or (for robots.txt, which RFC 9309 lets us cut at 500 KiB) keeps the
 * prefix.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  /** The body exceeded the cap. */
  static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge(long cap) {
      super("body larger than " + cap + " bytes");
    }
  }

  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final long cap;
  private final boolean truncate;
  private OptionalLong declaredLength = OptionalLong.empty();
  private Flow.Subscription subscription;
  private long wireBytes;

  CappedBodySubscriber(long cap, boolean truncate) {
    this.cap = cap;
    this.truncate = truncate;
  }

  /**
   * The body handler for one request: use as {@code client.sendAsync(request, body::forResponse)}.
   */
  synchronized HttpResponse.BodySubscriber<byte[]> forResponse(HttpResponse.ResponseInfo info) {
    declaredLength = info.headers().firstValueAsLong("Content-Length");
    return this;
  }

  /** Body bytes received so far, as sent on the wire. */
  synchronized long wireBytes() {
    return wireBytes;
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (!truncate && declaredLength.isPresent() && declaredLength.getAsLong() > cap) {
      s.cancel();
      result.completeExceptionally(new BodyTooLarge(cap));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int size = item.remaining();
      wireBytes += size;
      if (buffer.size() + (long) size > cap) {
        subscription.cancel();
        if (truncate) {
          byte[] part = new byte[(int) (cap - buffer.size())];
          item.get(part);
          buffer.write(part, 0, part.length);
          result.complete(buffer.toByteArray());
        } else {
          result.completeExceptionally(new BodyTooLarge(cap));
        }
        return;
      }
      byte[] bytes = new byte[size];
      item.get(bytes);
      buffer.write(bytes, 0, size);
    }
  }

  @Override
  public synchronized void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public synchronized void onComplete() {
    result.complete(buffer.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
