package dev.leadscope.persistence.model;

/**
 * The three tables a model registry lives in: the artifacts, one head row per workspace (locked by activation and
 * rollback) and the activation log. Lead models and account models each have their own, so activating one kind
 * never touches the other.
 */
record ModelTables(String models, String heads, String activations) {
    /** Lead conversion models (V2). */
    static final ModelTables LEAD = new ModelTables("models", "model_heads", "model_activations");
    /** Account models (V6). */
    static final ModelTables ACCOUNT = new ModelTables("account_models", "account_model_heads", "account_model_activations");

    ModelTables {
        for (String name : new String[] {models, heads, activations}) {
            if (name == null || !name.matches("[a-z_]+")) {
                throw new IllegalArgumentException("table names must be lower-case words: " + name);
            }
        }
    }
}
