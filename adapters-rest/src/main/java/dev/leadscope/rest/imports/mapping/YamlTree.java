package dev.leadscope.rest.imports.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML where every scalar stays text ({@code Yes}, {@code 1} and {@code 2012-01-01} are not turned
 * into booleans, numbers or dates), and checks shapes, collecting problems that name the key path.
 */
final class YamlTree {
    private final List<String> problems;

    YamlTree(List<String> problems) {
        this.problems = problems;
    }

    /** Parses a document; a syntax error becomes one problem and gives an empty map. */
    static Object load(InputStream in, List<String> problems) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // no implicit types: every plain scalar is a string
            }
        };
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options, textOnly);
        try {
            Object doc = yaml.load(in);
            return doc == null ? Map.of() : doc;
        } catch (YAMLException e) {
            problems.add("not valid YAML: " + e.getMessage().replaceAll("\\s+", " ").strip());
            return Map.of();
        }
    }

    /** The node as a map with text keys, reporting keys outside {@code allowed} (null allows any). */
    Map<String, Object> map(Object node, String key, Set<String> allowed) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map<?, ?> raw)) {
            problems.add(key + ": must be a mapping of keys to values");
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            String name = String.valueOf(k);
            if (allowed != null && !allowed.contains(name)) {
                problems.add(path(key, name) + ": unknown key; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
            } else {
                out.put(name, v);
            }
        });
        return out;
    }

    /** The node as a list (a single scalar counts as a list of one). */
    List<Object> list(Object node, String key) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (node instanceof Map) {
            problems.add(key + ": must be a list");
            return List.of();
        }
        return List.of(node);
    }

    /** The node as text, or {@code null} when absent or not a scalar (reported). */
    String text(Object node, String key) {
        if (node == null) {
            return null;
        }
        if (node instanceof Map || node instanceof List) {
            problems.add(key + ": must be a single value");
            return null;
        }
        return node.toString();
    }

    List<String> texts(Object node, String key) {
        List<String> out = new ArrayList<>();
        List<Object> items = list(node, key);
        for (int i = 0; i < items.size(); i++) {
            String t = text(items.get(i), key + "[" + i + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    Boolean bool(Object node, String key) {
        String t = text(node, key);
        if (t == null) {
            return null;
        }
        return switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.add(key + ": must be true or false: '" + t + "'");
                yield null;
            }
        };
    }

    void problem(String message) {
        problems.add(message);
    }

    static String path(String parent, String child) {
        boolean plain = child.matches("[A-Za-z0-9_]+");
        return parent.isEmpty() ? child : plain ? parent + "." + child : parent + "['" + child + "']";
    }
}
