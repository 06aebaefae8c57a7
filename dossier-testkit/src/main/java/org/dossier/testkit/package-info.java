/**
 * Test support: where the shared corpora are, golden files, and the contract every importer's
 * tests extend ({@link org.dossier.testkit.ImporterContractTest}). Depend on it in test scope only.
 */
@NullMarked
package org.dossier.testkit;

import org.jspecify.annotations.NullMarked;
