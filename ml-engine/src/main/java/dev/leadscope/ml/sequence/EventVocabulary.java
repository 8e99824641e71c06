package dev.leadscope.ml.sequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event types and categories a sequence model knows, most frequent first; anything else maps to "other".
 * Fitted once on the training sequences and stored with the model, so serving encodes exactly like training.
 */
public record EventVocabulary(List<String> types, List<String> categories) {
    public EventVocabulary {
        types = List.copyOf(types);
        categories = List.copyOf(categories);
        if (types.stream().distinct().count() != types.size()) {
            throw new IllegalArgumentException("event types must be distinct: " + types);
        }
        if (categories.stream().distinct().count() != categories.size()) {
            throw new IllegalArgumentException("event categories must be distinct: " + categories);
        }
    }

    /** The {@code maxTypes} most frequent types and {@code maxCategories} most frequent categories (ties by name). */
    public static EventVocabulary fit(Iterable<List<SequenceEvent>> sequences, int maxTypes, int maxCategories) {
        if (maxTypes < 1 || maxCategories < 0) {
            throw new IllegalArgumentException("maxTypes must be >= 1 and maxCategories >= 0: " + maxTypes + ", " + maxCategories);
        }
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> categories = new HashMap<>();
        for (List<SequenceEvent> sequence : sequences) {
            for (SequenceEvent e : sequence) {
                types.merge(e.type(), 1, Integer::sum);
                if (e.category() != null) {
                    categories.merge(e.category(), 1, Integer::sum);
                }
            }
        }
        return new EventVocabulary(top(types, maxTypes), top(categories, maxCategories));
    }

    private static List<String> top(Map<String, Integer> counts, int limit) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return entries.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    /** Position of the type, or {@code types().size()} for "other". */
    public int typeIndex(String type) {
        int i = types.indexOf(type);
        return i < 0 ? types.size() : i;
    }

    /** Position of the category, {@code categories().size()} for "other", or -1 when the event has none. */
    public int categoryIndex(String category) {
        if (category == null) {
            return -1;
        }
        int i = categories.indexOf(category);
        return i < 0 ? categories.size() : i;
    }
}
