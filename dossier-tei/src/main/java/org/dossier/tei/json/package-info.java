/** The JSON form of a document: the public contract of {@code import --json} and {@code /api/documents/{id}} (see docs/json.md). */
@NullMarked
package org.dossier.tei.json;

import org.jspecify.annotations.NullMarked;
