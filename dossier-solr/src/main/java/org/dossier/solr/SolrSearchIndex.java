package org.dossier.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.dossier.search.Fields;
import org.dossier.search.IndexFormat;
import org.dossier.search.IndexEntry;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * The search port on SolrCloud: one collection, sharded and replicated, with the embedded
 * engine's fields, analysis, query syntax and results.
 *
 * <pre>{@code
 * try (SearchIndex index = SolrSearchIndex.open(SolrOptions.of(List.of("http://127.0.0.1:8983/solr")))) {
 *   index.sync(store.hashes(), store::expect);
 *   SearchResult r = index.search(SearchQuery.of("speaker:Gorbachev \"bloody methods\""));
 * }
 * }</pre>
 *
 * <p>Opening creates the collection when it is missing (uploading {@link SolrConfigset} over
 * HTTP; the nodes must have the plugin jar). Each document is one nested Solr document whose
 * children are its blocks, so indexing replaces a document whole and every block of a document is
 * on its document's shard. Writes become visible to this index's next search (it soft-commits
 * first when it wrote since its last search) and durable on {@link #commit()}. Queries are read by
 * Dossier's own parser on the nodes (the plugin jar's {@code dossier} query parser), so they mean
 * the same as on the embedded engine; they are checked here first, so a bad query fails with the
 * same message and column without a round trip.
 *
 * <p>Requests go to the nodes in turn, moving to the next node when one cannot be reached; when
 * none can, a {@link SolrUnavailableException} names them. Thread-safe.
 */
public final class SolrSearchIndex implements SearchIndex {
  private static final Duration READY_WAIT = Duration.ofSeconds(60);

  /** How long update routes read from the cluster are reused (a stale route still arrives: Solr forwards). */
  private static final Duration ROUTES_TTL = Duration.ofSeconds(10);

  /** How long a generation read from the cluster is reused. */
  private static final Duration GENERATION_TTL = Duration.ofSeconds(1);

  private final SolrNodes nodes;
  private final SolrOptions options;
  private final SolrGeneration generation;
  /** Sends the update requests of {@link #indexAll}; daemon threads, at most {@code updateThreads} at work. */
  private final java.util.concurrent.ExecutorService updates;
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong toLeaders = new AtomicLong();
  private final AtomicLong toAnyNode = new AtomicLong();
  private volatile long refreshedAt;
  private volatile @Nullable Routes routes;
  /** Whether some replicas copy their leader's segments (TLOG) and so may lag: searches then ask the leaders. */
  private volatile boolean preferLeaders;

  private SolrSearchIndex(SolrNodes nodes, SolrOptions options) {
    this.nodes = nodes;
    this.options = options;
    this.generation = new SolrGeneration(nodes, options.collection(), GENERATION_TTL);
    this.updates = java.util.concurrent.Executors.newFixedThreadPool(options.updateThreads(), new UpdateThreads());
  }

