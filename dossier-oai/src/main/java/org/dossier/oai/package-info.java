/**
 * OAI-PMH 2.0 over Dossier editions, built on xoai's data provider. The front door is
 * {@link org.dossier.oai.OaiProvider}; editions come in through the read-only port
 * {@link org.dossier.oai.HarvestSource} (records with datestamps, deleted ones included).
 */
@NullMarked
package org.dossier.oai;

import org.jspecify.annotations.NullMarked;
