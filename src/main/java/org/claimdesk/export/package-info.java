/**
 * Export: every claim, one article's or exactly a search's, streamed as they are read (no list in memory, no row
 * cap) as CSV that opens safely in a spreadsheet or as W3C Web Annotation JSON-LD; the log of who exported what,
 * for admins. Reviewers and up export; everything at once is for editors and up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export")
@org.jspecify.annotations.NullMarked
package org.claimdesk.export;