  /** Named daemon threads, so a forgotten index never keeps a JVM alive. */
  private static final class UpdateThreads implements java.util.concurrent.ThreadFactory {
    private final AtomicLong count = new AtomicLong();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "solr-update-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  /**
   * Connects to the collection of {@code options}, creating it when it is missing and {@link
   * SolrOptions#create()} allows.
   *
   * @throws SolrUnavailableException if no node can be reached
   * @throws IOException if the collection is missing and may not be created, or cannot be created
   */
  public static SolrSearchIndex open(SolrOptions options) throws IOException {
    Objects.requireNonNull(options, "options");
    SolrNodes nodes = new SolrNodes(options.nodes(), options.connectTimeout(), options.requestTimeout());
    try {
      SolrSearchIndex index = new SolrSearchIndex(nodes, options);
      index.ensureCollection();
      index.readRoutes();
      return index;
    } catch (IOException | RuntimeException e) {
      try {
        nodes.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** The options this index was opened with. */
  public SolrOptions options() {
    return options;
  }

  private void ensureCollection() throws IOException {
    NamedList<Object> listed = send(new CollectionAdminRequest.List(), null);
    Object collections = listed.get("collections");
    if (collections instanceof List<?> names && names.contains(options.collection())) return;
    if (!options.create()) {
      throw new IOException("Solr has no collection '" + options.collection() + "' at " + String.join(", ", options.nodes()));
    }
    String configset = SolrConfigset.name();
    Object sets = send(new ConfigSetAdminRequest.List(), null).get("configSets");
    if (!(sets instanceof List<?> list && list.contains(configset))) {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
          .setUploadStream(new ContentStreamBase.ByteArrayStream(SolrConfigset.zip(), configset + ".zip", "application/octet-stream"));
      upload.setConfigSetName(configset);
      send(upload, null);
    }
    send(CollectionAdminRequest.createCollection(options.collection(), configset, options.shards(),
        options.replicas()), null);
    awaitSearchable();
  }

  /** A new collection answers searches once every shard has an active replica. */
  private void awaitSearchable() throws IOException {
    long deadline = System.nanoTime() + READY_WAIT.toNanos();
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("rows", 0);
    while (true) {
      try {
        send(new QueryRequest(p), options.collection());
        return;
      } catch (SolrUnavailableException e) {
        throw e;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) throw new IOException("collection '" + options.collection() + "' did not become searchable in " + READY_WAIT.toSeconds() + " s", e);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while waiting for collection " + options.collection());
      }
    }
  }


  /**
   * Sends the entries in batches of {@link SolrOptions#batchSize()} documents, each batch to the
   * leader of the shard its documents belong to ({@link SolrRoutes}), up to {@link
   * SolrOptions#updateThreads()} requests at once, and returns when every batch is written. A
   * document given twice waits for its earlier version to be written, so the later one wins.
   */
  @Override
  public void indexAll(Iterable<IndexEntry> entries) throws IOException {
    Objects.requireNonNull(entries, "entries");
    UpdatePipeline pipeline = new UpdatePipeline(updates, options.updateThreads());
    SolrRoutes table = routes();
    Set<String> sent = new HashSet<>();
    Map<Optional<SolrRoutes.Shard>, Batch> batches = new java.util.LinkedHashMap<>();
    try {
      for (IndexEntry e : entries) {
        String id = e.document().id();
        if (sent.contains(id)) {
          pipeline.awaitAll();
          sent.clear();
        }
        Optional<SolrRoutes.Shard> shard = table.shardOf(SolrDocuments.rootId(id));
        Batch batch = batches.computeIfAbsent(shard, s -> new Batch(options.batchSize()));
        batch.add(id, SolrDocuments.of(e.document(), e.contentHash()));
        if (batch.documents.size() == options.batchSize()) {
          submit(pipeline, shard, batches.remove(shard));
          sent.addAll(batch.ids);
        }
      }
      for (Map.Entry<Optional<SolrRoutes.Shard>, Batch> last : batches.entrySet()) submit(pipeline, last.getKey(), last.getValue());
    } catch (IOException | RuntimeException e) {
      // Requests already sent finish first; their failure, if any, goes with this one.
      try {
        pipeline.awaitAll();
      } catch (IOException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
    }
    pipeline.awaitAll();
  }

  /** The documents of one update request and their ids. */
  private static final class Batch {
    final List<String> ids;
    final List<SolrInputDocument> documents;

    Batch(int size) {
      ids = new ArrayList<>(size);
      documents = new ArrayList<>(size);
    }

    void add(String id, SolrInputDocument document) {
      ids.add(id);
      documents.add(document);
    }
  }

  private void submit(UpdatePipeline pipeline, Optional<SolrRoutes.Shard> shard, Batch batch) throws IOException {
    UpdateRequest update = new UpdateRequest();
    update.add(batch.documents);
    writes.incrementAndGet();
    pipeline.submit(() -> {
      if (shard.isPresent() && sendToLeader(shard.get(), update)) {
        toLeaders.incrementAndGet();
      } else {
        send(update, options.collection());
        toAnyNode.incrementAndGet();
      }
    });
  }

  /**
   * Sends {@code update} to {@code shard}'s leader core; false (and the routes are read again next
   * time) when that node cannot be reached or no longer has the core, so the caller sends it to
   * any node instead. Other errors are Solr's answer to the documents, and fail.
   */
  private boolean sendToLeader(SolrRoutes.Shard shard, UpdateRequest update) throws IOException {
    try {
      nodes.requestAt(shard.baseUrl(), update, shard.core());
      return true;
    } catch (IOException | SolrServerException | SolrException e) {
      boolean gone = e instanceof SolrException s && (s.code() == 404 || s.code() == 503);
      if (!gone && !SolrNodes.unreachable(e)) throw failed(e);
      routes = null;
      return false;
    }
  }

  /** The update routes, read from the cluster state at most every {@link #ROUTES_TTL}; none when it cannot be read. */
  private SolrRoutes routes() {
    Routes known = routes;
    if (known != null && System.nanoTime() - known.readAt < ROUTES_TTL.toNanos()) return known.table;
    SolrRoutes table;
    try {
      NamedList<Object> status = nodes.request(new CollectionAdminRequest.ClusterStatus().setCollectionName(options.collection()), null);
      table = SolrRoutes.of(status, options.collection());
      preferLeaders = SolrRoutes.followersCopy(status, options.collection());
    } catch (IOException | SolrServerException | SolrException e) {
      table = SolrRoutes.NONE; // any node forwards; the write itself reports what is wrong
    }
    routes = new Routes(table, System.nanoTime());
    return table;
  }

  /**
   * Asks the leaders first when the collection's cluster state (read with the routes, at most every ROUTES_TTL)
   * shows replicas that copy their leader's segments (TLOG or PULL, made by an administrator): a follower lags
   * until it copies the next commit.
   */
  private void preferLeadersWhereFollowersLag(ModifiableSolrParams params) {
    routes();
    if (preferLeaders) {
      params.set(ShardParams.SHARDS_PREFERENCE, SolrSearch.LEADERS_FIRST);
    }
  }

  /** Routes and when they were read. */
  private record Routes(SolrRoutes table, long readAt) {}

  /** Update requests of {@link #indexAll} sent straight to a shard leader, and to any node (for tests). */
  long[] batchesSent() {
    return new long[] {toLeaders.get(), toAnyNode.get()};
  }

  /** The routes the next {@link #indexAll} uses, read now (for tests). */
  SolrRoutes readRoutes() {
    routes = null;
    return routes();
  }

  @Override
  public void delete(String documentId) throws IOException {
    Objects.requireNonNull(documentId, "documentId");
    // Deleting the root deletes its children: Solr deletes by _root_ in a schema with nested documents.
    update(new UpdateRequest().deleteById(SolrDocuments.rootId(documentId)));
  }

  /** One request for all of them: deleting a root deletes its blocks (see {@link #delete(String)}). */
  @Override
  public void delete(Collection<String> documentIds) throws IOException {
    if (documentIds.isEmpty()) return;
    update(new UpdateRequest().deleteById(documentIds.stream().map(SolrDocuments::rootId).toList()));
  }

  @Override
  public void deleteAll() throws IOException {
    update(new UpdateRequest().deleteByQuery("*:*"));
  }

  private void update(UpdateRequest update) throws IOException {
    writes.incrementAndGet();
    send(update, options.collection());
  }

  @Override
  public void commit() throws IOException {
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
    send(commit, options.collection());
  }

  /** Makes every write of this index visible to searches (a soft commit), when there were any. */
  private void refresh() throws IOException {
    long seen = writes.get();
    if (seen == refreshedAt) return;
    UpdateRequest soft = new UpdateRequest();
    soft.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true, true);
    send(soft, options.collection());
    refreshedAt = seen;
    generation.invalidate();
  }

  /**
   * A number that changes whenever a write becomes visible to searches on any active replica of
   * the collection, whoever made it (see {@link SolrGeneration}): read from the cluster at most
   * once a second, so another client's write changes it within about a second of becoming
   * visible (its soft commit or commit, or {@code autoSoftCommit} within 30 s). This index's own writes
   * are made visible first, as its searches do. While a replica's node cannot be asked, every call
   * returns a new value, so nothing derived from a result is kept.
   *
   * @throws IOException if no node can tell the collection's state
   */
  @Override
  public OptionalLong generation() throws IOException {
    refresh();
    return OptionalLong.of(generation.current());
  }

  @Override
  public Map<String, String> indexedHashes() throws IOException {
    refresh();
    Map<String, String> hashes = new TreeMap<>();
    String mark = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("defType", "lucene"); // record: is internal, not a field of Dossier's query syntax
      p.set("q", Fields.RECORD + ":" + Fields.RECORD_DOCUMENT);
      p.set("fl", Fields.DOCUMENT + "," + Fields.HASH);
      p.set("sort", SolrSchema.ID + " asc");
      p.set("rows", 1000);
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      preferLeadersWhereFollowersLag(p);
      QueryResponse r = new QueryResponse(send(new QueryRequest(p, SolrRequest.METHOD.POST), options.collection()), null);
      for (SolrDocument d : r.getResults()) {
        hashes.put((String) d.getFieldValue(Fields.DOCUMENT), IndexFormat.read((String) d.getFieldValue(Fields.HASH)));
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(mark)) return hashes;
      mark = next;
    }
  }



  @Override
  public SearchResult search(SearchQuery query) throws QuerySyntaxException, IOException {
    Objects.requireNonNull(query, "query");
    LuceneSearchIndex.checkSyntax(query.query());
    SolrCursors.@Nullable Position from = query.after() == null ? null : SolrCursors.decode(query.after(), query.sort(), query.query());
    refresh();
    ModifiableSolrParams params = SolrSearch.params(query, from, options.maxExpansions());
    preferLeadersWhereFollowersLag(params);
    QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
    NamedList<Object> response;
    try {
      response = nodes.request(request, options.collection());
    } catch (SolrException e) {
      if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
        if (from != null && String.valueOf(e.getMessage()).contains("cursorMark")) throw SolrCursors.damaged(query.query(), e);
        throw SolrSearch.rejected(query, String.valueOf(e.getMessage()), e);
      }
      throw failed(e);
    } catch (SolrServerException e) {
      throw failed(e);
    }
    return SolrSearch.result(query, new QueryResponse(response, null), from);
  }

  /**
   * Sends {@code request}; Solr's errors become {@link IOException}s that name the collection.
   *
   * @param collection the collection, or null for admin requests
   */
  private NamedList<Object> send(SolrRequest<?> request, @Nullable String collection) throws IOException {
    try {
      return nodes.request(request, collection);
    } catch (SolrException | SolrServerException e) {
      throw failed(e);
    }
  }

  private IOException failed(Exception e) {
    String m = String.valueOf(e.getMessage()).replace('\n', ' ');
    return new IOException("Solr failed on collection '" + options.collection() + "' (" + String.join(", ", nodes.urls()) + "): " + m, e);
  }

  /** Commits and closes the connections; they are closed even when the commit fails. */
  @Override
  public void close() throws IOException {
    try (SolrNodes n = nodes) {
      if (writes.get() > 0) commit();
    } finally {
      updates.shutdown();
    }
  }
}
