package org.claimdesk.claims.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The annotator's confidence: a whole number from 0 to 100, refused with a message when it is anything
 * else. A text field rather than a number field, so that what was typed stays on screen as typed: the
 * browser's number input quietly dropped what it could not take ({@code 1e9} became 19, {@code 50.5}
 * became 505) and the wrong number was saved. Phones still get a numeric keyboard.
 */
class ConfidenceField extends TextField {

    static final String MESSAGE = "Confidence is a whole number from 0 to 100.";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}");

    ConfidenceField() {
        super("Your confidence (0–100)");
        setSuffixComponent(new Span("%"));
        addAttachListener(e -> getElement().executeJs("this.inputElement.setAttribute('inputmode', 'numeric')"));
        addValueChangeListener(e -> {
            setErrorMessage(MESSAGE);
            setInvalid(number().isEmpty());
        });
    }

    void setNumber(int value) {
        setValue(String.valueOf(value));
    }

    /** The number typed, or nothing when the text is not a whole number from 0 to 100. */
    OptionalInt number() {
        String typed = getValue().strip();
        if (!DIGITS.matcher(typed).matches()) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(typed);
        return value <= 100 ? OptionalInt.of(value) : OptionalInt.empty();
    }
}
