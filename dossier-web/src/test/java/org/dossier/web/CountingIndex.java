package org.dossier.web;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.search.SearchIndex;

/**
 * A search index that counts the searches it runs and, if asked, hides its generation as an
 * engine that cannot tell it would. Closing it closes the index.
 */
final class CountingIndex implements AutoCloseable {
  private final SearchIndex target;
  private final SearchIndex index;
  private final AtomicInteger searches = new AtomicInteger();

  CountingIndex(SearchIndex target, boolean tellsGeneration) {
    this.target = target;
    this.index = (SearchIndex) Proxy.newProxyInstance(SearchIndex.class.getClassLoader(), new Class<?>[] {SearchIndex.class},
        (proxy, method, args) -> {
          if (method.getName().equals("search")) searches.incrementAndGet();
          if (method.getName().equals("generation") && !tellsGeneration) return OptionalLong.empty();
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** The index to give the server: every call goes to the target. */
  SearchIndex index() {
    return index;
  }

  int searches() {
    return searches.get();
  }

  @Override
  public void close() throws IOException {
    target.close();
  }
}
