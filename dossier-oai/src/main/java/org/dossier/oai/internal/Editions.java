package org.dossier.oai.internal;

import io.gdcc.xoai.dataprovider.exceptions.InternalOAIException;
import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.model.Document;
import org.dossier.model.Ids;
import org.dossier.oai.HarvestSource;
import org.dossier.oai.OaiConfig;
import org.dossier.tei.DossierTei;
import org.jspecify.annotations.Nullable;

/**
 * xoai's item and set repositories over the editions: one set per edition, one item per document
 * (removed documents as deleted items), identified as {@code oai:{host}:{edition}/{doc}}.
 */
final class Editions implements ItemRepository, SetRepository {
  private final OaiConfig config;
  private final List<HarvestSource> sources;
  private final Map<String, HarvestSource> byId = new LinkedHashMap<>();
  private final String prefix;
  private volatile RecordIndex index;

  Editions(OaiConfig config, List<HarvestSource> sources) {
    this.config = config;
    this.sources = List.copyOf(sources);
    for (HarvestSource s : this.sources) {
      if (byId.put(s.edition().id(), s) != null) {
        throw new IllegalArgumentException("edition id " + s.edition().id() + " is harvested twice");
      }
    }
    this.prefix = "oai:" + config.namespace() + ":";
    this.index = RecordIndex.of(this.sources);
  }

  /** The index of the editions as they are now, rebuilt if one of them changed. */
  RecordIndex index() {
    RecordIndex current = index;
    if (!current.isStale(sources)) return current;
    synchronized (this) {
      if (index.isStale(sources)) index = RecordIndex.of(sources);
      return index;
    }
  }

  // ------------------------------------------------------------------ sets

  @Override
  public boolean supportSets() {
    return true;
  }

  @Override
  public List<Set> getSets() {
    List<Set> sets = new ArrayList<>();
    for (HarvestSource s : sources) sets.add(set(s.edition().id()));
    return sets;
  }

  @Override
  public boolean exists(String setSpec) {
    return byId.containsKey(setSpec);
  }

  private Set set(String edition) {
    return new Set(edition).withName(byId.get(edition).edition().title());
  }

  // ------------------------------------------------------------------ items

  @Override
  public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
    RecordIndex.Entry e = expect(identifier);
    return item(e, null);
  }

  @Override
  public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
    return item(expect(identifier), format);
  }

  @Override
  public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
      int max, ResumptionToken.Value token) throws HandlerException {
    return page(token, max, e -> item(e, null));
  }

  @Override
  public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int max,
      ResumptionToken.Value token) throws HandlerException {
    return page(token, max, e -> item(e, format));
  }

  private <T> ResultsPage<T> page(ResumptionToken.Value token, int max, Function<RecordIndex.Entry, T> item)
      throws HandlerException {
    List<RecordIndex.Entry> selected = index().select(token.getSetSpec(), token.getFrom(), token.getUntil());
    long offset = token.getOffset();
    if (offset > 0 && offset >= selected.size()) {
      throw new StaleTokenException("the list has " + selected.size() + " records; the token asks to resume at "
          + offset + " (the repository changed since the token was issued; harvest again from the start)");
    }
    int from = (int) offset;
    int to = Math.min(selected.size(), from + max);
    List<T> page = new ArrayList<>(to - from);
    for (RecordIndex.Entry e : selected.subList(from, to)) page.add(item.apply(e));
    return new ResultsPage<>(token, to < selected.size(), page, selected.size());
  }

  private RecordIndex.Entry expect(String identifier) throws IdDoesNotExistException {
    if (identifier.startsWith(prefix)) {
      String local = identifier.substring(prefix.length());
      int slash = local.indexOf('/');
      if (slash > 0) {
        String edition = local.substring(0, slash);
        String doc = local.substring(slash + 1);
        if (Ids.isUrlSafe(edition) && Ids.isUrlSafe(doc)) {
          Optional<RecordIndex.Entry> e = index().find(edition, doc);
          if (e.isPresent()) return e.get();
        }
      }
    }
    throw new IdDoesNotExistException("no record has the identifier '" + printable(identifier) + "'");
  }

  /** The item of {@code e}; with {@code format}, its metadata in that format (unless it is deleted). */
  private DossierItem item(RecordIndex.Entry e, @Nullable MetadataFormat format) {
    String edition = e.edition();
    String id = e.record().id();
    String identifier = prefix + edition + "/" + id;
    if (e.record().deleted() || format == null) {
      return new DossierItem(identifier, e.record().datestamp(), set(edition), e.record().deleted(), null);
    }
    HarvestSource source = byId.get(edition);
    Optional<Document> d = source.find(id);
    if (d.isEmpty()) { // removed after the index was built: say so rather than fail the page
      return new DossierItem(identifier, e.record().datestamp(), set(edition), true, null);
    }
    return new DossierItem(identifier, e.record().datestamp(), set(edition), false, metadata(d.get(), source, format));
  }

  private byte[] metadata(Document d, HarvestSource source, MetadataFormat format) {
    try {
      if (Formats.TEI.equals(format.getPrefix())) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        DossierTei.writeHeader(d, out);
        return out.toByteArray();
      }
      String editionUrl = config.site() + "/" + source.edition().id();
      return DublinCore.write(d, source.edition(), editionUrl + "/" + d.id(), editionUrl);
    } catch (IOException | IllegalArgumentException e) {
      throw new InternalOAIException("cannot write the " + format.getPrefix() + " record of document " + d.id()
          + " of edition " + source.edition().id(), e);
    }
  }

  /** {@code s} with control characters replaced, fit to be echoed in an error message. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().limit(200).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return b.toString();
  }
}
