package org.dossier.solr;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.util.NamedList;
import org.jspecify.annotations.Nullable;

/**
 * One SolrJ client per node, used in turn: a request goes to the node that answered last, and
 * moves on to the next when a node cannot be reached. Every node of a SolrCloud forwards requests
 * where they belong, so any node that answers will do. Requests that are sent again are safe to
 * repeat: Dossier's updates replace entries by id.
 */
final class SolrNodes implements AutoCloseable {
  private final List<String> urls;
  private final List<HttpJdkSolrClient> clients = new ArrayList<>();
  /** Clients for nodes of the cluster that were not given (found in its state), made when first asked. */
  private final java.util.concurrent.ConcurrentMap<String, HttpJdkSolrClient> others = new java.util.concurrent.ConcurrentHashMap<>();
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  /**
   * The HTTP clients' threads. Unbounded: each request in flight holds one thread writing its body
   * into a pipe that the HTTP client drains on another; SolrJ's default pool (4 threads, then a
   * queue) deadlocks with four requests in flight.
   */
  private final ExecutorService executor = Executors.newCachedThreadPool(new ClientThreads());
  private volatile int preferred;

  SolrNodes(List<String> urls, Duration connectTimeout, Duration requestTimeout) {
    this.urls = List.copyOf(urls);
    this.connectTimeout = connectTimeout;
    this.requestTimeout = requestTimeout;
    for (String url : this.urls) clients.add(client(url));
  }

  private HttpJdkSolrClient client(String url) {
    return new HttpJdkSolrClient.Builder(url)
        .withExecutor(executor)
        .withConnectionTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .withRequestTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
        // HTTP/1.1: the JDK client's HTTP/2 upgrade costs an extra request per POST on plain http.
        .useHttp1_1(true)
        .build();
  }

  /**
   * Sends a node-level request to the node at {@code baseUrl} only (one of the given nodes, or
   * another node of the cluster).
   *
   * @throws SolrServerException if the node answered with an error it could not report as a status
   * @throws IOException if the node cannot be reached or failed in the middle of an answer
   */
  NamedList<Object> requestAt(String baseUrl, SolrRequest<?> request) throws IOException, SolrServerException {
    return requestAt(baseUrl, request, null);
  }

  /**
   * Sends {@code request} to the node at {@code baseUrl} only, for {@code core} (a core or
   * collection name; null for a node-level request).
   *
   * @throws SolrServerException if the node answered with an error it could not report as a status
   * @throws IOException if the node cannot be reached or failed in the middle of an answer
   */
  NamedList<Object> requestAt(String baseUrl, SolrRequest<?> request, @Nullable String core) throws IOException, SolrServerException {
    int given = urls.indexOf(baseUrl);
    HttpJdkSolrClient c = given >= 0 ? clients.get(given) : others.computeIfAbsent(baseUrl, this::client);
    return c.request(request, core);
  }

  /** The base URLs, in the order given. */
  List<String> urls() {
    return urls;
  }

  /**
   * Sends {@code request} to the first node that can be reached.
   *
   * @param collection the collection, or null for node-level requests (admin APIs)
   * @throws SolrUnavailableException if no node can be reached
   * @throws SolrServerException if a node answered with an error it could not report as a status
   * @throws IOException if a node failed in the middle of an answer
   */
  NamedList<Object> request(SolrRequest<?> request, @Nullable String collection) throws IOException, SolrServerException {
    int first = preferred;
    Exception last = null;
    for (int i = 0; i < clients.size(); i++) {
      int n = (first + i) % clients.size();
      try {
        NamedList<Object> response = clients.get(n).request(request, collection);
        preferred = n;
        return response;
      } catch (IOException | SolrServerException e) {
        if (!unreachable(e)) throw e;
        last = e;
      }
    }
    throw new SolrUnavailableException(rotated(first), last == null ? new ConnectException("no nodes") : last);
  }

  private List<String> rotated(int first) {
    List<String> order = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) order.add(urls.get((first + i) % urls.size()));
    return order;
  }

  /** Whether {@code e} says the node could not be reached (as opposed to a node that answered with an error). */
  static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof HttpConnectTimeoutException
          || t instanceof ClosedChannelException
          || t instanceof java.net.UnknownHostException
          || t instanceof java.net.NoRouteToHostException
          || t instanceof HttpTimeoutException && !(e instanceof SolrServerException)) {
        return true;
      }
      String m = t.getMessage();
      // The JDK client reports a connection the node closed while stopping this way.
      if (t instanceof IOException && m != null && (m.contains("Connection reset") || m.contains("header parser received no bytes"))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    List<HttpJdkSolrClient> all = new ArrayList<>(clients);
    all.addAll(others.values());
    for (HttpJdkSolrClient c : all) {
      try {
        c.close();
      } catch (IOException e) {
        if (failure == null) failure = e;
        else failure.addSuppressed(e);
      }
    }
    executor.shutdown();
    if (failure != null) throw failure;
  }

  /** Named daemon threads, so a forgotten index never keeps a JVM alive. */
  private static final class ClientThreads implements ThreadFactory {
    private final AtomicLong count = new AtomicLong();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "solr-client-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
