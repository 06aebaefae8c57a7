/** The search benchmark (issue 5, "Speed"): not a unit test; run by hand. */
@NullMarked
package org.dossier.search.bench;

import org.jspecify.annotations.NullMarked;
