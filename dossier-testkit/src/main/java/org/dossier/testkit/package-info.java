/** Test support: where the shared corpora are, and golden files. Depend on it in test scope only. */
@NullMarked
package org.dossier.testkit;

import org.jspecify.annotations.NullMarked;
