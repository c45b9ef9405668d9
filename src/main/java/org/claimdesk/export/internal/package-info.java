/** How exports are written: the CSV column list and writer, reading claims page by page, the export log. */
@org.jspecify.annotations.NullMarked
package org.claimdesk.export.internal;
