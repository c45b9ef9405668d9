/**
 * Articles: the texts that claims are anchored in. Owns import (pasted text or an uploaded .txt, .md
 * or .html file), normalisation of the body (NFC, LF line endings) that makes it the single reference
 * for offsets, duplicate detection (by content hash, and by a hash of the text with spacing and blank
 * lines folded), the article list and the reader.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
@org.jspecify.annotations.NullMarked
package org.claimdesk.articles;
