package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The model that {@link CodedModels} builds in code is the model picocli builds from the
 * annotations of {@link RootCommand}, {@link ValidateCommand} and their mixins: every attribute of
 * the root, the command, their usage messages, options and parameters, in the same order. (The
 * annotations stay the source: help, completion and the man pages read them.) LazyCommandsTest
 * compares the output of runs both ways.
 */
class CodedModelsTest {
  /** Getters that are not attributes: bindings, owners and live values. */
  private static final Set<String> NOT_ATTRIBUTES =
      Set.of(
          "getter",
          "setter",
          "scope",
          "userObject",
          "command",
          "group",
          "getValue",
          "getValues",
          "typedValues",
          "originalStringValues",
          "stringValues",
          "typedValueAtPosition",
          "messages",
          "toString",
          "hashCode",
          "getClass",
          "parent",
          "root",
          "commandLine",
          "mixins",
          "mixinAnnotatedElements",
          "subcommands",
          "options",
          "positionalParameters",
          "args",
          "argGroups",
          "requiredArgs",
          "optionsMap",
          "posixOptionsMap",
          "negatedOptionsMap",
          "optionsCaseInsensitive",
          "usageMessage",
          "parser",
          "unmatchedArgs",
          "interpolator",
          "annotatedElement",
          "mixinStandardHelpOptions",
          "preprocessor",
          "defaultValueProvider",
          "resourceBundle",
          "resourceBundleBaseName",
          "sectionMap",
          "sectionKeys",
          "helpSectionRenderers",
          "colorScheme",
          "typeInfo",
          "converters",
          "completionCandidates",
          "versionProvider",
          "modelTransformer",
          "negatableOptionTransformer",
          // a builder made from the spec, which names the field or the option
          "toBuilder",
          // the command itself, not an attribute
          "addMethodSubcommands",
          // where picocli injects the model: CodedModels sets the @Spec field itself
          "specElements");

  private static CommandLine annotated() {
    return new CommandLine(new Main.Single(), CommandLine.defaultFactory())
        .addSubcommand("validate", ValidateCommand.class);
  }

  private static CommandLine built() {
    return CodedModels.validate(CommandLine.defaultFactory());
  }

  @Test
  void theRootAloneHasTheSameAttributes() throws Exception {
    CommandSpec a = new CommandLine(new Main.Single()).getCommandSpec();
    CommandSpec b = CodedModels.root(CommandLine.defaultFactory()).getCommandSpec();
    assertThat(attributes(b)).isEqualTo(attributes(a));
    assertThat(attributes(b.usageMessage())).isEqualTo(attributes(a.usageMessage()));
    assertThat(b.subcommands()).isEmpty();
    assertThat(b.mixins().keySet()).containsExactlyElementsOf(a.mixins().keySet());
    assertThat(args(b)).isEqualTo(args(a));
  }

  @Test
  void theCommandsHaveTheSameAttributes() throws Exception {
    CommandSpec a = annotated().getCommandSpec();
    CommandSpec b = built().getCommandSpec();
    assertThat(attributes(b)).isEqualTo(attributes(a));
    assertThat(attributes(b.usageMessage())).isEqualTo(attributes(a.usageMessage()));
    assertThat(b.subcommands().keySet()).containsExactlyElementsOf(a.subcommands().keySet());
    CommandSpec va = a.subcommands().get("validate").getCommandSpec();
    CommandSpec vb = b.subcommands().get("validate").getCommandSpec();
    assertThat(attributes(vb)).isEqualTo(attributes(va));
    assertThat(attributes(vb.usageMessage())).isEqualTo(attributes(va.usageMessage()));
    for (CommandSpec[] pair : new CommandSpec[][] {{a, b}, {va, vb}}) {
      assertThat(pair[1].mixins().keySet()).containsExactlyElementsOf(pair[0].mixins().keySet());
      assertThat(pair[1].mixinStandardHelpOptions()).isEqualTo(pair[0].mixinStandardHelpOptions());
      assertThat(pair[1].versionProvider() == null).isEqualTo(pair[0].versionProvider() == null);
      List<Map<String, Object>> expected = args(pair[0]);
      List<Map<String, Object>> actual = args(pair[1]);
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.get(i))
            .as("%s: %s", pair[0].name(), expected.get(i).get("names"))
            .containsExactlyInAnyOrderEntriesOf(expected.get(i));
      }
    }
  }

  private static List<Map<String, Object>> args(CommandSpec spec) throws Exception {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ArgSpec arg : spec.args()) {
      Map<String, Object> m = attributes(arg);
      m.put("class", arg.getClass().getSimpleName());
      m.put("typeInfo.class", arg.typeInfo().getType());
      m.put("typeInfo.aux", Arrays.asList(arg.typeInfo().getAuxiliaryTypes()));
      m.put("typeInfo.enum", arg.typeInfo().isEnum());
      m.put("typeInfo.multiValue", arg.typeInfo().isMultiValue());
      List<Object> converters = new ArrayList<>();
      for (Object c : arg.converters()) {
        converters.add(c.getClass());
      }
      m.put("converters", converters);
      List<String> candidates = new ArrayList<>();
      if (arg.completionCandidates() != null) {
        arg.completionCandidates().forEach(candidates::add);
      }
      m.put("completionCandidates", candidates);
      m.put("value", String.valueOf((Object) arg.getValue()));
      out.add(m);
    }
    return out;
  }

  /** The values of the public getters of {@code o}, by name. */
  private static Map<String, Object> attributes(Object o) throws Exception {
    Map<String, Object> out = new TreeMap<>();
    for (Method m : o.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || m.getReturnType() == void.class
          || Modifier.isStatic(m.getModifiers())
          || NOT_ATTRIBUTES.contains(m.getName())
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object v = m.invoke(o);
      if (v instanceof Object[] array) {
        v = Arrays.deepToString(array);
      } else if (v instanceof Map<?, ?> map) {
        v = new LinkedHashMap<>(map).toString();
      } else if (v != null
          && String.valueOf(v)
              .equals(v.getClass().getName() + "@" + Integer.toHexString(v.hashCode()))) {
        v = v.getClass(); // an object with no value of its own to compare, such as a factory
      }
      out.put(m.getName(), v);
    }
    return out;
  }
}
