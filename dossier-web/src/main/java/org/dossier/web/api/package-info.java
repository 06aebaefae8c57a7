/** The JSON API: handlers and the DTO records they answer with (never the model itself). */
@NullMarked
package org.dossier.web.api;

import org.jspecify.annotations.NullMarked;
