package org.claimdesk.claims;

/** What kind of claim it is: a controlled list, each with a one-line description and a colour for its marks. */
public enum ClaimType {
    QUANTITY("Quantity or statistic", "a number, amount or rate", "#1f77b4"),
    CAUSAL("Causal", "one thing causes or explains another", "#8c564b"),
    PREDICTION("Prediction", "what will happen", "#9467bd"),
    CAPABILITY("Capability or performance", "what a system can do, or how well", "#d62728"),
    BENCHMARK("Benchmark result", "a score on a named test or leaderboard", "#e377c2"),
    RELEASE("Release or timeline", "when something ships, was trained or delayed", "#ff7f0e"),
    BUSINESS("Business or strategy", "plans, deals, positioning, competition", "#2ca02c"),
    POLICY("Policy or regulation", "laws, rules, licences, government action", "#17becf"),
    SAFETY("Safety or risk", "harms, misuse, safety practice", "#bcbd22"),
    PERSONAL("Personal experience", "what the speaker saw or did", "#7f7f7f"),
    OTHER("Other", "a claim that fits no other type", "#393b79"),
    NOT_A_CLAIM("Not a claim", "marked to record that it was looked at and is no claim", "#aaaaaa");

    private final String label;
    private final String description;
    private final String color;

    ClaimType(String label, String description, String color) {
        this.label = label;
        this.description = description;
        this.color = color;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The colour of this type's marks in the highlighter (CSS hex). */
    public String color() {
        return color;
    }

    /** The type whose label is {@code label}, ignoring case. */
    public static ClaimType ofLabel(String label) {
        for (ClaimType t : values()) {
            if (t.label.equalsIgnoreCase(label.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("No claim type labelled " + label);
    }
}
