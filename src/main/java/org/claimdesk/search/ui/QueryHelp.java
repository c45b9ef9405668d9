package org.claimdesk.search.ui;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.claimdesk.search.QueryField;

/** What the query language can do, shown in a popover next to the query field. */
final class QueryHelp extends Div {

    QueryHelp(List<QueryField> fields) {
        setId("query-help");
        addClassName("query-help");
        add(new H4("Searching"));
        add(new Paragraph("Words search the quote, note, tags and speaker; all words must match. "
                + "Use OR, NOT and brackets, \"exact phrases\", wildcards (benchm*, colo?r), fuzzy words (zuckerbrg~) "
                + "and ranges. Case and accents never matter."));
        Div list = new Div();
        list.addClassName("query-fields");
        for (QueryField field : fields) {
            Div examples = new Div();
            examples.addClassName("query-examples");
            for (String example : field.examples().split("\\s{2,}")) {
                examples.add(new Span(example));
            }
            Div row = new Div(new Code(field.name() + ":"), examples);
            row.addClassName("query-field");
            list.add(row);
        }
        add(list);
    }
}
