/** The review feature's screens: the review part of the reader's claim panel (actions, comments, history). */
@org.jspecify.annotations.NullMarked
package org.claimdesk.review.ui;
