package dev.jmpy.processor.source;

import static com.google.common.truth.Truth.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * jmpy reads literals as javac does: the values of {@link JavaLiterals} over the text of
 * {@link UnicodeEscapes} equal javac's own literal values, and every node's position after the
 * escapes are translated back is javac's position of the same tree.
 */
class JavaLiteralsTest {
  /** Each literal on its own; backslashes doubled for this file (two backslashes here are one there). */
  private static final String SOURCE = String.join("\r\n",
      "class Literals {",
      "  Object[] all = {",
      "    \"\\u005c\\u0022\", \"\\u005cn\", \"\\uuu0041\", \"\\\\u0041\", \"\\\\\\u005c\\u005c\",",
      "    \"a\\sb\\s\", \"\\0|\\7|\\101|\\377|\\1234|\\400\", \"\\t\\b\\f\\r\\n\\'\\\"\",",
      "    \"x\\u005ctx\", \"\\uD83D\\uDE00\", \"\\uD800x\", \"caf\\u00e9\",",
      "    '\\s', '\\u005c'', '\\u005c\\u005c', '\\uuuu0041', '\\101', '\\uDFFF',",
      "    \"\"\"",
      "        line one \\",
      "        continued\\s",
      "          indented\\ttab   ",
      "        \\\"\"\" and \\u005c\"\"\"",
      "        \"\"\",",
      "    \"\"\"",
      "    \\u0020 escaped space counts as indentation",
      "      \"\"\",",
      "    \"\"\"",
      "        no final newline\"\"\",",
      "  };",
      "  // a comment ending here:\\u000a int after = 1;",
      "  int \\u0061fter2 = after;",
      "}",
      "");

  @Test
  void literalValuesAreJavacs() throws IOException {
    List<Object> javac = new ArrayList<>();
    CompilationUnitTree tree = javacParse(SOURCE);
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitLiteral(LiteralTree literal, Void unused) {
        if (literal.getValue() instanceof String || literal.getValue() instanceof Character) {
          javac.add(literal.getValue());
        }
        return null;
      }
    }.scan(tree, null);

    UnicodeEscapes escapes = UnicodeEscapes.of(SOURCE);
    CompilationUnit parsed = javaParser(escapes.text());
    List<Object> ours = new ArrayList<>();
    parsed.walk(Node.TreeTraversal.PREORDER, node -> {
      if (node instanceof StringLiteralExpr s) {
        ours.add(JavaLiterals.value(s));
      } else if (node instanceof TextBlockLiteralExpr t) {
        ours.add(JavaLiterals.value(t));
      } else if (node instanceof CharLiteralExpr c) {
        ours.add(JavaLiterals.value(c));
      }
    });

    assertThat(javac).hasSize(21);
    assertThat(ours).containsExactlyElementsIn(javac).inOrder();
  }

  @Test
  void lonesSurrogatesAreFoundAndPairsAreNot() {
    assertThat(JavaLiterals.loneSurrogate("\uD83D\uDE00").isPresent()).isFalse();
    assertThat(JavaLiterals.loneSurrogate("ok\uD800x").getAsInt()).isEqualTo(2);
    assertThat(JavaLiterals.loneSurrogate("\uDE00\uD83D").getAsInt()).isEqualTo(0);
    assertThat(JavaLiterals.loneSurrogate("x\uD83D").getAsInt()).isEqualTo(1);
  }

  @Test
  void positionsAfterTranslationAreJavacs() throws IOException {
    String source = """
        class Positions {
          void f(String s) {}
          void g() {
            f("\\u0041"); f(\"""
                a \\
                b
                \"""); f("\\u005c\\u0022");
            // a comment\\u000a f("hidden");
            f("x"); \\u0066("y");
            int \\u0061b = 1; f("" + ab);
          }
        }
        """;
    CompilationUnitTree tree = javacParse(source);
    Trees trees = Trees.instance(lastTask);
    List<String> javac = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        long start = trees.getSourcePositions().getStartPosition(tree, call);
        javac.add(tree.getLineMap().getLineNumber(start) + ":" + tree.getLineMap().getColumnNumber(start));
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(tree, null);

    UnicodeEscapes escapes = UnicodeEscapes.of(source);
    CompilationUnit parsed = javaParser(escapes.text());
    escapes.restorePositions(parsed);
    List<String> ours = new ArrayList<>();
    parsed.findAll(MethodCallExpr.class).forEach(call ->
        ours.add(call.getBegin().get().line + ":" + call.getBegin().get().column));

    assertThat(javac).containsExactly("4:5", "4:18", "7:15", "8:24", "9:5", "9:13", "10:22").inOrder();
    assertThat(ours).containsExactlyElementsIn(javac).inOrder();
  }

  @Test
  void sourceWithoutEscapesIsLeftAsItIs() {
    assertThat(UnicodeEscapes.of("class A { String s = \"\\\\u0041\"; }")).isNull();
  }

  private static JavacTask lastTask;

  private static CompilationUnitTree javacParse(String source) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Literals.java"),
        javax.tools.JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    lastTask = (JavacTask) compiler.getTask(null, null, null, List.of("-proc:none"), null,
        List.of(file));
    return lastTask.parse().iterator().next();
  }

  private static CompilationUnit javaParser(String text) {
    return new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)).parse(text).getResult()
        .orElseThrow();
  }

  @SuppressWarnings("unused")
  private static boolean isLiteral(Expression e) {
    return e.isLiteralExpr();
  }
}
